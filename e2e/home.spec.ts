import { expect, test } from "@playwright/test";

type ApiReport = { period: string };

test("the home page shows the city's score against the red line, its trend and the units per zone", async ({ page, request }) => {
  const report: ApiReport = await (await request.get("/api/v1/scores")).json();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapor pelayanan publik Kota Bengkulu");
  await expect(page.getByRole("heading", { name: `Nilai kota, periode ${report.period}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /Grafik garis nilai kota per triwulan/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Nilai kota per triwulan" }).locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("zone-counts")).toContainText("Zona merah");
  await expect(page.getByRole("link", { name: "Buat pengaduan" })).toHaveAttribute("href", "/pengaduan");
  await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Peringkat" })).toHaveAttribute("href", "/peringkat");
});

test("the language switch turns the page into English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public service report card of Kota Bengkulu");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
