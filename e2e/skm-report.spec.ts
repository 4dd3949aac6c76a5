// The SKM report end to end: it carries every figure of /api/v1/scores for its unit and period,
// profile counts equal to the stored responses, a PDF whose text has the unit, period, IKM and
// grade; a published period's report keeps its figures after late responses and complaints, an
// issued report keeps its text, and a correction is a second version beside the first. The spec
// owns its unit; its quarter, 2025-Q4, is published by the spec (the demo data start in December).
// The city's report of the same quarter: provisional before publication, then the city's figures
// of /api/v1/scores, its PDF, issuing and the public copy. Then, each with units of its own in a
// quarter before the demo data: the citizens' comments the secretariat selects reach the issued
// report anonymised (2024-Q4), and the period's ZIP holds one PDF per report of the period's list
// and the city's (2024-Q3).
// One file of over 400 lines on purpose: its tests share that unit and the published quarter,
// set up once; two files would publish the same period and race.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { DEMO, expect, sessionCookie, test } from "./fixtures";
import { addResponses, createUnitWithHead, responsesWithMeans, type Answers } from "./plan-helpers";
import { publishThroughForm } from "./workspace-forms";
import { expectAccessible } from "./accessibility";

const PERIOD = "2025-Q4";
const KEYS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];
const GENDERS = ["male", "female", null];
const AGES = ["17-24", "25-34", "35-44", null];

test.describe.configure({ mode: "serial", timeout: 120_000 });
const SLOW = { timeout: 30_000 };
let unit: ReturnType<typeof createUnitWithHead>;

test.beforeAll(() => {
  unit = createUnitWithHead("laporan");
  addResponses(
    unit.unitId,
    "2025-11",
    responsesWithMeans(36, { u1: 2.5, u2: 2.25, u3: 1.75, u4: 3, u5: 2.5, u6: 2, u7: 2.75, u8: 1.5, u9: 2.5 }, (i) => ({
      gender: GENDERS[i % 3],
      ageBand: AGES[i % 4],
      education: i % 2 ? "sma" : "d4_s1",
      occupation: i % 5 ? "swasta" : null,
    })),
  );
  // An approved plan for the period, so the report can be issued.
  approvePlan(unit.unitId, PERIOD, { element: "u8", description: "Loket pengaduan dibuka setiap hari kerja.", dueOn: "2026-02-28T00:00:00.000Z" });
});

/**
 * The unit's figures from the open data API. Asked again until the unit is there: a cached report
 * past its lifetime is served once more while it is recomputed (the cache outlives a restart).
 */
async function unitFigures(request: APIRequestContext) {
  let figures:
    | {
        elements: Record<string, number>;
        ikm: { value: number; converted: number; grade: string };
        score: number;
        rank: number | null;
        minimumSample: number;
        respondents: number;
      }
    | undefined;
  await expect(async () => {
    const json = await (await request.get(`/api/v1/scores?period=${PERIOD}`)).json();
    figures = json.units.find((u: { slug: string }) => u.slug === unit.slug);
    expect(figures).toBeDefined();
  }).toPass({ timeout: 30_000 });
  return figures!;
}

const reportPath = () => `/admin/laporan/${PERIOD}/${unit.slug}`;

test("the report carries every figure of /api/v1/scores for its unit and the stored profile counts", async ({ page, signInAs, request }) => {
  await signInAs(DEMO.admin);
  await page.goto(reportPath());
  await expect(page.locator("#report-unit")).toHaveText(unit.name);
  await expect(page.locator("#report-period")).toHaveText(PERIOD);
  await expect(page.locator("#report-status")).toContainText("SEMENTARA");
  const figures = await unitFigures(request);
  for (const k of KEYS)
    expect(Number(await page.locator(`#report-elements tr[data-element="${k}"] td[data-value]`).getAttribute("data-value"))).toBe(figures.elements[k]);
  expect(Number(await page.locator("#report-ikm").getAttribute("data-value"))).toBe(figures.ikm.value);
  expect(Number(await page.locator("#report-ikm-converted").getAttribute("data-value"))).toBe(figures.ikm.converted);
  expect(Number(await page.locator("#report-score").getAttribute("data-value"))).toBe(figures.score);
  await expect(page.locator("#report-grade")).toContainText(figures.ikm.grade);
  await expect(page.locator("#report-rank")).toHaveText(String(figures.rank ?? "–"));
  await expect(page.locator("#report-sample")).toContainText(`Minimal ${figures.minimumSample} responden`);
  await expect(page.locator("#report-sample")).toContainText(`terkumpul ${figures.respondents}`);

  for (const [field, column] of [
    ["gender", "gender"],
    ["ageBand", "ageBand"],
    ["education", "education"],
    ["occupation", "occupation"],
  ]) {
    const rows = await page.locator(`#profile-${field} tbody tr`).all();
    for (const row of rows) {
      const value = await row.getAttribute("data-value");
      const stored = dbGet<{ n: number }>(
        `SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = ? AND excluded = 0 AND ${value === "unknown" ? `"${column}" IS NULL` : `"${column}" = ?`}`,
        ...(value === "unknown" ? [unit.unitId] : [unit.unitId, value]),
      ).n;
      await expect(row.locator("td").first()).toHaveText(String(stored));
    }
  }
});

/** The text of a PDF, page by page (pdfjs). */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++)
    pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" "));
  return pages;
}

/**
 * The PDF at `pdfPath` has every cell of every table of the HTML document at `htmlPath`, and its
 * chapter titles (one layout printed: the PDF is the HTML). Compared without white space, which
 * the PDF's text runs split differently.
 */
async function expectPdfHasTheDocument(page: Page, htmlPath: string, pdfPath: string) {
  const response = await page.request.get(pdfPath, SLOW);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bytes = new Uint8Array(await response.body());
  expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  const pages = await pdfPages(bytes);
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const text = squeeze(pages.join(""));
  await page.goto(htmlPath);
  const cells = await page.locator("#report table th, #report table td").allInnerTexts();
  const headings = await page.locator("#report h2, #report h3").allInnerTexts();
  const signature = await page.locator("#report [data-signature] p").allInnerTexts();
  expect(cells.length).toBeGreaterThan(50);
  const missing = [...cells, ...headings, ...signature].map(squeeze).filter((cell) => cell !== "" && !text.includes(cell));
  expect(missing).toEqual([]);
  // The signed document's frame: foreword, contents with page numbers, chapters I to V, signature.
  for (const title of [
    "KATA PENGANTAR",
    "DAFTAR ISI",
    "BAB I PENDAHULUAN",
    "BAB II PENGUMPULAN DATA SKM",
    "BAB III HASIL PENGOLAHAN DATA SKM",
    "BAB IV ANALISIS HASIL SKM",
    "BAB V KESIMPULAN",
    "LAMPIRAN",
  ])
    expect(text).toContain(squeeze(title));
  expect(text).toMatch(/BABIPENDAHULUAN\d+A\.Latarbelakang\d+/);
  expect(text).toContain("NIP.");
  return pages;
}

test("the report's PDF is its HTML document printed: every table cell and heading, the unit, the period, the IKM and the grade", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs(DEMO.admin);
  const pages = await expectPdfHasTheDocument(page, reportPath(), `${reportPath()}/pdf`);
  const text = pages.join("\n");
  const figures = await unitFigures(request);
  const id = (v: number, digits: number) => new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  expect(text).toContain(unit.name);
  expect(text).toContain(PERIOD);
  expect(text).toContain(id(figures.ikm.value, 3));
  expect(text).toContain(id(figures.ikm.converted, 2));
  expect(text).toContain(`${figures.ikm.grade} (`);
  // The questionnaire with its answer scales, and the arrows and links as printed (not "->", not a bare path).
  expect(text).toContain("1 = Tidak sesuai");
  expect(text).not.toContain("->");
  expect(pages.length).toBeGreaterThan(3);
});

test("the city's PDF is its HTML document printed: every table cell and heading", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await expectPdfHasTheDocument(page, cityPath(), `${cityPath()}/pdf`);
});

/** Opens a report as the secretariat with JavaScript off: its chapters and `figure` are there, and no script. */
async function readableWithoutScript(browser: Browser, baseURL: string, path: string, figure: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "id-ID" });
  await context.addCookies([await sessionCookie(DEMO.admin, baseURL)]);
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "BAB I PENDAHULUAN" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "BAB V KESIMPULAN" })).toBeVisible();
  await expect(page.locator(figure)).not.toBeEmpty();
  expect(await page.locator("script").count()).toBe(0);
  await context.close();
}

test("the report is readable with JavaScript off", async ({ browser, baseURL }) => {
  await readableWithoutScript(browser, baseURL!, reportPath(), "#report-grade");
});

// axe runs in the page, so it needs JavaScript: checked in a normal context.
test("the report and the period's report list pass axe", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto(reportPath());
  await expectAccessible(page);
  await page.goto(`/admin/laporan?period=${PERIOD}`);
  await expectAccessible(page);
});

const cityPath = () => `/admin/laporan/${PERIOD}/kota`;

test("the city's report: provisional before publication, linked from the period's list, passes axe, reads with JavaScript off; not for a unit head, not public before issue", async ({
  page,
  signInAs,
  browser,
  baseURL,
  request,
}) => {
  await signInAs(DEMO.admin);
  await page.goto(`/admin/laporan?period=${PERIOD}`);
  await expect(page.locator(`#city-report a[href="${cityPath()}"]`)).toHaveText("Lihat");
  await page.locator(`#city-report a[href="${cityPath()}"]`).click();
  await expect(page.locator("#report-unit")).toHaveText("Kota Bengkulu");
  await expect(page.locator("#report-period")).toHaveText(PERIOD);
  await expect(page.locator("#report-status")).toContainText("SEMENTARA");
  await expect(page.locator("#report-zone-red caption")).toContainText("Zona merah");
  await expect(page.locator("#report-comments")).toHaveCount(0);
  await expectAccessible(page);

  await readableWithoutScript(browser, baseURL!, cityPath(), "#report-zone-green");

  // A unit head reads their own unit's report, not the city's, and cannot issue it.
  const head = await browser.newContext({ baseURL });
  await head.addCookies([await sessionCookie(unit.headEmail, baseURL!)]);
  expect((await head.request.get(reportPath())).status()).toBe(200);
  for (const path of [cityPath(), `${cityPath()}/pdf`, `${cityPath()}/terbitkan`])
    expect((await head.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  await head.close();
  expect((await request.get(`/laporan/${PERIOD}/kota`)).status()).toBe(404);
});

test("a published period's report keeps its figures after late responses and complaints; an issued report keeps its text; a correction adds a version", async ({
  page,
  signInAs,
}) => {
  await signInAs(DEMO.admin);
  // Publish the period.
  await publishThroughForm(page, PERIOD, SLOW);

  await page.goto(reportPath());
  await expect(page.locator("#report-status")).toContainText("telah diterbitkan");
  const figuresBefore = await page.locator("#report-index, #report-elements, .profile, #report-complaints").allInnerTexts();

  // Issue it, with an edited conclusion.
  await page.goto(`${reportPath()}/terbitkan`);
  await page.locator("#report-issue-conclusion").fill("Kesimpulan yang disunting sekretariat untuk periode ini, berdasarkan angka yang diterbitkan.");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 1.", SLOW);
  await page.goto(reportPath());
  await expect(page.locator("#report-conclusion")).toHaveText("Kesimpulan yang disunting sekretariat untuk periode ini, berdasarkan angka yang diterbitkan.");
  const issuedText = await page.locator("#report").innerText();

  // Late data in the period: responses and a complaint.
  addResponses(
    unit.unitId,
    "2025-12",
    responsesWithMeans(10, { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 }, () => ({ gender: "female", ageBand: "55+" })),
  );
  const now = new Date().toISOString();
  dbRun(
    `INSERT INTO "Complaint" ("trackingCode", "unitId", category, description, status, "receivedAt", "updatedAt") VALUES (?, ?, 'delay', 'Keterlambatan yang dilaporkan terlambat.', 'received', '2025-12-15T03:00:00.000Z', ?)`,
    `E2E${Date.now()}`.slice(0, 14),
    unit.unitId,
    now,
  );
  publicDataChanged(); // as filing a case does

  await page.reload();
  expect(await page.locator("#report").innerText()).toBe(issuedText);
  // Published figures, even for the draft view of the same data: the period's snapshot and frozen counts.
  const draft = await page.request.get(`/api/v1/scores?period=${PERIOD}`);
  expect((await draft.json()).published).toBe(true);

  // A correction is a second, dated version; the first stays.
  await page.goto(`${reportPath()}/terbitkan`);
  await page.locator("#report-issue-conclusion").fill("Kesimpulan yang dikoreksi: angka tidak berubah, kalimat diperjelas untuk warga.");
  await page.locator("#report-issue-note").fill("Perbaikan kalimat kesimpulan.");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 2.", SLOW);
  await page.goto(reportPath());
  await expect(page.locator("#report-conclusion")).toContainText("dikoreksi");
  expect(await page.locator("#report-index, #report-elements, .profile, #report-complaints").allInnerTexts()).toEqual(figuresBefore);
  await page.goto(`${reportPath()}?versi=1`);
  // Version 1 is as it was issued, plus the line that says a newer version exists.
  await expect(page.locator("#report-newer")).toContainText("Versi yang lebih baru telah terbit: versi 2");
  expect((await page.locator("#report").innerText()).replace(/\n?Versi yang lebih baru telah terbit:[^\n]*/, "")).toBe(issuedText);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SkmReport" WHERE "unitId" = ?`, unit.unitId).n).toBe(2);
  // Issued reports are public.
  const publicPage = await page.request.get(`/laporan/${PERIOD}/${unit.slug}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain("dikoreksi");
});

test("the published city's report has the city's IKM, NRR per element and respondents of /api/v1/scores, a PDF with the city, period, IKM and grade; issued, it is public", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs(DEMO.admin);
  // Published by the test above: the API and the report read the same frozen snapshot.
  const api = await (await request.get(`/api/v1/scores?period=${PERIOD}`)).json();
  expect(api.published).toBe(true);
  const city: { elements: Record<string, number>; ikm: { value: number; converted: number; grade: string }; respondents: number; score: number } = api.city;
  await page.goto(cityPath());
  await expect(page.locator("#report-status")).toContainText("telah diterbitkan");
  for (const k of KEYS)
    expect(Number(await page.locator(`#report-elements tr[data-element="${k}"] td[data-value]`).getAttribute("data-value"))).toBe(city.elements[k]);
  expect(Number(await page.locator("#report-ikm").getAttribute("data-value"))).toBe(city.ikm.value);
  expect(Number(await page.locator("#report-ikm-converted").getAttribute("data-value"))).toBe(city.ikm.converted);
  expect(Number(await page.locator("#report-score").getAttribute("data-value"))).toBe(city.score);
  await expect(page.locator("#report-grade")).toContainText(city.ikm.grade);
  await expect(page.locator("#report-sample")).toContainText(`terkumpul ${city.respondents}.`);
  // Every ranked unit of the API is in the table of its zone.
  for (const u of api.units.filter((x: { ranked: boolean }) => x.ranked))
    await expect(page.locator(`#report-zone-${u.zone} tr[data-unit="${u.slug}"]`)).toHaveCount(1);

  const response = await page.request.get(`${cityPath()}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain(`laporan-skm-kota-${PERIOD}.pdf`);
  const bytes = new Uint8Array(await response.body());
  expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++)
    text += (await (await pdf.getPage(i)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ") + "\n";
  const id = (v: number, digits: number) => new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  for (const expected of ["Kota Bengkulu", PERIOD, id(city.ikm.value, 3), id(city.ikm.converted, 2), `${city.ikm.grade} (`]) expect(text).toContain(expected);

  // Issued by the secretariat with an edited conclusion: public, in HTML and PDF, and linked from the home page.
  await page.goto(`${cityPath()}/terbitkan`);
  await expectAccessible(page);
  const conclusion = "Kesimpulan kota yang disunting sekretariat, berdasarkan angka periode yang diterbitkan.";
  await page.locator("#report-issue-conclusion").fill(conclusion);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 1.", SLOW);
  const publicPage = await request.get(`/laporan/${PERIOD}/kota`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain(conclusion);
  const publicPdf = await request.get(`/laporan/${PERIOD}/kota/pdf`);
  expect(Buffer.from((await publicPdf.body()).subarray(0, 5)).toString()).toBe("%PDF-");
  await expect(async () => expect(await (await request.get("/")).text()).toContain(`href="/laporan/${PERIOD}/kota"`)).toPass({ timeout: 30_000 });
});

/** An approved plan of `unitId` for `period` (with one action), so that its report can be issued. */
function approvePlan(unitId: number, period: string, action = { element: "u3", description: "Loket informasi dibuka.", dueOn: "2025-02-28T00:00:00.000Z" }) {
  const now = new Date().toISOString();
  const plan = dbRun(
    `INSERT INTO "ImprovementPlan" ("unitId", period, status, "submittedAt", "approvedAt", "createdAt", "updatedAt") VALUES (?, ?, 'approved', ?, ?, ?, ?)`,
    unitId,
    period,
    now,
    now,
    now,
    now,
  ).lastInsertRowid;
  dbRun(
    `INSERT INTO "PlanAction" ("planId", element, description, responsible, "dueOn", status, "createdAt", "updatedAt") VALUES (?, ?, ?, 'Kepala Seksi', ?, 'planned', ?, ?)`,
    plan,
    action.element,
    action.description,
    action.dueOn,
    now,
    now,
  );
  publicDataChanged();
}

const ALL_THREE: Answers = { u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 };

test("the secretariat selects a citizen's comment for the issued report: it appears anonymised under its element, an unselected one does not", async ({
  page,
  signInAs,
  request,
}) => {
  const period = "2024-Q4";
  const own = createUnitWithHead("komentar");
  addResponses(own.unitId, "2024-11", [
    { answers: { ...ALL_THREE, u3: 1 }, comment: "Pak Hartono di loket 2 meminta uang tambahan, hubungi 0812-3456-7890." },
    { answers: { ...ALL_THREE, u8: 2 }, comment: "Ruang tunggu panas sekali, kipas rusak." },
    ...responsesWithMeans(3, ALL_THREE),
  ]);
  const now = new Date().toISOString();
  dbRun(
    `INSERT INTO "Complaint" ("trackingCode", "unitId", category, description, channel, "receivedAt", "updatedAt") VALUES (?, ?, 'delay', 'Berkas belum selesai setelah tiga minggu.', 'whatsapp', '2024-11-12T03:00:00.000Z', ?)`,
    `K${own.unitId}-${Date.now()}`.slice(0, 20),
    own.unitId,
    now,
  );
  publicDataChanged(); // as filing a case does
  approvePlan(own.unitId, period);
  const report = `/admin/laporan/${period}/${own.slug}`;
  await signInAs(DEMO.admin);

  // The draft holds no comment, only the sentence that raw comments stay in the workspace.
  await page.goto(report);
  await expect(page.locator("#report-status")).toContainText("Draf");
  await expect(page.locator("#report-comments")).toHaveCount(0);
  await expect(page.locator("#report")).not.toContainText("Ruang tunggu panas");

  // The issue page offers both comments, already anonymised, each under its lowest element.
  await page.goto(`${report}/terbitkan`);
  const named = page.getByRole("group", { name: /^U3 / });
  const other = page.getByRole("group", { name: /^U8 / });
  await expect(named.getByLabel("Teks yang diterbitkan")).toHaveValue("Pak […] di loket 2 meminta uang tambahan, hubungi […].");
  await expect(other.getByLabel("Teks yang diterbitkan")).toHaveValue("Ruang tunggu panas sekali, kipas rusak.");
  expect(await page.content()).not.toContain("Hartono");
  await expectAccessible(page);

  // Selected and edited (the edit names the officer again: the server removes it again).
  await named.getByLabel("Masukkan ke laporan").check();
  await named.getByLabel("Teks yang diterbitkan").fill("Pak Hartono di loket 2 meminta uang tambahan di luar tarif.");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 1.", SLOW);

  await page.goto(report);
  const comments = page.locator("#report-comments");
  await expect(comments.locator('section[data-element="u3"] li')).toHaveText("Pak […] di loket 2 meminta uang tambahan di luar tarif.");
  await expect(comments.locator("li")).toHaveCount(1);
  await expect(page.locator('#report-complaint-channels tr[data-channel="whatsapp"] td')).toHaveText("1");
  const text = await page.locator("#report").innerText();
  for (const absent of ["Hartono", "0812", "3456-7890", "Ruang tunggu panas"]) expect(text).not.toContain(absent);

  // The issued report is public, with the same comment and nothing else.
  const publicPage = await request.get(`/laporan/${period}/${own.slug}`);
  expect(publicPage.status()).toBe(200);
  const body = await publicPage.text();
  expect(body).toContain("meminta uang tambahan di luar tarif");
  for (const absent of ["Hartono", "0812", "Ruang tunggu panas"]) expect(body).not.toContain(absent);
});

test("a correction starts from the previous version's comments and texts, is refused without its note, and the older version links the newer", async ({
  page,
  signInAs,
  request,
}) => {
  const period = "2024-Q2";
  const own = createUnitWithHead("koreksi");
  addResponses(own.unitId, "2024-05", [
    { answers: { ...ALL_THREE, u3: 1 }, comment: "Petugas loket lama sekali melayani." },
    { answers: { ...ALL_THREE, u8: 1 }, comment: "Toilet kotor dan bau." },
    ...responsesWithMeans(3, ALL_THREE),
  ]);
  approvePlan(own.unitId, period);
  const report = `/admin/laporan/${period}/${own.slug}`;
  await signInAs(DEMO.admin);

  // Version 1 with one chosen comment, its text edited.
  await page.goto(`${report}/terbitkan`);
  const slow = page.getByRole("group", { name: /^U3 / });
  await slow.getByLabel("Masukkan ke laporan").check();
  await slow.getByLabel("Teks yang diterbitkan").fill("Petugas loket lambat melayani warga.");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 1.", SLOW);

  // The correction form starts from version 1: the comment ticked with its approved text, counted in its element.
  await page.goto(`${report}/terbitkan`);
  await expect(page.locator("#report-issue-correction")).toContainText("Versi 1 telah terbit");
  await expect(slow.getByLabel("Masukkan ke laporan")).toBeChecked();
  await expect(slow.getByLabel("Teks yang diterbitkan")).toHaveValue("Petugas loket lambat melayani warga.");
  await expect(page.getByRole("group", { name: /^U8 / }).getByLabel("Masukkan ke laporan")).not.toBeChecked();
  await expect(page.locator('.chooser-count[data-section="u3"]')).toHaveText("(1 dari 1 dipilih)");
  await expect(page.locator('.chooser-count[data-section="u8"]')).toHaveText("(0 dari 1 dipilih)");
  // The search finds a comment by a word of its text and hides the rest.
  await page.getByLabel("Cari komentar").fill("toilet");
  await expect(slow).toBeHidden();
  await expect(page.getByRole("group", { name: /^U8 / })).toBeVisible();
  await page.getByLabel("Cari komentar").fill("");
  await expectAccessible(page);

  // Without a correction note the new version is refused, and nothing chosen is lost.
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue-note-error")).toContainText("catatan koreksi", SLOW);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SkmReport" WHERE "unitId" = ?`, own.unitId).n).toBe(1);
  await expect(slow.getByLabel("Masukkan ke laporan")).toBeChecked();
  await page.locator("#report-issue-note").fill("Perbaikan ejaan kesimpulan.");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.locator("#report-issue").getByRole("status")).toHaveText("Laporan diterbitkan sebagai versi 2.", SLOW);

  // Version 2 keeps version 1's comment and prints its note; version 1 links version 2.
  await page.goto(report);
  await expect(page.locator('#report-comments section[data-element="u3"] li')).toHaveText("Petugas loket lambat melayani warga.");
  await expect(page.locator("#report-status")).toContainText("Perbaikan ejaan kesimpulan.");
  await expect(page.locator("#report-newer")).toHaveCount(0);
  await page.goto(`${report}?versi=1`);
  await expect(page.locator("#report-newer a")).toHaveAttribute("href", `${report}?versi=2`);
  const publicOld = await (await request.get(`/laporan/${period}/${own.slug}?versi=1`)).text();
  expect(publicOld).toContain(`href="/laporan/${period}/${own.slug}?versi=2"`);

  // The public unit page and the public list of issued reports link the latest version.
  expect(await (await request.get(`/unit/${own.slug}`)).text()).toContain(`href="/laporan/${period}/${own.slug}"`);
  await page.goto("/laporan");
  await expect(page.locator(`.report-list[data-period="${period}"] li[data-segment="${own.slug}"]`)).toContainText("versi 2");
  await expectAccessible(page);
});

test("the period's ZIP holds one valid PDF per report of the period's list, named by unit, and the city's; a unit head gets 403, an anonymous visitor 401", async ({
  page,
  signInAs,
  context,
  request,
}) => {
  const period = "2024-Q3";
  const surveyed = createUnitWithHead("zip-survei");
  addResponses(surveyed.unitId, "2024-08", responsesWithMeans(12, ALL_THREE));
  const planned = createUnitWithHead("zip-rencana"); // no responses, an approved plan: it has a report too
  approvePlan(planned.unitId, period);

  await signInAs(DEMO.admin);
  // The period's list: the units with respondents or a plan have a report.
  await page.goto(`/admin/laporan?period=${period}`);
  await expect(page.locator(`tr[data-unit="${surveyed.slug}"] td`).first()).toHaveText("12");
  const listed: string[] = [];
  for (const row of await page.locator("tr[data-unit]").all()) {
    const respondents = Number(await row.locator("td").first().innerText());
    const hasPlan = (await row.locator("td").nth(1).locator("a").count()) > 0;
    if (respondents > 0 || hasPlan) listed.push((await row.getAttribute("data-unit"))!);
  }
  expect(listed).toEqual(expect.arrayContaining([surveyed.slug, planned.slug]));

  const response = await page.request.get(`/admin/laporan/${period}/zip`, SLOW);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await response.body()));
  expect(Object.keys(files).sort()).toEqual([...listed, "kota"].map((slug) => `laporan-skm-${slug}-${period}.pdf`).sort());
  for (const [name, bytes] of Object.entries(files)) {
    expect(Buffer.from(bytes.slice(0, 5)).toString(), name).toBe("%PDF-");
    expect(Buffer.from(bytes.slice(-8)).toString(), name).toContain("%%EOF");
  }

  // A unit head may read their own report, not the period's ZIP; a download answers 401 to an anonymous visitor.
  await context.clearCookies();
  await signInAs(surveyed.headEmail);
  expect((await page.request.get(`/admin/laporan/${period}/zip`)).status()).toBe(403);
  expect((await request.get(`/admin/laporan/${period}/zip`)).status()).toBe(401);
});
