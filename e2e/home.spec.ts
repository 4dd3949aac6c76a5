import { expect, test } from "@playwright/test";

type ApiReport = { period: string; published: boolean };

/** The quarter before `key` ("2026-Q4" → "2026-Q3"). */
function previousQuarter(key: string): string {
  const [year, q] = key.split("-Q").map(Number);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

test("the home page shows the city's official score against the red line, its trend and the units per zone", async ({ page, request }) => {
  // The demo data publish the last two ended quarters: home opens on the latest, the running
  // quarter (the API's default) one click away and marked provisional.
  const running: ApiReport = await (await request.get("/api/v1/scores")).json();
  const official: ApiReport = await (await request.get(`/api/v1/scores?period=${previousQuarter(running.period)}`)).json();
  expect(official.published).toBe(true);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapor pelayanan publik Kota Bengkulu");
  await expect(page.getByRole("heading", { name: `Nilai kota, periode ${official.period}` })).toBeVisible();
  await expect(page.locator("#period-note")).toContainText("Angka resmi, diterbitkan");
  await expect(page.getByRole("link", { name: `Lihat triwulan berjalan ${running.period} (angka sementara)` })).toHaveAttribute(
    "href",
    `/peringkat?period=${running.period}`,
  );
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
