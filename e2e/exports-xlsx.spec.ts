// The workspace's XLSX exports, read back with a spreadsheet library (exceljs): numeric cells
// equal the JSON figures (numbers, not text that a comma-decimal locale would misread), date
// cells are dates, and there is a header row; held answers are marked as held, complaint cases
// carry their channel. The spec owns its unit and its quarter (2025-Q3).
import ExcelJS from "exceljs";
import type { APIRequestContext } from "@playwright/test";
import { dbGet, dbRun } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";
import { addResponses, createUnitWithHead, responsesWithMeans } from "./plan-helpers";

const PERIOD = "2025-Q3";
let unit: ReturnType<typeof createUnitWithHead>;
let heldId: number;

test.beforeAll(() => {
  unit = createUnitWithHead("xlsx");
  // u1 = 3.375 exactly: the value a comma-decimal spreadsheet turned into 3375 from the CSV.
  addResponses(
    unit.unitId,
    "2025-08",
    responsesWithMeans(40, { u1: 3.375, u2: 3.1, u3: 2.9, u4: 3.6, u5: 3.2, u6: 3.05, u7: 3.4, u8: 2.7, u9: 3.3 }, (i) => ({
      gender: i % 2 ? "female" : "male",
    })),
  );
  // One held answer, stored as the survey stores one: out of the monthly aggregate (so the
  // figures above stay), in the responses export.
  heldId = Number(
    dbRun(
      `INSERT INTO "SurveyResponse" ("unitId", "submittedAt", u1, u2, u3, u4, u5, u6, u7, u8, u9, channel, held, "heldSignals") VALUES (?, ?, 1, 1, 1, 1, 1, 1, 1, 1, 1, 'web', 1, 'browser_repeat,too_fast')`,
      unit.unitId,
      new Date(Date.UTC(2025, 7, 11, 3)).toISOString(),
    ).lastInsertRowid,
  );
});

async function workbook(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows = [] as Record<string, ExcelJS.Cell>[];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return { header, rows, sheet };
}

test("the scores XLSX has numeric cells equal to /api/v1/scores", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  const { header, rows, sheet } = await workbook(page.request, `/admin/ekspor/scores?period=${PERIOD}&unit=${unit.slug}&format=xlsx`);
  expect(header.slice(0, 3)).toEqual(["period", "published", "unit"]);
  expect(sheet.getRow(1).font?.bold).toBe(true);
  expect(rows).toHaveLength(1);
  const json = await (await page.request.get(`/api/v1/scores?period=${PERIOD}`)).json();
  const figures = json.units.find((u: { slug: string }) => u.slug === unit.slug);
  const row = rows[0];
  expect(row.u1.type).toBe(ExcelJS.ValueType.Number);
  expect(row.u1.value).toBe(3.375);
  for (const k of ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]) expect(row[k].value).toBe(figures.elements[k]);
  expect(row.ikm.value).toBe(figures.ikm.value);
  expect(row.ikm_converted.value).toBe(figures.ikm.converted);
  expect(row.score.value).toBe(figures.score);
  expect(row.respondents.value).toBe(figures.respondents);
  expect(row.grade.value).toBe(figures.ikm.grade);
  // Issue 27: the quality category and the scheme it is read under, as the API gives them.
  expect(row.category.value ?? null).toBe(figures.category);
  expect(row.zone_scheme.value).toBe(json.method.settings.zoneScheme.key);
  expect(row.published.type).toBe(ExcelJS.ValueType.Boolean);
});

test("the responses XLSX has answers as numbers and the submission time as a date", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  const { rows } = await workbook(page.request, `/admin/ekspor/responses?period=${PERIOD}&unit=${unit.slug}&format=xlsx`);
  expect(rows).toHaveLength(41);
  const first = dbGet<{ id: number; u1: number; submittedAt: string }>(
    `SELECT id, u1, "submittedAt" FROM "SurveyResponse" WHERE "unitId" = ? ORDER BY id LIMIT 1`,
    unit.unitId,
  );
  expect(rows[0].id.value).toBe(first.id);
  expect(rows[0].u1.type).toBe(ExcelJS.ValueType.Number);
  expect(rows[0].u1.value).toBe(first.u1);
  expect(rows[0].submitted_at.type).toBe(ExcelJS.ValueType.Date);
  // Shown in city time (WIB, UTC+7).
  expect((rows[0].submitted_at.value as Date).getTime()).toBe(new Date(first.submittedAt).getTime() + 7 * 3_600_000);
  // The held answer is told apart from the counted ones (issue 18), with the signals that held it.
  const held = rows.find((r) => r.id.value === heldId)!;
  expect(held.held.type).toBe(ExcelJS.ValueType.Boolean);
  expect(held.held.value).toBe(true);
  expect(held.held_signals.value).toBe("browser_repeat,too_fast");
  expect(rows.filter((r) => r.held.value === false)).toHaveLength(40);
  expect(rows.filter((r) => r.id.value !== heldId).every((r) => r.held_signals.value === null)).toBe(true);
  // The CSV stays, for open data, with the same columns.
  const csv = await page.request.get(`/admin/ekspor/responses?period=${PERIOD}&unit=${unit.slug}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(42);
  expect(lines[0].split(",").slice(-2)).toEqual(["held", "held_signals"]);
  expect(lines.find((l) => l.startsWith(`${heldId},`))).toMatch(/,true,"browser_repeat,too_fast"$/);
});

test("the complaints XLSX has its dates as dates and no reporter data", async ({ page, signInAs }) => {
  const filed = await page.request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` },
    data: {
      unit: unit.slug,
      category: "delay",
      description: "Menunggu tiga jam tanpa kepastian di loket pendaftaran.",
      occurredOn: new Date().toISOString().slice(0, 10),
      anonymous: false,
      contact: { name: "Rahasia Pelapor", phone: "0812-5555-0000" },
    },
  });
  expect(filed.status()).toBe(201);
  await signInAs(DEMO.admin);
  const quarter = dbGet<{ receivedAt: string; id: number }>(`SELECT id, "receivedAt" FROM "Complaint" WHERE "unitId" = ?`, unit.unitId);
  const jakarta = new Date(new Date(quarter.receivedAt).getTime() + 7 * 3_600_000);
  const period = `${jakarta.getUTCFullYear()}-Q${Math.floor(jakarta.getUTCMonth() / 3) + 1}`;
  const { header, rows } = await workbook(page.request, `/admin/ekspor/complaints?period=${period}&unit=${unit.slug}&format=xlsx`);
  expect(rows).toHaveLength(1);
  expect(rows[0].id.value).toBe(quarter.id);
  expect(rows[0].received_at.type).toBe(ExcelJS.ValueType.Date);
  expect(rows[0].category.value).toBe("delay");
  // The way the case came in (issue 12): this one through the API.
  expect(rows[0].channel.value).toBe("api");
  // What a reopening would clear on the case, kept from its history (issue 28): typed too.
  expect(rows[0].reopen_count.value).toBe(0);
  expect(rows[0].inspectorate.value).toBe(false);
  expect(header).toEqual(expect.arrayContaining(["first_verified_at", "last_verified_at", "first_answered_at", "last_answered_at", "action_recorded"]));
  // Never the reporter nor a handle on them: no tracking code, no LAPOR! ticket.
  expect(header.join(",")).not.toMatch(/name|phone|email|description|tracking|ticket|staff/);
});

test("the plans XLSX has due dates as dates and one row per action", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  const plan = dbGet<{ period: string; n: number }>(
    `SELECT p.period AS period, COUNT(a.id) AS n FROM "ImprovementPlan" p JOIN "PlanAction" a ON a."planId" = p.id JOIN "Unit" u ON u.id = p."unitId" WHERE u.slug = 'rshd' GROUP BY p.id ORDER BY p.id LIMIT 1`,
  );
  const { rows } = await workbook(page.request, `/admin/ekspor/plans?period=${plan.period}&unit=rshd&format=xlsx`);
  expect(rows).toHaveLength(plan.n);
  expect(rows[0].due_on.type).toBe(ExcelJS.ValueType.Date);
  expect(rows[0].plan_id.type).toBe(ExcelJS.ValueType.Number);
  expect(rows[0].approved_at.type).toBe(ExcelJS.ValueType.Date);
  expect(rows.map((r) => r.action_status.value)).toEqual(expect.arrayContaining(["done", "dropped"]));
});
