// Every citizen page fits a phone (issue 30): at 320 and 360 px wide, with JavaScript on and off,
// in Indonesian and English, the document is no wider than the viewport (nothing pushes the page
// sideways) and no chart label is drawn outside its canvas. One test per (page, script, language),
// generated from the tables below: one navigation at 360 px, a measurement, then the viewport
// narrowed to 320 px (the charts are responsive and draw again) and a second measurement. Half
// the navigations of a test per width, with the same widths measured (issue 29).
//
// The charts are chart.js canvases (lib/html/client/charts.ts), whose text the DOM cannot see, so
// an init script records every fillText with its box in canvas pixels (measureText around the
// alignment point, through the context's transform, rotation included); a label cut at the
// canvas's edge is a box that leaves the canvas.
import type { Page } from "@playwright/test";
import { dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";
import { addResponses, createUnitWithHead, responsesWithMeans } from "./plan-helpers";
import { publishThroughForm } from "./workspace-forms";

const WIDTHS_WIDEST_FIRST = [360, 320] as const;
const LANGUAGES = ["id", "en"] as const;
const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
const rand = () => Math.floor(Math.random() * 250) + 1;

type Units = { empty: string; few: string; survey: string };
let units: Units | null = null;

/** Units of this spec's own (created once per worker): one without answers, one below its minimum sample, one to rate. */
function ownUnits(): Units {
  if (!units) {
    const few = createUnitWithHead("fit-few");
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    addResponses(few.unitId, month, responsesWithMeans(4, { u1: 3, u2: 2.5, u3: 3, u4: 3.5, u5: 3, u6: 2.75, u7: 3, u8: 2, u9: 3 }));
    publicDataChanged();
    units = { empty: createUnitWithHead("fit-empty").slug, few: few.slug, survey: createUnitWithHead("fit-rate").slug };
  }
  return units;
}

/** A demo case with history (more than its filing) and a reporter's verdict. */
function trackedCase(): string {
  return dbGet<{ code: string }>(
    `SELECT c."trackingCode" AS code FROM "Complaint" c WHERE EXISTS (SELECT 1 FROM "ComplaintVerdict" v WHERE v."complaintId" = c.id)
     AND (SELECT COUNT(*) FROM "ComplaintEvent" e WHERE e."complaintId" = c.id) >= 3 ORDER BY c.id LIMIT 1`,
  ).code;
}

type Visit = { name: string; open: (page: Page) => Promise<void> };

const goto = (path: string) => async (page: Page) => {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
};

const PAGES: Visit[] = [
  { name: "home", open: goto("/") },
  { name: "leaderboard with filters", open: goto("/peringkat?type=puskesmas&sort=score&dir=asc") },
  { name: "leaderboard searched", open: goto("/peringkat?q=rumah&period=2026-Q3") },
  { name: "unit with plans (rshd)", open: goto("/unit/rshd") },
  { name: "unit with an escalation line (dukcapil)", open: goto("/unit/dukcapil") },
  { name: "unit without answers", open: (page) => goto(`/unit/${ownUnits().empty}`)(page) },
  { name: "unit below its minimum sample", open: (page) => goto(`/unit/${ownUnits().few}`)(page) },
  { name: "method", open: goto("/metode") },
  { name: "survey", open: goto("/s/rshd") },
  {
    name: "survey's thank-you page",
    open: async (page) => {
      await page.goto(`/s/${ownUnits().survey}`);
      for (const [i, key] of ELEMENTS.entries())
        await page
          .locator(`#q-${key}`)
          .getByRole("radio")
          .nth(i % 4)
          .check();
      await page.locator("button[type=submit]").click();
      await expect(page).toHaveURL(/\/terima-kasih\?r=\d+/);
    },
  },
  { name: "complaint form", open: goto("/pengaduan") },
  {
    name: "complaint form with errors",
    open: async (page) => {
      await page.goto("/pengaduan");
      await page.locator("button[type=submit]").click();
      await expect(page.locator("#summary")).toBeVisible();
    },
  },
  { name: "tracking with history and verdict", open: (page) => goto(`/lacak/${trackedCase()}`)(page) },
  { name: "privacy", open: goto("/privasi") },
];

/** Records each text drawn on a canvas with its box in canvas pixels and the canvas's width when drawn (the file's header says why). */
function recordCanvasText() {
  const drawn: { text: string; canvas: HTMLCanvasElement; width: number; corners: { x: number; y: number }[] }[] = [];
  (window as unknown as { __drawnText: typeof drawn }).__drawnText = drawn;
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    const m = this.measureText(text);
    const t = this.getTransform();
    const [left, right, top, bottom] = [
      x - m.actualBoundingBoxLeft,
      x + m.actualBoundingBoxRight,
      y - m.actualBoundingBoxAscent,
      y + m.actualBoundingBoxDescent,
    ];
    const corners = [
      [left, top],
      [right, top],
      [left, bottom],
      [right, bottom],
    ].map(([cx, cy]) => ({ x: t.a * cx + t.c * cy + t.e, y: t.b * cx + t.d * cy + t.f }));
    if (String(text).trim()) drawn.push({ text: String(text), canvas: this.canvas, width: this.canvas.width, corners });
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
  };
}

/**
 * Scrolls through the page so that every chart comes near the viewport and waits for each to be
 * drawn at its canvas's present width (after a narrowing, the responsive chart's new drawing).
 */
async function drawCharts(page: Page) {
  const boxes = page.locator("[data-chart]");
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    await boxes.nth(i).scrollIntoViewIfNeeded();
    await expect(boxes.nth(i).locator("canvas")).toHaveCount(1);
  }
  if (count)
    await page.waitForFunction(() => {
      const drawn = (window as unknown as { __drawnText: { canvas: HTMLCanvasElement; width: number }[] }).__drawnText;
      return [...document.querySelectorAll("[data-chart] canvas")].every((c) =>
        drawn.some((d) => d.canvas === c && d.width === (c as HTMLCanvasElement).width),
      );
    });
}

/** Texts drawn outside their canvas (by more than a pixel) at its present width, as "text (left..right of width)". */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __drawnText: { text: string; canvas: HTMLCanvasElement; width: number; corners: { x: number; y: number }[] }[] }).__drawnText
      .filter(({ canvas, width }) => width === canvas.width)
      .filter(({ canvas, corners }) => corners.some(({ x, y }) => x < -1 || y < -1 || x > canvas.width + 1 || y > canvas.height + 1))
      .map(
        ({ text, canvas, corners }) =>
          `${text} (x ${Math.round(Math.min(...corners.map((c) => c.x)))}..${Math.round(Math.max(...corners.map((c) => c.x)))} of ${canvas.width})`,
      ),
  );
}

/** The elements that reach past the viewport's right edge (the deepest first), to say what overflows. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 0.5 && !el.querySelector("*"))
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${(el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(r.right)}px`);
    }
    return out.slice(0, 5);
  });
}

/** The page as loaded fits at the widest width, then at each narrower one after the viewport narrows. */
async function expectFitsEveryWidth(page: Page, javaScript: boolean) {
  for (const width of WIDTHS_WIDEST_FIRST) {
    if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 740 });
    if (javaScript) await drawCharts(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(innerWidth, "the viewport's width").toBe(width);
    expect(scrollWidth <= innerWidth, `the page is ${scrollWidth} px wide on a ${innerWidth} px screen: ${(await overflowing(page)).join("; ")}`).toBe(true);
    if (javaScript) expect(await clippedLabels(page), `chart labels cut at ${width} px`).toEqual([]);
  }
}

for (const javaScript of [true, false]) {
  for (const language of LANGUAGES) {
    test.describe(`${WIDTHS_WIDEST_FIRST.join(" and ")} px, JavaScript ${javaScript ? "on" : "off"}, ${language}`, () => {
      test.use({ javaScriptEnabled: javaScript, viewport: { width: WIDTHS_WIDEST_FIRST[0], height: 740 }, isMobile: false });
      test.beforeEach(async ({ page, context, baseURL }) => {
        await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseURL! }]);
        await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });
        if (javaScript) await page.addInitScript(recordCanvasText);
      });
      for (const visit of PAGES) {
        test(`${visit.name} fits`, async ({ page }) => {
          await visit.open(page);
          await expect(page.locator("html")).toHaveAttribute("lang", language);
          await expectFitsEveryWidth(page, javaScript);
        });
      }
    });
  }
}

// An issued SKM report: this spec's own unit in a quarter before the demo data (2024-Q2), published and
// issued once, then measured in every combination, in series (one set-up, one worker).
test.describe("an issued report", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let reportPath = "";
  test.beforeAll(async ({ browser, baseURL }) => {
    const unit = createUnitWithHead("fit-report");
    addResponses(unit.unitId, "2024-05", responsesWithMeans(36, { u1: 2.5, u2: 3, u3: 1.75, u4: 3, u5: 2.5, u6: 2, u7: 2.75, u8: 1.5, u9: 2.5 }));
    const now = new Date().toISOString();
    const plan = dbRun(
      `INSERT INTO "ImprovementPlan" ("unitId", period, status, "submittedAt", "approvedAt", "createdAt", "updatedAt") VALUES (?, '2024-Q2', 'approved', ?, ?, ?, ?)`,
      unit.unitId,
      now,
      now,
      now,
      now,
    ).lastInsertRowid;
    dbRun(
      `INSERT INTO "PlanAction" ("planId", element, description, responsible, "dueOn", status, "createdAt", "updatedAt") VALUES (?, 'u8', 'Loket pengaduan dibuka setiap hari kerja.', 'Kepala Seksi', '2024-08-31T00:00:00.000Z', 'planned', ?, ?)`,
      plan,
      now,
      now,
    );
    publicDataChanged();
    const { sessionCookie } = await import("./fixtures");
    const context = await browser.newContext();
    await context.addCookies([await sessionCookie(DEMO.admin, baseURL!)]);
    const page = await context.newPage();
    const published = dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PublishedSnapshot" WHERE period = '2024-Q2'`).n;
    if (!published) await publishThroughForm(page, "2024-Q2", { timeout: 30_000 });
    await page.goto(`/admin/laporan/2024-Q2/${unit.slug}/terbitkan`);
    await page.locator("#report-issue-conclusion").fill("Kesimpulan sekretariat untuk laporan yang diukur di layar ponsel, dengan kalimat yang cukup panjang.");
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.locator("#report-issue").getByRole("status")).toContainText("versi 1", { timeout: 30_000 });
    await context.close();
    reportPath = `/laporan/2024-Q2/${unit.slug}`;
  });

  for (const javaScript of [true, false])
    for (const language of LANGUAGES)
      test(`fits at ${WIDTHS_WIDEST_FIRST.join(" and ")} px, JavaScript ${javaScript ? "on" : "off"}, ${language}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: WIDTHS_WIDEST_FIRST[0], height: 740 } });
        await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseURL! }]);
        const page = await context.newPage();
        if (javaScript) await page.addInitScript(recordCanvasText);
        expect((await page.goto(reportPath))?.status()).toBe(200);
        await expectFitsEveryWidth(page, javaScript);
        await context.close();
      });
});
