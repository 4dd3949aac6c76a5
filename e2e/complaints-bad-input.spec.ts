// Bad input against the complaint endpoints, generated (fast-check, seed printed on failure):
// every bad JSON body gets a 4xx JSON answer with an `error` string and stores nothing; every bad
// form post gets the form again with errors and stores nothing; hostile text shown back on the
// tracking page and the case page stays text and never runs.
import fc from "fast-check";
import type { Page } from "@playwright/test";
import { DEMO, e2eDb, expect, test } from "./fixtures";
import { badComplaintBody, badComplaintForm, encodeLoosely, fuzzSeed, hostileString } from "./fuzz-values";

/**
 * The fuzz files against a unit no other spec uses: the specs run in parallel, and a valid
 * complaint filed by another test must not look like one the fuzz let through.
 */
const FUZZ_UNIT = "dinas-sosial";

const seed = fuzzSeed;
const address = () => `198.51.110.${Math.floor(Math.random() * 250)}`;

/** Rows of each table that belong to FUZZ_UNIT's complaints, read in one connection. */
function counts(...tables: string[]): number[] {
  const sqlite = e2eDb();
  const unit = `(SELECT id FROM "Unit" WHERE slug = '${FUZZ_UNIT}')`;
  const scoped: Record<string, string> = {
    Complaint: `SELECT COUNT(*) AS n FROM "Complaint" WHERE "unitId" = ${unit}`,
    ComplaintReporter: `SELECT COUNT(*) AS n FROM "ComplaintReporter" r JOIN "Complaint" c ON c.id = r."complaintId" WHERE c."unitId" = ${unit}`,
    ComplaintEvent: `SELECT COUNT(*) AS n FROM "ComplaintEvent" e JOIN "Complaint" c ON c.id = e."complaintId" WHERE c."unitId" = ${unit}`,
  };
  try {
    return tables.map((table) => (sqlite.prepare(scoped[table]).get() as { n: number }).n);
  } finally {
    sqlite.close();
  }
}
const COMPLAINT_TABLES = ["Complaint", "ComplaintReporter", "ComplaintEvent"];

test.describe.configure({ timeout: 180_000 });

test("POST /api/v1/complaints: generated bad bodies get a 4xx JSON error and store nothing", async ({ request }) => {
  const before = counts(...COMPLAINT_TABLES);
  await fc.assert(
    fc.asyncProperty(badComplaintBody(FUZZ_UNIT), fc.boolean(), async (body, truncated) => {
      const text = JSON.stringify(body) ?? "";
      const response = await request.post("/api/v1/complaints", {
        headers: { "content-type": "application/json", "x-forwarded-for": address() },
        data: truncated ? text.slice(0, -1) : text,
      });
      expect(response.status(), `status for ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      const json = await response.json();
      expect(typeof json.error).toBe("string");
    }),
    { numRuns: 60, seed: seed(), verbose: 1 },
  );
  expect(counts(...COMPLAINT_TABLES)).toEqual(before);
});

test("POST /pengaduan (the form): generated bad fields get the form again with errors, escaped, and store nothing", async ({ request }) => {
  const before = counts(...COMPLAINT_TABLES);
  await fc.assert(
    fc.asyncProperty(badComplaintForm(FUZZ_UNIT), async (form) => {
      const response = await request.post("/pengaduan", { form, maxRedirects: 0, headers: { "x-forwarded-for": address() } });
      // 413 when the encoded fields pass the form's size limit; the form comes back either way.
      expect([400, 413], JSON.stringify(form).slice(0, 200)).toContain(response.status());
      const html = await response.text();
      expect(html).toContain(response.status() === 400 ? 'id="summary"' : 'id="notice"');
      expect(html).not.toContain("<script>alert(1)");
      expect(html).not.toContain("<img src=x");
    }),
    { numRuns: 40, seed: seed() },
  );
  // The honeypot: a bot is sent on as if accepted, and nothing is stored.
  const bot = await request.post("/pengaduan", {
    form: {
      unit: FUZZ_UNIT,
      category: "delay",
      description: "Antrean tidak bergerak selama tiga jam penuh.",
      occurredOn: "2026-11-01",
      anonymous: "on",
      website: "http://spam.example",
    },
    maxRedirects: 0,
    headers: { "x-forwarded-for": address() },
  });
  expect(bot.status()).toBe(303);
  expect(counts(...COMPLAINT_TABLES)).toEqual(before);
});

test("GET /api/v1/complaints/<code> and /lacak/<code>: generated bad codes get a 404 (a 400 when the URL does not decode), never a 5xx", async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(hostileString, async (value) => {
      const v = encodeLoosely(value.slice(0, 2000)) || "x";
      const api = await request.get(`/api/v1/complaints/${v}`);
      // The proxy refuses a path that does not decode (an encoded lone surrogate) or holds a NUL.
      const expected = /%ED%[AB][0-9A-F]|%00/i.test(v) ? { status: 400, error: "malformed_url" } : { status: 404, error: "not_found" };
      expect({ status: api.status(), error: (await api.json()).error }, v.slice(0, 100)).toEqual(expected);
      const page = await request.get(`/lacak/${v}`);
      expect(page.status()).toBeGreaterThanOrEqual(400);
      expect(page.status()).toBeLessThan(500);
      const track = await request.get(`/lacak?kode=${v}`, { maxRedirects: 0 });
      expect(track.status()).toBeLessThan(500);
    }),
    { numRuns: 30, seed: seed() },
  );
});

async function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test("hostile text shown on /lacak/<code> and on the case page stays text: no script runs", async ({ page, request, signInAs }) => {
  const hostile = `</p>"><img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1;alert(2)</script>`;
  const filed = await request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": address() },
    data: {
      unit: "rshd",
      category: "other",
      description: `Kejadian di loket: ${hostile}`,
      occurredOn: new Date().toISOString().slice(0, 10),
      staffName: hostile.slice(0, 120),
      room: "<b>Loket</b>",
      anonymous: false,
      contact: { name: hostile.slice(0, 120), email: "hostile@example.org" },
    },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  const { trackingCode } = (await filed.json()) as { trackingCode: string };
  const sqlite = e2eDb();
  const { id } = sqlite.prepare(`SELECT id FROM "Complaint" WHERE trackingCode = ?`).get(trackingCode) as { id: number };
  sqlite.close();

  const dialogs = await watchForScripts(page);
  await signInAs(DEMO.headRshd);
  await page.goto(`/admin/pengaduan/${id}`);
  await expect(page.locator("#case-description")).toHaveText(`Kejadian di loket: ${hostile}`);
  // The head's answer carries hostile text too; it is shown to the citizen.
  await page.locator("#details-answer summary").click();
  await page.locator("#step-answer").getByLabel("Jawaban untuk pelapor", { exact: true }).fill(`Terima kasih ${hostile}`);
  await page.locator("#step-answer").getByRole("button").click();
  await expect(page.locator("#case-answer")).toHaveText(`Terima kasih ${hostile}`);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.context().clearCookies();
  await page.goto(`/lacak/${trackingCode}`);
  await expect(page.locator("#case-answer")).toHaveText(`Terima kasih ${hostile}`);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
