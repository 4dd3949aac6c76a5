// The secretariat's calendar of non-working days (/admin/kalender): the 2026 decree's Lebaran days
// are listed, a bad date is refused with its field's message, a day is added and removed.
import { expectAccessible } from "./accessibility";
import { dbRun } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";

test("the secretariat keeps the non-working days", async ({ page, signInAs }) => {
  dbRun(`DELETE FROM "NonWorkingDay" WHERE day = '2026-12-31'`);
  await signInAs(DEMO.admin);
  await page.goto("/admin/kalender?year=2026");
  await expect(page.locator('#non-working-days tr[data-day="2026-03-20"]')).toContainText("Cuti bersama Idul Fitri");
  await expectAccessible(page);

  const form = page.locator("#non-working-day");
  await form.getByLabel("Nama (bahasa Indonesia)").fill("Cuti bersama uji");
  await form.getByLabel("Nama (bahasa Inggris)").fill("Test joint leave");
  await form.getByLabel("Jenis").selectOption("cuti_bersama");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.locator("#non-working-day-day-error")).toHaveText("Tanggal tidak valid, contoh 2026-03-20.");

  await form.getByLabel("Tanggal").fill("2026-12-31");
  await form.getByLabel("Sudah dicocokkan dengan SKB").uncheck();
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByRole("status")).toHaveText("Hari libur 2026-12-31 disimpan.");
  const added = page.locator('#non-working-days tr[data-day="2026-12-31"]');
  await expect(added).toHaveAttribute("data-confirmed", "false");
  await expect(added).toContainText("Belum dipastikan");

  await added.getByRole("button", { name: "Hapus hari libur 2026-12-31" }).click();
  await expect(added).toHaveCount(0);
});
