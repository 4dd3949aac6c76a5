// Bad input, generated: every public endpoint answers wrong types, huge strings, unicode, missing
// and extra fields, SQL and HTML fragments with a 4xx and a message, never a 5xx, and stores
// nothing. Property-based (fast-check) with a fixed seed per run printed on failure.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { e2eDb } from "./fixtures";
import { badSurveyBody, badSurveyForm, encodeLoosely, fuzzSeed, nastyString } from "./fuzz-values";

/** Submissions go to a unit no other spec uses: specs run in parallel, and another test's valid
 * response must not look like one the fuzz let through. */
const FUZZ_UNIT = "dinas-perhubungan";

/** Survey responses of FUZZ_UNIT (other specs, running in parallel, submit to other units). */
function count(): number {
  const sqlite = e2eDb();
  try {
    return (
      sqlite.prepare(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = (SELECT id FROM "Unit" WHERE slug = ?)`).get(FUZZ_UNIT) as { n: number }
    ).n;
  } finally {
    sqlite.close();
  }
}

test.describe.configure({ timeout: 180_000 });

test("POST /api/v1/surveys: generated bad input gets a 4xx with a message and stores nothing", async ({ request }) => {
  const before = count();
  await fc.assert(
    fc.asyncProperty(badSurveyBody(FUZZ_UNIT), fc.boolean(), async (body, asText) => {
      const response = await request.post("/api/v1/surveys", {
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` },
        data: asText ? String(JSON.stringify(body) ?? "").slice(0, -1) : JSON.stringify(body), // also truncated JSON
      });
      const status = response.status();
      expect(status, `status for ${JSON.stringify(body)?.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      const json = await response.json();
      expect(typeof json.error).toBe("string");
    }),
    { numRuns: 60, seed: fuzzSeed(), verbose: 1 },
  );
  expect(count()).toBe(before);
});

test("GET endpoints: generated bad parameters get a 4xx with a message, never a 5xx", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(nastyString, async (value) => {
      const v = encodeLoosely(value.slice(0, 2000));
      for (const url of [`/api/v1/scores?period=${v}`, `/api/v1/complaints/${v || "x"}`]) {
        const response = await request.get(url);
        expect(response.status(), url.slice(0, 120)).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
      }
      const page = await request.get(`/lacak/${v || "x"}`);
      expect(page.status()).toBeLessThan(500);
      const unit = await request.get(`/unit/${v || "x"}`);
      expect(unit.status()).toBeLessThan(500);
      const survey = await request.get(`/s/${v || "x"}`);
      expect(survey.status()).toBeLessThan(500);
    }),
    { numRuns: 40, seed: fuzzSeed() },
  );
});

test("POST /s/<unit> (the survey form): generated bad fields get the form again with errors, never a 5xx, and store nothing", async ({ request }) => {
  const before = count();
  await fc.assert(
    fc.asyncProperty(badSurveyForm, async (form) => {
      const response = await request.post(`/s/${FUZZ_UNIT}`, {
        form,
        maxRedirects: 0,
        headers: { "x-forwarded-for": `198.51.101.${Math.floor(Math.random() * 250)}` },
      });
      // 413 when the encoded fields pass the form's size limit; the form comes back either way.
      expect([400, 413], JSON.stringify(form).slice(0, 200)).toContain(response.status());
      expect(await response.text()).toContain(response.status() === 400 ? 'id="summary"' : 'id="notice"');
    }),
    { numRuns: 40, seed: fuzzSeed() },
  );
  expect(count()).toBe(before);
});

test("hostile input shown back in the survey form stays text: no script runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.102.${Math.floor(Math.random() * 250)}` });
  await page.goto("/s/rshd");
  const hostile = `</textarea>"><img src=x onerror=alert(1)><script>alert(2)</script>'-alert(3)-'`;
  await page.getByLabel("Saran atau komentar").fill(hostile);
  await page.getByLabel("Layanan yang Anda gunakan").fill(hostile.slice(0, 100));
  await page.evaluate(() => document.querySelector("form")!.submit()); // past the script's check, to the server's error page
  await expect(page.locator("#summary")).toBeVisible();
  await expect(page.getByLabel("Saran atau komentar")).toHaveValue(hostile);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs).toEqual([]);
});
