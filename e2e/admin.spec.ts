// The secretariat's and unit heads' workspace end to end: sign-in and sign-out, the dashboard's
// chart and its table, a unit edit in the audit log, publishing a period (the public figures stay
// frozen while responses keep coming), the poster's QR codes decoded from pixels, visit codes,
// the contact reports, CSV exports, and an accessibility check of every workspace page (one test each).
// One file of over 400 lines on purpose: the flows share the demo's sign-ins and units, and the
// table of workspace pages for the accessibility checks (one test per page) is a good part of it.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { cityQuarter, dbGet, dbRun } from "./db-helpers";
import { DEMO, e2eDb, expect, test } from "./fixtures";
import { axeViolations } from "./accessibility";

// Kelurahan offices that no other spec uses, so that specs running in parallel never meet.
const EDITED = "kelurahan-tanah-patah";
const REPORTED = "kelurahan-sawah-lebar-baru";
const EXPORTED = "kelurahan-pagar-dewa";
const PUBLISHED = "kelurahan-panorama";

const unitBySlug = (slug: string) =>
  dbGet<{ id: number; name: string; headName: string; headPhone: string }>(`SELECT id, name, "headName", "headPhone" FROM "Unit" WHERE slug = ?`, slug);

/** Decodes the QR code drawn in `element` from a screenshot of it, as a phone's camera would. */
async function decodeQr(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot({ scale: "device" }));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

test("the secretariat signs in with the form, sees its sections and signs out", async ({ page }) => {
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Kata sandi").fill(DEMO.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const nav = page.getByRole("navigation", { name: /ruang kerja/i });
  for (const section of ["Unit layanan", "Periode & penilaian", "Pengguna", "Log audit", "Ekspor data"])
    await expect(nav.getByRole("link", { name: section })).toBeVisible();
  await nav.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/admin\/masuk/);
  await page.goto("/admin/unit");
  await expect(page).toHaveURL(/\/admin\/masuk\?next=%2Fadmin%2Funit$/);
});

test("a unit head's workspace shows their own unit only", async ({ page, signInAs }) => {
  await signInAs(DEMO.headRshd);
  await page.goto("/admin");
  const rshd = unitBySlug("rshd");
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(rshd.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  await expect(page.getByRole("link", { name: "Unit layanan" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Poster untuk ruang layanan" })).toHaveAttribute("href", `/admin/unit/${rshd.id}/poster`);
});

test("the dashboard draws the city's trend against the zone bands, with the same figures in a table", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto("/admin");
  const canvas = page.getByRole("region", { name: "Skor kota per triwulan" }).locator("canvas");
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAttribute("role", "img");
  await expect(canvas).toHaveAttribute("aria-label", /batas zona merah/);
  // The chart is really painted: the series' blue and the red band's tint are on the canvas.
  const zones = page.getByRole("region", { name: "Sebaran unit per zona" }).locator("canvas");
  await expect(zones).toHaveAttribute("aria-label", /Grafik batang jumlah unit/);
  const zonePixels = await zones.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const seen = { red: 0, yellow: 0, green: 0 };
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r === 204 && g === 0 && b === 0) seen.red++;
      if (r === 230 && g === 170 && b === 0) seen.yellow++;
      if (r === 0 && g === 140 && b === 60) seen.green++;
    }
    return seen;
  });
  // Each zone that has units has a bar (the list under the chart has the same counts).
  for (const [zone, label] of [
    ["red", "Zona merah"],
    ["yellow", "Zona kuning"],
    ["green", "Zona hijau"],
  ] as const) {
    const count = Number(await page.locator(`.zone-counts li.zone-${zone} strong`).textContent());
    await expect(page.locator(`.zone-counts li.zone-${zone}`)).toContainText(label);
    expect(zonePixels[zone] > 0).toBe(count > 0);
  }
  const colours = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let blue = 0;
    let redBand = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && Math.abs(r - 11) < 20 && Math.abs(g - 83) < 20 && Math.abs(b - 148) < 20) blue++;
      if (a > 10 && a < 60 && r > 150 && g < 40 && b < 40) redBand++;
    }
    return { blue, redBand, width: c.width, height: c.height };
  });
  expect(colours.width).toBeGreaterThan(100);
  expect(colours.blue).toBeGreaterThan(50);
  expect(colours.redBand).toBeGreaterThan(1000);

  const table = page.getByRole("table", { name: "Skor kota per triwulan" });
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(rows.first().getByRole("rowheader")).toHaveText(/^\d{4}-Q[1-4]$/);
  // Figures in the reader's language: a decimal comma in Indonesian.
  await expect(rows.filter({ has: page.getByRole("cell", { name: /^\d+,\d\d$/ }) }).first()).toBeVisible();
  for (const heading of [
    "Sebaran unit per zona",
    "Unit di zona merah dan unsur terlemahnya",
    "Unit dengan sampel belum cukup",
    "Tunggakan pengaduan per unit",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
});

test("a unit edit is saved and appears in the audit log with the values before and after", async ({ page, signInAs }) => {
  const unit = unitBySlug(EDITED);
  const newHead = `dr. Uji Audit ${Date.now() % 100000}`;
  await signInAs(DEMO.admin);
  await page.goto(`/admin/unit/${unit.id}`);
  await page.getByLabel("Nama kepala unit").fill(newHead);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan disimpan.");
  expect(unitBySlug(EDITED).headName).toBe(newHead);

  await page.goto("/admin/audit?entity=unit&action=unit.update");
  const row = page.getByRole("row").filter({ hasText: newHead }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText("Sekretariat Daerah (demo)");
  await expect(row).toContainText(`unit #${unit.id}`);
  const [before, after] = await row.locator("code.json").allTextContents();
  expect(JSON.parse(before).headName).toBe(unit.headName);
  expect(JSON.parse(after).headName).toBe(newHead);
  dbRun(`UPDATE "Unit" SET "headName" = ? WHERE id = ?`, unit.headName, unit.id);
});

/** The most recent quarter that has ended and is not published yet (each run publishes one). */
function unpublishedEndedQuarter(): string {
  let { year, quarter } = cityQuarter();
  for (;;) {
    quarter--;
    if (quarter === 0) [year, quarter] = [year - 1, 4];
    const key = `${year}-Q${quarter}`;
    if (dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PublishedSnapshot" WHERE period = ?`, key).n === 0) return key;
  }
}

/**
 * Drops the server's cached public figures, as every settings or checklist change does: saves
 * the standards checklist of a long-past period (2019-Q1, which nothing else reads) as the admin.
 */
async function dropCachedFigures(page: Page, unitId: number) {
  await page.goto("/admin/periode?period=2019-Q1");
  const checklists = () =>
    dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE action = 'checklist.update' AND "entityId" = ?`, `${unitId}:2019-Q1`).n;
  const saved = checklists();
  await page.locator(`#checklist-${unitId} button`).click();
  await expect.poll(checklists).toBe(saved + 1);
}

const round10 = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e10) / 1e10 : v));

const ANSWERS = { u1: 1, u2: 1, u3: 1, u4: 1, u5: 1, u6: 1, u7: 1, u8: 1, u9: 1 };
const KEYS = Object.keys(ANSWERS);

test("publishing a period asks for confirmation and freezes its public figures", async ({ page, signInAs, request }) => {
  test.setTimeout(90_000);
  const period = unpublishedEndedQuarter();
  const scores = async () => {
    const response = await request.get(`/api/v1/scores?period=${period}`);
    expect(response.status()).toBe(200);
    return response.json();
  };
  await signInAs(DEMO.admin);
  // The server's cache may hold the period's figures from before (even from another database
  // under the same build): start from the database's own.
  await dropCachedFigures(page, unitBySlug(PUBLISHED).id);
  const live = await scores();
  expect(live.published).toBe(false);

  await page.goto("/admin/periode");
  const form = page.locator("#publish");
  await form.getByLabel("Periode yang diterbitkan").fill(period);
  await form.getByRole("button", { name: "Terbitkan periode" }).click();
  // Without the confirmation nothing is published.
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.locator("#publish-confirm-error")).not.toBeEmpty();
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PublishedSnapshot" WHERE period = ?`, period).n).toBe(0);

  await form.getByLabel("Ketik ulang kunci periode").fill(period);
  await form.getByLabel(/Saya paham/).check();
  await form.getByRole("button", { name: "Terbitkan periode" }).click();
  await expect(form.getByRole("status")).toHaveText(`Periode ${period} diterbitkan.`);
  await expect(page.getByRole("listitem").filter({ hasText: period })).toBeVisible();

  const frozen = await scores();
  expect(frozen.published).toBe(true);
  // The snapshot keeps 10 decimals (lib/scores/read-model.server.ts); otherwise it is the live report.
  // Specs running beside this one may add units (with no answers) between the two reads: compare
  // the units the live report had, and check that none of them went missing.
  const liveSlugs = new Set(live.units.map((u: { slug: string }) => u.slug));
  const frozenOfLive = frozen.units.filter((u: { slug: string }) => liveSlugs.has(u.slug));
  expect(frozenOfLive).toHaveLength(live.units.length);
  expect(frozenOfLive).toEqual(round10(live.units));
  expect(frozen.city).toEqual(round10(live.city));
  const unitBefore = frozen.units.find((u: { slug: string }) => u.slug === PUBLISHED);

  // New responses for the unit, all at the lowest answer, submitted through the survey API (each
  // from its own address) and then dated into the published period, counted, with their monthly
  // aggregate, as late data would be. (Twelve identical answers in a burst: the last are held,
  // so only the counted ones leave this month's aggregate.)
  const ids: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await request.post("/api/v1/surveys", {
      data: { unit: PUBLISHED, answers: ANSWERS },
      headers: { "x-forwarded-for": `203.0.113.${(Date.now() + i) % 250}` },
    });
    expect(response.status()).toBe(201);
    ids.push((await response.json()).id);
  }
  const unitId = unitBySlug(PUBLISHED).id;
  const [year, q] = period.split("-Q").map(Number);
  const month = `${year}-${String(q * 3).padStart(2, "0")}`;
  const moved = new Date(Date.UTC(year, q * 3 - 1, 10, 3)).toISOString();
  const thisMonth = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const sqlite = e2eDb();
  try {
    sqlite.transaction(() => {
      const held = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE held = 1 AND id IN (${ids.join(",")})`).get() as { n: number }).n;
      sqlite.prepare(`UPDATE "SurveyResponse" SET "submittedAt" = ?, held = 0, "heldSignals" = NULL WHERE id IN (${ids.join(",")})`).run(moved);
      const add = (m: string, n: number) => {
        sqlite.prepare(`INSERT OR IGNORE INTO "MonthlyAggregate" ("unitId", month) VALUES (?, ?)`).run(unitId, m);
        sqlite
          .prepare(
            `UPDATE "MonthlyAggregate" SET respondents = respondents + ?, ${KEYS.map((k) => `"${k}Count" = "${k}Count" + ?, "${k}Sum" = "${k}Sum" + ?`).join(", ")} WHERE "unitId" = ? AND month = ?`,
          )
          .run(n, ...KEYS.flatMap(() => [n, n]), unitId, m);
      };
      add(thisMonth, -(ids.length - held));
      add(month, ids.length);
    })();
  } finally {
    sqlite.close();
  }
  // Drop the cached figures so that a live recount would show.
  await dropCachedFigures(page, unitId);

  const after = await scores();
  expect(after).toEqual(frozen);
  expect(after.units.find((u: { slug: string }) => u.slug === PUBLISHED)).toEqual(unitBefore);
  // The data did change: the period's responses export has them.
  const csv = await (await page.request.get(`/admin/ekspor/responses?period=${period}&unit=${PUBLISHED}`)).text();
  for (const id of ids) expect(csv).toMatch(new RegExp(`^${id},${PUBLISHED},`, "m"));
});

test("the poster's QR code decodes to the unit's survey, and its WhatsApp code to the head's number", async ({ page, signInAs, baseURL }) => {
  const unit = unitBySlug("rshd");
  await signInAs(DEMO.headRshd);
  await page.goto(`/admin/unit/${unit.id}/poster`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(unit.name);
  const surveyUrl = await decodeQr(page.getByTestId("survey-qr"));
  expect(surveyUrl).toBe(`${baseURL}/s/rshd`);
  expect(new URL(surveyUrl!).pathname).toBe("/s/rshd");
  const wa = await decodeQr(page.getByTestId("whatsapp-qr"));
  expect(wa).toBe(`https://wa.me/62${unit.headPhone.replace(/\D/g, "").replace(/^(62|0)/, "")}`);
  await expect(page.getByText(unit.headPhone)).toBeVisible();
  await expect(page.getByText(`${baseURL}/pengaduan?unit=rshd`)).toBeVisible();
  // And the decoded address is the survey a citizen gets.
  const survey = await page.request.get(surveyUrl!);
  expect(survey.status()).toBe(200);
  expect(await survey.text()).toContain(unit.name);
});

test("a unit head prints a sheet of one-time visit codes, and a used code leaves the sheet", async ({ page, signInAs, request }) => {
  const unit = unitBySlug("rshd");
  await signInAs(DEMO.headRshd);
  await page.goto(`/admin/unit/${unit.id}/kode`);
  await page.getByLabel("Jumlah kode baru").fill("4");
  const lastId = dbGet<{ id: number | null }>(`SELECT MAX(id) AS id FROM "VisitCode"`).id ?? 0;
  await page.getByRole("button", { name: "Buat kode" }).click();
  await expect(page.getByRole("status")).toHaveText("4 kode baru dibuat.");
  const made = dbGet<{ codes: string }>(
    `SELECT group_concat(code) AS codes FROM "VisitCode" WHERE id > ? AND "unitId" = ? AND "usedAt" IS NULL`,
    lastId,
    unit.id,
  ).codes.split(",");
  expect(made).toHaveLength(4);
  await page.reload();
  const sheet = page.getByRole("list", { name: "Kode yang belum dipakai" });
  const code = made[0];
  const ticket = sheet.getByRole("listitem").filter({ hasText: code });
  await expect(ticket).toContainText(unit.name);
  await expect(ticket).toContainText("/s/rshd");
  for (const other of made) await expect(sheet.getByText(other, { exact: true })).toBeVisible();

  const response = await request.post("/api/v1/surveys", {
    data: { unit: "rshd", answers: ANSWERS, visitCode: code },
    headers: { "x-forwarded-for": `198.18.${Date.now() % 250}.9` },
  });
  expect(response.status()).toBe(201);
  expect((await response.json()).verified).toBe(true);
  await page.reload();
  await expect(sheet.getByText(code, { exact: true })).toHaveCount(0);
});

test("a report that the head's number does not answer shows in unit management until it is checked", async ({ page, signInAs }) => {
  const unit = unitBySlug(REPORTED);
  dbRun(`UPDATE "ContactReport" SET "resolvedAt" = ? WHERE "unitId" = ? AND "resolvedAt" IS NULL`, new Date().toISOString(), unit.id);
  dbRun(`INSERT INTO "ContactReport" ("unitId", "createdAt") VALUES (?, ?), (?, ?)`, unit.id, new Date().toISOString(), unit.id, new Date().toISOString());
  await signInAs(DEMO.admin);
  await page.goto("/admin/unit");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: unit.name, exact: true }) });
  await expect(row.getByRole("cell").nth(4)).toContainText("2");
  await page.goto(`/admin/unit/${unit.id}`);
  await expect(page.getByRole("list", { name: "2 laporan terbuka" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("region", { name: "Laporan nomor tidak aktif" }).getByRole("button", { name: "Tandai sudah diperiksa" }).click();
  await expect(page.getByText("Tidak ada laporan terbuka.")).toBeVisible();
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "ContactReport" WHERE "unitId" = ? AND "resolvedAt" IS NULL`, unit.id).n).toBe(0);
});

test("exports are CSV, filtered by period and unit, and never hold a reporter's contact", async ({ page, signInAs }) => {
  await signInAs(DEMO.inspector);
  await page.goto("/admin/ekspor");
  const quarter = cityQuarter().key;
  const download = page.waitForEvent("download");
  const section = page.getByRole("region", { name: "Respons survei" });
  await section.getByLabel("Unit").selectOption(EXPORTED);
  await section.getByRole("button", { name: "Unduh CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`respons-${quarter}-${EXPORTED}.csv`);

  const responses = await page.request.get(`/admin/ekspor/responses?period=${quarter}&unit=${EXPORTED}`);
  expect(responses.headers()["content-type"]).toContain("text/csv");
  const lines = (await responses.text()).trim().split(/\r\n/);
  expect(lines[0].split(",")).not.toEqual(expect.arrayContaining(["email", "phone", "name", "reporter"]));
  expect(lines.slice(1).every((l) => l.split(",")[1] === EXPORTED)).toBe(true);
  const unit = unitBySlug(EXPORTED);
  const [year, q] = quarter.split("-Q").map(Number);
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1) - 7 * 3_600_000).toISOString();
  const end = new Date(Date.UTC(q === 4 ? year + 1 : year, q === 4 ? 0 : q * 3, 1) - 7 * 3_600_000).toISOString();
  const inDb = dbGet<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = ? AND "submittedAt" >= ? AND "submittedAt" < ?`,
    unit.id,
    start,
    end,
  ).n;
  expect(lines.length - 1).toBe(inDb);

  const scores = await page.request.get(`/admin/ekspor/scores?period=${quarter}`);
  const scoreText = await scores.text();
  expect(scoreText.split(/\r\n/)[0]).toMatch(/^period,published,unit,name,/);
  expect(scoreText).toContain(`,${EXPORTED},`);

  // No reporter's phone number or email from the complaints appears in either file.
  const sqlite = e2eDb();
  const contacts = (
    sqlite.prepare(`SELECT phone, email FROM "ComplaintReporter" WHERE phone IS NOT NULL OR email IS NOT NULL LIMIT 200`).all() as {
      phone: string | null;
      email: string | null;
    }[]
  )
    .flatMap((c) => [c.phone, c.email])
    .filter((v): v is string => !!v && v.length > 5);
  sqlite.close();
  const all = await (await page.request.get(`/admin/ekspor/responses?period=${quarter}`)).text();
  for (const contact of contacts) {
    expect(all).not.toContain(contact);
    expect(scoreText).not.toContain(contact);
  }

  // A malformed period is refused with the field named.
  const bad = await page.request.get(`/admin/ekspor/scores?period=kemarin`);
  expect(bad.status()).toBe(400);
});

test("the export page: a bad period comes back as the page with the error in words; each format has its own button; a year's plans", async ({
  page,
  signInAs,
}) => {
  await signInAs(DEMO.inspector);
  await page.goto("/admin/ekspor");
  const section = page.getByRole("region", { name: "Rencana tindak lanjut" });
  await section.getByLabel("Periode").fill("kemarin");
  await section.getByRole("button", { name: "Unduh XLSX" }).click();
  await expect(page.locator("#plans-period-error")).toHaveText('Periode "kemarin" tidak dikenal. Tulis TTTT, TTTT-S1, TTTT-Q3 atau TTTT-BB, misalnya 2026-Q3.');
  await expect(section.getByLabel("Periode")).toHaveAttribute("aria-invalid", "true");
  expect((await axeViolations(page)).map((v) => `/admin/ekspor with an error: ${v}`)).toEqual([]);

  // A year's plans are those of its quarters, and the XLSX button downloads XLSX.
  const year = String(cityQuarter().year);
  await section.getByLabel("Periode").fill(year);
  const download = page.waitForEvent("download");
  await section.getByRole("button", { name: "Unduh XLSX" }).click();
  expect((await download).suggestedFilename()).toBe(`rencana-${year}.xlsx`);
  const csv = (await (await page.request.get(`/admin/ekspor/plans?period=${year}`)).text()).trim().split(/\r\n/);
  const inDb = dbGet<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "PlanAction" a JOIN "ImprovementPlan" p ON p.id = a."planId" WHERE p.period LIKE ? OR p.period = ?`,
    `${year}-%`,
    year,
  ).n;
  expect(inDb).toBeGreaterThan(0);
  expect(csv.length - 1).toBe(inDb);
});

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test("a new user changes their password, which ends the old session; failed sign-ins are limited", async ({ page, context, signInAs }) => {
  test.setTimeout(120_000);
  // A user of this run only (the demo users' passwords stay as they are for the other specs),
  // signing in from addresses of this test only, so that its failures limit nobody else.
  const email = `uji.sandi.${Date.now()}@rapor.example`;
  const [first, second] = ["kata-sandi-awal-01", "kata-sandi-baru-02"];
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${Date.now() % 250}` });
  await signInAs(DEMO.admin);
  await page.goto("/admin/pengguna");
  await page.locator("#user-create-name").fill("Pengguna Uji Sandi");
  await page.locator("#user-create-email").fill(email);
  await page.locator("#user-create-role").selectOption("inspector");
  await page.locator("#user-create-password").fill(first);
  await page.locator("#user-create").getByRole("button").click();
  await expect(page.locator("#user-create").getByRole("status")).toHaveText(`Pengguna ${email} ditambahkan.`);
  await context.clearCookies();

  await signInWithForm(page, email, first);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/akun");
  await page.locator('input[name="currentPassword"]').fill("bukan-kata-sandinya");
  await page.locator('input[name="newPassword"]').fill(second);
  await page.locator('input[name="confirmPassword"]').fill(second);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi saat ini salah.")).toBeVisible();
  await page.locator('input[name="currentPassword"]').fill(first);
  await page.locator('input[name="newPassword"]').fill(second);
  await page.locator('input[name="confirmPassword"]').fill(second);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi diganti. Silakan masuk kembali.")).toBeVisible();
  // The session that changed it is over, like every other session of the user.
  await page.goto("/admin/akun");
  await expect(page).toHaveURL(/\/admin\/masuk/);
  expect(
    dbGet<{ n: number }>(
      `SELECT COUNT(*) AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" WHERE u.email = ? AND a.action = 'user.change-password'`,
      email,
    ).n,
  ).toBe(1);

  await signInWithForm(page, email, first);
  await expect(page.locator("#sign-in-error")).toHaveText("Email atau kata sandi salah.");
  await signInWithForm(page, email, second);
  await expect(page).toHaveURL(/\/admin$/);
  await context.clearCookies();

  // Wrong passwords until the limit (10 in 15 minutes per account); then even the right one is refused.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${(Date.now() + 1) % 250}` });
  let attempts = 0;
  for (; attempts < 12; attempts++) {
    await signInWithForm(page, email, `salah-${attempts}-kata-sandi`);
    const error = page.locator("#sign-in-error");
    await expect(error).not.toBeEmpty();
    if ((await error.textContent())?.startsWith("Terlalu banyak")) break;
  }
  expect(attempts).toBeGreaterThanOrEqual(8);
  expect(attempts).toBeLessThan(12);
  await signInWithForm(page, email, second);
  await expect(page.locator("#sign-in-error")).toHaveText("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/masuk/);
});

async function expectAccessibleAt(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await axeViolations(page)).map((v) => `${path}: ${v}`)).toEqual([]);
}

// One test per page (a walk of many pages under one timeout fails on a busy machine). Paths
// with {unit} (RSHD's id) and {user} (RSHD's head) are filled in each test.
const AXE_PAGES: [who: string | null, path: string][] = [
  [null, "/admin/masuk"],
  ...[
    "/admin",
    "/admin/akun",
    "/admin/unit",
    "/admin/unit/baru",
    "/admin/unit/{unit}",
    "/admin/unit/{unit}/poster",
    "/admin/unit/{unit}/kode",
    "/admin/periode",
    "/admin/respons",
    "/admin/pengguna",
    "/admin/pengguna/{user}",
    "/admin/audit",
    "/admin/ekspor",
  ].map((path) => [DEMO.admin, path] as [string, string]),
  // A unit head's home, and the 403 page.
  [DEMO.headRshd, "/admin"],
  [DEMO.headRshd, "/admin/unit"],
];

for (const [who, template] of AXE_PAGES) {
  test(`workspace page ${template} (${who ?? "signed out"}) passes an accessibility check`, async ({ page, signInAs }) => {
    test.setTimeout(120_000); // axe on a large page takes seconds of CPU, many on a busy machine
    const path = template
      .replace("{unit}", String(unitBySlug("rshd").id))
      .replace("{user}", String(dbGet<{ id: number }>(`SELECT id FROM "User" WHERE email = ?`, DEMO.headRshd).id));
    if (who) await signInAs(who);
    await expectAccessibleAt(page, path);
  });
}
