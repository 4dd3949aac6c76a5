// The weekly digest: the secretariat's preview of next Monday's messages (/admin/ringkasan), and a
// user's own choice to receive no digest (the account page).
import { expectAccessible } from "./accessibility";
import { dbGet, dbRun } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";

test("the secretariat previews what each recipient receives next Monday", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto("/admin/ringkasan");
  const head = page.locator(`section[data-recipient="${DEMO.headRshd}"]`);
  await expect(head).toHaveAttribute("data-role", "head");
  await expect(head.locator("pre")).toContainText("Jawaban survei:");
  await expect(head.locator("pre")).toContainText("Pengaduan terbuka");
  await expect(page.locator(`section[data-recipient="${DEMO.admin}"]`)).toContainText("Angka kota");
  await expectAccessible(page);
});

test("a unit head turns the weekly digest off for themselves", async ({ page, signInAs }) => {
  dbRun(`UPDATE "User" SET "digestOff" = 0, "alertsOff" = 0 WHERE email = ?`, DEMO.headDukcapil);
  await signInAs(DEMO.headDukcapil);
  await page.goto("/admin/akun");
  const form = page.locator("#preferences");
  await form.getByLabel("Jangan kirimi saya ringkasan mingguan").check();
  await form.getByRole("button", { name: "Simpan pemberitahuan" }).click();
  await expect(form.getByRole("status")).toHaveText("Pilihan pemberitahuan disimpan.");
  expect(dbGet<{ digestOff: number; alertsOff: number }>(`SELECT "digestOff", "alertsOff" FROM "User" WHERE email = ?`, DEMO.headDukcapil)).toEqual({
    digestOff: 1,
    alertsOff: 0,
  });
  await expectAccessible(page);
  dbRun(`UPDATE "User" SET "digestOff" = 0 WHERE email = ?`, DEMO.headDukcapil);
});
