// The workspace's own forms filled as the secretariat fills them: a new unit (/admin/unit/baru)
// and a period's publication (/admin/periode), for the specs that check what such a staff write
// changes elsewhere.
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

/** Publishes `period` through the periods page's form (key typed twice, confirmed) and waits for its confirmation. */
export async function publishThroughForm(page: Page, period: string, wait?: { timeout: number }) {
  await page.goto("/admin/periode");
  const form = page.locator("#publish");
  await form.getByLabel("Periode yang diterbitkan").fill(period);
  await form.getByLabel("Ketik ulang kunci periode").fill(period);
  await form.getByLabel(/Saya paham/).check();
  await form.getByRole("button", { name: "Terbitkan periode" }).click();
  await expect(form.getByRole("status")).toHaveText(`Periode ${period} diterbitkan.`, wait);
}
