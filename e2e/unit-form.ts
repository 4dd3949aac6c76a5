// A unit created through the workspace's own form (/admin/unit/baru), as the secretariat does it:
// for the specs that check that a staff write shows at once on the public side.
import { expect, type Page } from "@playwright/test";

/** Fills and saves the new-unit form on `page` (signed in as the admin); ends on the new unit's page. */
export async function createUnitThroughForm(page: Page, unit: { name: string; slug: string; headPhone: string }) {
  await page.goto("/admin/unit/baru");
  await page.getByLabel("Nama unit").fill(unit.name);
  await page.getByLabel("Slug (alamat survei)").fill(unit.slug);
  await page.getByLabel("Jenis").selectOption({ label: "Kantor kelurahan" });
  await page.getByLabel("Nama kepala unit").fill("Kepala Uji");
  await page.getByLabel("Nomor kepala unit").fill(unit.headPhone);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/unit\/\d+$/);
}
