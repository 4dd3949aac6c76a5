// Zone schemes (issue 27): the leaderboard filtered by quality category, and the secretariat
// storing a scheme and switching the running quarter to it, shown by the pages on the next
// request. The switch changes the running quarter's figures for everyone, so the scheme it
// switches to keeps the 2022 bands and zones (other specs' zones do not move) with letters of its
// own, and the tests of this file run in series; the last one switches back.
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe.configure({ mode: "serial" });

type Unit = { slug: string; ranked: boolean; score: number | null; zone: string | null; category: string | null };
type Scores = { period: string; method: { settings: { zoneScheme: { key: string } } }; city: { category: string | null; zone: string | null }; units: Unit[] };

const scores = async (request: APIRequestContext, period?: string): Promise<Scores> =>
  (await request.get(`/api/v1/scores${period ? `?period=${period}` : ""}`)).json();

/** The issue's table of the 2022 categories, with the letters `letters` in place of A-E. */
function letterOf(score: number, letters = "ABCDE"): string {
  const s = Math.round(score * 100) / 100;
  return letters[s >= 88 ? 0 : s >= 78 ? 1 : s >= 54 ? 2 : s >= 32 ? 3 : 4];
}

const key = `uji-e2e-${Date.now().toString(36)}`;
const LETTERS = "PQRST"; // A..E renamed: the same bands and zones as the 2022 categories

test("the leaderboard of the running quarter filters by quality category, accessibly", async ({ page, request }) => {
  const json = await scores(request);
  expect(json.method.settings.zoneScheme.key).toBe("ombudsman-2022");
  const ranked = json.units.filter((u) => u.ranked);
  for (const u of ranked) expect(u.category).toBe(letterOf(u.score!));
  // The most common category among ranked units, so that the filter has rows to show. (Other
  // specs answer surveys meanwhile, so the page is checked against itself, not against counts.)
  const counts = new Map<string, number>();
  for (const u of ranked) counts.set(u.category!, (counts.get(u.category!) ?? 0) + 1);
  const [category] = [...counts].sort((a, b) => b[1] - a[1])[0];

  await page.goto(`/peringkat?period=${json.period}`);
  await page.getByLabel("Kategori").selectOption(category);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`category=${category}`));
  const table = page.getByRole("table", { name: /Peringkat unit layanan periode/ });
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);
  const shown = await table.locator("tbody abbr.cat").evaluateAll((els) => els.map((e) => e.getAttribute("data-category")));
  expect(shown).toEqual(Array(rows).fill(category));
  await expect(page.getByLabel("Kategori")).toHaveValue(category);
  await expectAccessible(page);
});

async function switchRunningQuarter(page: Page, period: string, scheme: string) {
  await page.goto(`/admin/periode?period=${period}`);
  const form = page.locator("#settings");
  await form.getByLabel("Berlaku untuk").selectOption(period);
  await form.getByLabel("Skema zona").selectOption(scheme);
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByRole("status")).toHaveText("Pengaturan disimpan.");
}

test("the secretariat stores a scheme, switches the running quarter to it, and the pages show it on the next request", async ({ page, request, signInAs }) => {
  const before = await scores(request);
  const period = before.period;
  await signInAs(DEMO.admin);
  await page.goto(`/admin/periode?period=${period}`);
  const form = page.locator("#scheme");
  const bands = (await form.getByLabel("Pita nilai").inputValue()).split("\n");
  expect(bands).toHaveLength(5); // the 2022 categories, as the starting point
  const renamed = bands.map((line) => line.replace(/\| ([A-E]) \|/, (_m, c: string) => `| ${LETTERS["ABCDE".indexOf(c)]} |`));
  await form.getByLabel("Kode skema").fill(key);
  await form.getByLabel("Nama (bahasa Indonesia)").fill("Skema uji");
  await form.getByLabel("Nama (bahasa Inggris)").fill("Test scheme");
  await form.getByLabel("Sumber dan tahun").fill("Uji end-to-end");

  // A gap between two bands is refused with the field named, and nothing is stored.
  await form.getByLabel("Pita nilai").fill(renamed.map((l) => l.replace(/^54-/, "55-")).join("\n"));
  await form.getByRole("button", { name: "Simpan skema" }).click();
  await expect(form.locator("#scheme-bands-error")).toContainText("Ada celah di antara dua pita");
  await expect(page.locator("#settings").getByLabel("Skema zona").locator(`option[value="${key}"]`)).toHaveCount(0);

  await form.getByLabel("Pita nilai").fill(renamed.join("\n"));
  await form.getByRole("button", { name: "Simpan skema" }).click();
  await expect(form.getByRole("status")).toHaveText(`Skema ${key} disimpan.`);
  await expect(page.getByRole("listitem").filter({ hasText: `(${key})` })).toContainText("P 88–100");
  await expectAccessible(page);

  await switchRunningQuarter(page, period, key);

  // The next request of every page reads the new scheme.
  const after = await scores(request, period);
  expect(after.method.settings.zoneScheme.key).toBe(key);
  for (const u of after.units.filter((x) => x.score !== null)) {
    expect(u.category).toBe(letterOf(u.score!, LETTERS));
    expect(u.zone).toBe({ P: "green", Q: "green", R: "yellow", S: "red", T: "red" }[u.category!]); // the 2022 zones, unchanged
  }
  const city = after.city.category!;
  expect(LETTERS).toContain(city);

  await page.goto(`/peringkat?period=${period}`);
  const letters = await page
    .getByRole("table", { name: /Peringkat unit layanan periode/ })
    .locator("tbody abbr.cat")
    .allInnerTexts();
  expect(letters.length).toBeGreaterThan(0);
  for (const letter of letters) expect(LETTERS).toContain(letter);
  await expect(page.getByLabel("Kategori").locator("option")).toHaveText(["Semua kategori", ...LETTERS.split("")]);

  await page.goto("/metode");
  await expect(page.locator(`#scheme-${key}`)).toContainText("Berlaku untuk periode");
  await expect(page.locator("#scheme-ombudsman-2013")).toContainText("0,00 – 50,99");

  const unit = after.units.find((u) => u.ranked)!;
  await page.goto(`/unit/${unit.slug}`);
  await expect(page.getByTestId("unit-zone").locator("abbr.cat")).toHaveText(unit.category!);
});

test("switching the running quarter back to the 2022 categories shows A-E again", async ({ page, request, signInAs }) => {
  const { period } = await scores(request);
  await signInAs(DEMO.admin);
  await switchRunningQuarter(page, period, "ombudsman-2022");
  const json = await scores(request, period);
  expect(json.method.settings.zoneScheme.key).toBe("ombudsman-2022");
  for (const u of json.units.filter((x) => x.ranked)) expect(u.category).toBe(letterOf(u.score!));
  await page.goto(`/peringkat?period=${period}`);
  await expect(page.getByLabel("Kategori").locator("option")).toHaveText(["Semua kategori", "A", "B", "C", "D", "E"]);
});

test("the city's chart draws each quarter's red line as its scheme had it: 51 for the quarters published under the 2013-2021 zones, 54 since", async ({
  page,
  request,
}) => {
  const { period } = await scores(request);
  await page.goto("/");
  const trend = page.getByRole("table", { name: "Nilai kota per triwulan" });
  await expect(trend.getByRole("row", { name: new RegExp(`^${period} `) })).toContainText("54,00");
  const published: string[] = [];
  for (const row of await trend.locator("tbody th[scope=row]").allInnerTexts()) {
    if (row !== period && (await scores(request, row)).method.settings.zoneScheme.key === "ombudsman-2013") published.push(row);
  }
  expect(published.length).toBeGreaterThan(0); // the demo's published quarters
  for (const p of published) await expect(trend.getByRole("row", { name: new RegExp(`^${p} `) })).toContainText("51,00");
  // The home page shows the latest published quarter, with the red line of its own scheme.
  await expect(page.getByTestId("red-line-gap")).toBeVisible();
  await expect(page.getByText("Garis merah skema periode ini (51,00)")).toBeVisible();
});
