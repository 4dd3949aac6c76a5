// Ballot stuffing is held, never refused (issue 18, docs/surveys.md, "Against ballot stuffing"), in a real
// browser against the production build with the default thresholds:
// - 50 citizens (50 browser contexts) behind one address answer the same unit: all stored, all counted;
// - one browser sending 100 answers to one unit: beyond the first two they are held, the unit's
//   figures do not move, the thank-you is the same; the secretariat's exclusion leaves the figures
//   and its release moves them exactly as the queue showed beforehand.
// Each test owns a unit of its own, unranked (a large service volume puts its minimum sample far
// above its answers), so no other spec's leaderboard or city score moves.
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { DEMO, expect, test } from "./fixtures";
import { cityQuarter, dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { expectAccessible } from "./accessibility";

const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
// The default SURVEY_HOLD_MIN_SECONDS: a person needs at least this long to read the nine questions.
const READING_SECONDS = 8;
const rand = () => Math.floor(Math.random() * 250) + 1;

/** A different answer vector for each i (its base-4 digits), so none repeats into an identical burst. */
function answersOf(i: number): Record<(typeof ELEMENTS)[number], number> {
  return Object.fromEntries(ELEMENTS.map((k, j) => [k, 1 + (Math.floor((i * 7919 + 12345) / 4 ** j) % 4)])) as Record<(typeof ELEMENTS)[number], number>;
}

function createUnit(label: string): { id: number; slug: string; name: string } {
  const slug = `e2e-hold-${label}-${Date.now().toString(36)}-${rand()}`;
  const name = `Unit Uji Tahan ${label} ${slug.slice(-8)}`;
  const now = new Date().toISOString();
  dbRun(
    `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", "yearlyServiceVolume", active, "createdAt", "updatedAt")
     VALUES (?, ?, (SELECT id FROM "UnitType" WHERE code = 'puskesmas'), 'Kepala Uji', '+62 812-0000-9999', 200000, 1, ?, ?)`,
    slug,
    name,
    now,
    now,
  );
  publicDataChanged();
  return { ...dbGet<{ id: number }>(`SELECT id FROM "Unit" WHERE slug = ?`, slug), slug, name };
}

/** The survey serves the new unit (createUnit bumped the public version, so at once; the poll only
 * waits for a busy server). */
async function waitForSurvey(request: APIRequestContext, slug: string) {
  await expect.poll(async () => (await request.get(`/s/${slug}`)).status(), { timeout: 120_000, intervals: [1000] }).toBe(200);
}

type Totals = { respondents: number; sums: string };
function aggregateOf(unitId: number): Totals {
  const row = dbGet<{ respondents: number | null; sums: string | null }>(
    `SELECT SUM(respondents) AS respondents, GROUP_CONCAT(${ELEMENTS.map((k) => `"${k}Count" || ':' || "${k}Sum"`).join(` || ',' || `)}, ';') AS sums FROM "MonthlyAggregate" WHERE "unitId" = ?`,
    unitId,
  );
  return { respondents: row.respondents ?? 0, sums: row.sums ?? "" };
}
const stored = (unitId: number) =>
  dbGet<{ total: number; held: number; counted: number }>(
    `SELECT COUNT(*) AS total, SUM(held) AS held, SUM(CASE WHEN held = 0 AND excluded = 0 THEN 1 ELSE 0 END) AS counted FROM "SurveyResponse" WHERE "unitId" = ?`,
    unitId,
  );

const formOf = (answers: Record<string, number>) => Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)]));

/** Waits out the reading time since `viewedAt`: the citizens' pace, part of the scenario, not a timeout. */
async function readForAtLeast(viewedAt: number) {
  const left = viewedAt + (READING_SECONDS + 1) * 1000 - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

test("50 citizens behind one address answer the same unit: every answer is stored and counted", async ({ browser, request }) => {
  test.setTimeout(900_000); // 50 browsers on a busy machine; the citizens' ten minutes are not this timeout
  const unit = createUnit("wifi");
  await waitForSurvey(request, unit.slug);
  const address = `10.${rand()}.${rand()}.${rand()}`; // the clinic's one public address
  // Fifty browsers (contexts: each its own cookies), each loading the survey through its own
  // request context, which shares the context's cookie jar (rendering fifty pages would only
  // measure this machine's load).
  const citizens: { context: BrowserContext; pv: string }[] = [];
  let lastView = 0;
  for (let i = 0; i < 50; i++) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
    const form = await context.request.get(`/s/${unit.slug}`);
    expect(form.status()).toBe(200);
    lastView = Date.now();
    citizens.push({ context, pv: (await form.text()).match(/name="pv" value="([^"]+)"/)![1] });
    expect((await context.cookies()).map((c) => c.name)).toContain("rl_sb");
  }
  await readForAtLeast(lastView);
  const locations = await Promise.all(
    citizens.map(async ({ context, pv }, i) => {
      const res = await context.request.post(`/s/${unit.slug}`, { form: { ...formOf(answersOf(i)), pv }, maxRedirects: 0 });
      expect(res.status()).toBe(303);
      await context.close();
      return res.headers().location;
    }),
  );
  for (const location of locations) expect(location).toMatch(new RegExp(`^/s/${unit.slug}/terima-kasih\\?r=\\d+$`));
  expect(stored(unit.id)).toEqual({ total: 50, held: 0, counted: 50 });
  expect(aggregateOf(unit.id).respondents).toBe(50);
});

test("one browser sending 100 answers: held beyond the first two, figures unmoved, same thank-you; exclusion and release act as shown", async ({
  page,
  context,
  request,
  signInAs,
}) => {
  test.setTimeout(900_000);
  const unit = createUnit("browser");
  await waitForSurvey(request, unit.slug);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });
  await page.goto(`/s/${unit.slug}`); // sets the anonymous browser cookie
  const viewedAt = Date.now();
  const pageView = await page.locator('input[name="pv"]').getAttribute("value");
  expect(pageView).toBeTruthy();
  expect((await context.cookies()).find((c) => c.name === "rl_sb")).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/s" });
  await readForAtLeast(viewedAt);

  // context.request shares the browser's cookies: the same browser, answering again and again.
  const post = async (i: number, pv: string) => {
    const res = await context.request.post(`/s/${unit.slug}`, { form: { ...formOf(answersOf(i)), pv }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    return res.headers().location;
  };
  const thanks: string[] = [];
  for (let i = 0; i < 2; i++) thanks.push(await post(i, pageView!));
  expect(stored(unit.id)).toMatchObject({ total: 2, counted: 2 });
  const figuresAfterTwo = aggregateOf(unit.id);
  expect(figuresAfterTwo.respondents).toBe(2);

  for (let i = 2; i < 90; i++) thanks.push(await post(i, pageView!));
  // Ten more, each sent right after its page was served: also faster than anyone reads.
  for (let i = 90; i < 100; i++) {
    const form = await context.request.get(`/s/${unit.slug}`);
    const pv = (await form.text()).match(/name="pv" value="([^"]+)"/)![1];
    thanks.push(await post(i, pv));
  }
  expect(stored(unit.id)).toEqual({ total: 100, held: 98, counted: 2 });
  expect(aggregateOf(unit.id)).toEqual(figuresAfterTwo); // the unit's figures did not move
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = ? AND "heldSignals" = 'browser_repeat'`, unit.id).n).toBe(88);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = ? AND "heldSignals" = 'browser_repeat,too_fast'`, unit.id).n).toBe(
    10,
  );

  // The thank-you of a counted answer and of a held one are the same page (but for the answer's own number).
  const thanksPage = async (location: string) => {
    const id = new URL(location, "http://x").searchParams.get("r")!;
    return (await (await context.request.get(location)).text()).replaceAll(id, "ID");
  };
  expect(thanks[0]).toMatch(new RegExp(`^/s/${unit.slug}/terima-kasih\\?r=\\d+$`));
  expect(thanks[99]).toMatch(new RegExp(`^/s/${unit.slug}/terima-kasih\\?r=\\d+$`));
  // Both pages show the unit's figures from the instance's cache (PUBLIC_CACHE_SECONDS): compare two
  // fetched within one cache generation.
  await expect(async () => expect(await thanksPage(thanks[99])).toBe(await thanksPage(thanks[0]))).toPass({ timeout: 120_000 });

  // The secretariat's queue: grouped by unit, signals and hour, with the effect shown beforehand.
  await signInAs(DEMO.admin);
  const groups = () => page.locator(`article.held-group[data-unit="${unit.slug}"]`);
  const groupWith = (signals: string) => groups().filter({ has: page.locator(`[data-signals="${signals}"]`) });
  await page.goto(`/admin/respons/ditahan?unit=${unit.slug}`);
  await expect(groups().first()).toBeVisible();

  // Excluding the too-fast group: shown as no change, and nothing changes.
  await expectAccessible(page);
  const fast = groupWith("browser_repeat,too_fast").first();
  await expect(fast.locator('[data-effect="exclude"]')).toContainText("tidak berubah");
  // The answers themselves, read before deciding: each with its time, nine values, time on the page and where it came from.
  const firstHeld = dbGet<Record<string, number>>(
    `SELECT id, u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM "SurveyResponse" WHERE "unitId" = ? AND "heldSignals" = 'browser_repeat,too_fast' ORDER BY id LIMIT 1`,
    unit.id,
  );
  await expect(fast.locator("table.held-answers tbody tr")).toHaveCount(10);
  const firstRow = fast.locator(`tr[data-response="${firstHeld.id}"]`);
  await expect(firstRow.getByRole("cell")).toHaveText([
    ...["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].map((k) => String(firstHeld[k])),
    /^\d+(,\d)? detik$/, // its time on the page: too fast, the reason it is held
    "Halaman survei",
    "–",
  ]);
  await fast.locator("summary", { hasText: "Kecualikan" }).click();
  const excludeForm = fast.locator('form[id^="exclude-"]');
  // The decision says in words what it does to how many answers.
  await expect(excludeForm.getByRole("button")).toHaveText("Kecualikan 10 jawaban");
  await excludeForm.getByLabel("Alasan (dicatat di log audit)").fill("Pengisian massal dari satu peramban");
  await excludeForm.getByRole("button", { name: "Kecualikan" }).click();
  await expect.poll(() => stored(unit.id).held, { timeout: 60_000 }).toBe(88);
  expect(aggregateOf(unit.id)).toEqual(figuresAfterTwo);

  // Releasing the browser_repeat group(s): each moves the public figures to exactly what it showed.
  const quarter = cityQuarter().key;
  for (let round = 0; round < 3 && stored(unit.id).held > 0; round++) {
    await page.goto(`/admin/respons/ditahan?unit=${unit.slug}`);
    const group = groupWith("browser_repeat").first();
    const effect = group.locator('[data-effect="release"]');
    const expected = {
      respondents: Number(await effect.getAttribute("data-respondents")),
      score: Number(await effect.getAttribute("data-score")),
      ikm: Number(await effect.getAttribute("data-ikm")),
    };
    expect(expected.respondents).toBeGreaterThan(2);
    const heldBefore = stored(unit.id).held;
    await group.locator("summary", { hasText: "Lepaskan ke penilaian" }).click();
    const releaseForm = group.locator('form[id^="release-"]');
    await releaseForm.getByLabel("Alasan (dicatat di log audit)").fill("Pengunjung nyata di ruang tunggu");
    await releaseForm.getByRole("button", { name: /^Lepaskan \d+ jawaban ke penilaian$/ }).click();
    await expect.poll(() => stored(unit.id).held, { timeout: 60_000 }).toBeLessThan(heldBefore);
    await expect
      .poll(async () => {
        const report = await (await request.get(`/api/v1/scores?period=${quarter}`)).json();
        const row = report.units.find((u: { slug: string }) => u.slug === unit.slug);
        return { respondents: row.respondents, score: Number(row.score.toFixed(6)), ikm: Number(row.ikm.converted.toFixed(6)) };
      })
      .toEqual({ respondents: expected.respondents, score: Number(expected.score.toFixed(6)), ikm: Number(expected.ikm.toFixed(6)) });
  }
  expect(stored(unit.id)).toEqual({ total: 100, held: 0, counted: 90 });
  expect(aggregateOf(unit.id).respondents).toBe(90);
  const audit = dbGet<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "AuditLog" WHERE action IN ('response.release', 'response.exclude-held') AND "after" LIKE ?`,
    `%${unit.id}%`,
  );
  expect(audit.n).toBeGreaterThanOrEqual(2);
});

test("a unit head reads their own unit's held answers and cannot release or exclude them", async ({ page, signInAs }) => {
  test.setTimeout(180_000); // axe on a busy machine
  await signInAs(DEMO.headRshd);
  await page.goto("/admin/respons/ditahan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jawaban survei yang ditahan");
  await expect(page.getByText("Sekretariat Daerah yang melepaskan atau mengecualikan")).toBeVisible();
  await expect(page.locator("article.held-group:not([data-unit='rshd'])")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Lepaskan/ })).toHaveCount(0);
  await expectAccessible(page);
});
