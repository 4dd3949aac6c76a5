import { expect, test } from "@playwright/test";

test("the home page lists the city's units from the demo data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapor pelayanan publik Kota Bengkulu");
  const table = page.getByRole("table");
  await expect(table.getByRole("cell", { name: "Rumah Sakit Harapan dan Doa (RSHD)" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Puskesmas Jalan Gedang" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Kantor Kecamatan Teluk Segara" })).toBeVisible();
});

test("the language switch turns the page into English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public service report card of Kota Bengkulu");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
