import { DEMO, expect, test } from "./fixtures";

test("an anonymous visitor of the workspace is sent to sign-in and back", async ({ page }) => {
  await page.goto("/admin/akun");
  await expect(page).toHaveURL(/\/admin\/masuk\?next=%2Fadmin%2Fakun$/);
  await page.getByLabel("Email").fill(DEMO.inspector);
  await page.getByLabel("Kata sandi").fill(DEMO.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin\/akun$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun saya");
  await expect(page.getByText("Inspektorat", { exact: true }).first()).toBeVisible();
});

test("a wrong password is refused with a clear message, and sign-out ends the session", async ({ page }) => {
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(DEMO.headRshd);
  await page.getByLabel("Kata sandi").fill("not-the-password");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Email atau kata sandi salah.");

  await page.getByLabel("Kata sandi").fill(DEMO.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/admin\/masuk/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/masuk/);
});

test("the session fixture signs a user in without the form", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto("/admin");
  await expect(page.getByText("Selamat datang, Sekretariat Daerah (demo).")).toBeVisible();
});
