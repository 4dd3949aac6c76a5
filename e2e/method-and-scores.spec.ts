import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

// One test per language: axe takes seconds per page on a busy machine.
test("the method page explains the formula and the thresholds in force, accessibly", async ({ page }) => {
  await page.goto("/metode");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metode penilaian");
  await expect(page.getByText("IKM = (NRR₁ + NRR₂ + … + NRR₉) × 1/9")).toBeVisible();
  await expect(page.getByRole("cell", { name: "0,00 – 50,99" })).toBeVisible();
  await expectAccessible(page);
});

test("the method page in English, accessibly", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/metode");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the scores are made");
  await expectAccessible(page);
});

test("GET /api/v1/scores answers the documented shape, and the CSV has the same rows", async ({ request }) => {
  const json = await (await request.get("/api/v1/scores?period=2026")).json();
  expect(json.period).toBe("2026");
  expect(json.published).toBe(false);
  expect(json.city.zone).toMatch(/red|yellow|green/);
  expect(json.units.length).toBeGreaterThanOrEqual(40);
  const unit = json.units[0];
  expect(Object.keys(unit)).toEqual(
    expect.arrayContaining([
      "slug",
      "name",
      "type",
      "respondents",
      "minimumSample",
      "ranked",
      "rank",
      "ikm",
      "elements",
      "complaintHandling",
      "standards",
      "score",
      "zone",
    ]),
  );
  expect(Object.keys(unit.elements)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);

  // Asked again when the two differ: a cached report past its lifetime is served once more while
  // it is recomputed, so two requests across that moment may see two computations (other tests
  // change the data).
  await expect(async () => {
    const csv = await request.get("/api/v1/scores?period=2026&format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const fresh = await (await request.get("/api/v1/scores?period=2026")).json();
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines.length - 1).toBe(fresh.units.length);
    const slugs = lines.slice(1).map((line) => line.split(",")[2]);
    expect(slugs).toEqual(fresh.units.map((u: { slug: string }) => u.slug));
  }).toPass({ timeout: 20_000 });
});

test("GET /api/v1/scores refuses malformed periods with a clear message in the visitor's language", async ({ request }) => {
  for (const period of ["2026-Q5", "abc", "2026-13"]) {
    const response = await request.get(`/api/v1/scores?period=${period}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("validation");
    expect(body.fields.period[0]).toContain("Periode tidak dikenal");
  }
  const english = await request.get("/api/v1/scores?period=x", { headers: { cookie: "NEXT_LOCALE=en" } });
  expect((await english.json()).fields.period[0]).toContain("Unknown period");
});
