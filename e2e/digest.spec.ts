// The weekly digest: the secretariat's preview of next Monday's messages (/admin/ringkasan), each in
// its recipient's language, and a user's own choices (the account page): no digest, the language.
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
  await expect(page.locator(`section[data-recipient="${DEMO.admin}"]`)).toContainText("Unit yang berganti zona");
  // The demo's head of Puskesmas Jalan Gedang chose English.
  const english = page.locator(`section[data-recipient="${DEMO.headJalanGedang}"]`);
  await expect(english).toHaveAttribute("data-language", "en");
  await expect(english.locator("pre")).toHaveAttribute("lang", "en");
  await expect(english.locator("pre")).toContainText("Survey answers:");
  await expect(english.locator("pre")).toContainText("Improvement plan actions due");
  await expectAccessible(page);
});

test("a unit head turns the weekly digest off and chooses English for themselves", async ({ page, signInAs }) => {
  dbRun(`UPDATE "User" SET "digestOff" = 0, "alertsOff" = 0, language = 'id' WHERE email = ?`, DEMO.headDukcapil);
  await signInAs(DEMO.headDukcapil);
  await page.goto("/admin/akun");
  const form = page.locator("#preferences");
  await form.getByLabel("Jangan kirimi saya ringkasan mingguan").check();
  await form.getByLabel("Bahasa pemberitahuan").selectOption("en");
  await form.getByRole("button", { name: "Simpan pemberitahuan" }).click();
  await expect(form.getByRole("status")).toHaveText("Pilihan pemberitahuan disimpan.");
  expect(
    dbGet<{ digestOff: number; alertsOff: number; language: string }>(
      `SELECT "digestOff", "alertsOff", language FROM "User" WHERE email = ?`,
      DEMO.headDukcapil,
    ),
  ).toEqual({ digestOff: 1, alertsOff: 0, language: "en" });
  // The form shows the choice it saved.
  await page.reload();
  await expect(page.locator("#preferences").getByLabel("Bahasa pemberitahuan")).toHaveValue("en");
  await expectAccessible(page);
  dbRun(`UPDATE "User" SET "digestOff" = 0, language = 'id' WHERE email = ?`, DEMO.headDukcapil);
});
