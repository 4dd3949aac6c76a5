// POST /api/v1/surveys against the running production build: valid, every kind of invalid,
// unknown unit, visit codes, the per-address ceiling; and that a refused request stored nothing.
import { dbRun, publicDataChanged } from "./db-helpers";
import { e2eDb, expect, test } from "./fixtures";

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };
let clientNumber = 0;
const client = () => ({ "x-forwarded-for": `10.77.${process.pid % 250}.${(clientNumber++ % 250) + 1}` });

function query<T>(sql: string, ...params: unknown[]): T {
  const sqlite = e2eDb();
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}
/**
 * The unit this spec submits to, and only this spec: the counts compared before and after a
 * request are this unit's, so answers that other specs store meanwhile (in the other worker)
 * cannot move them. A refused body that names no unit could not be stored under any.
 */
const UNIT = "e2e-survey-api";
const unitId = () => query<{ id: number }>(`SELECT id FROM "Unit" WHERE slug = ?`, UNIT).id;
const responseCount = () => query<{ n: number }>(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "unitId" = ?`, unitId()).n;
const aggregateTotal = () => query<{ n: number }>(`SELECT COALESCE(SUM(respondents), 0) AS n FROM "MonthlyAggregate" WHERE "unitId" = ?`, unitId()).n;

test.describe.configure({ mode: "serial" }); // counts of stored rows are compared before and after

test.beforeAll(() => {
  const now = new Date().toISOString();
  dbRun(
    `INSERT OR IGNORE INTO "Unit" (slug, name, "typeId", "headName", "headPhone", active, "createdAt", "updatedAt")
     VALUES (?, 'Unit Uji API Survei', (SELECT id FROM "UnitType" WHERE code = 'dinas'), 'Kepala Uji', '+62 812-0000-9999', 1, ?, ?)`,
    UNIT,
    now,
    now,
  );
  publicDataChanged();
});

test("a valid response is stored with its aggregate and answered 201 { id }", async ({ request }) => {
  const before = { responses: responseCount(), aggregates: aggregateTotal() };
  const res = await request.post("/api/v1/surveys", {
    headers: client(),
    data: {
      unit: UNIT,
      answers,
      profile: { gender: "male", ageBand: "35-44", education: "d4_s1", occupation: "wiraswasta" },
      service: "Sambungan baru",
      comment: "Cepat",
    },
  });
  expect(res.status()).toBe(201);
  const { id } = await res.json();
  expect(Number.isInteger(id)).toBe(true);
  const row = query<Record<string, unknown>>(`SELECT r.*, u.slug FROM "SurveyResponse" r JOIN "Unit" u ON u.id = r."unitId" WHERE r.id = ?`, id);
  expect(row).toMatchObject({ slug: UNIT, ...answers, gender: "male", education: "d4_s1", service: "Sambungan baru", channel: "api", verified: 0 });
  expect(responseCount()).toBe(before.responses + 1);
  expect(aggregateTotal()).toBe(before.aggregates + 1);
});

const invalid: [string, unknown, string][] = [
  ["a missing answer", { unit: UNIT, answers: { ...answers, u9: undefined } }, "u9"],
  ["an answer out of range", { unit: UNIT, answers: { ...answers, u2: 5 } }, "u2"],
  ["an answer of zero", { unit: UNIT, answers: { ...answers, u2: 0 } }, "u2"],
  ["a fractional answer", { unit: UNIT, answers: { ...answers, u3: 2.5 } }, "u3"],
  ["an answer of the wrong type", { unit: UNIT, answers: { ...answers, u4: true } }, "u4"],
  ["an unknown element", { unit: UNIT, answers: { ...answers, u10: 4 } }, "u10"],
  ["no answers at all", { unit: UNIT }, "answers"],
  ["no unit", { answers }, "unit"],
  ["a unit of the wrong type", { unit: 42, answers }, "unit"],
  ["an unknown profile choice", { unit: UNIT, answers, profile: { gender: "other" } }, "gender"],
  ["a comment that is too long", { unit: UNIT, answers, comment: "x".repeat(1001) }, "comment"],
  ["a service that is not text", { unit: UNIT, answers, service: { a: 1 } }, "service"],
  ["an extra field", { unit: UNIT, answers, admin: true }, "admin"],
  ["an array instead of an object", [answers], "body"],
  ["null", null, "body"],
];

for (const [name, body, field] of invalid) {
  test(`${name} is refused with a field error and stores nothing`, async ({ request }) => {
    const before = { responses: responseCount(), aggregates: aggregateTotal() };
    const res = await request.post("/api/v1/surveys", { headers: client(), data: body as object });
    expect(res.status()).toBe(400);
    const json = await res.json();
    expect(json.error).toBe("validation");
    expect(json.fields[field]?.[0], JSON.stringify(json)).toMatch(/\S/);
    expect(responseCount()).toBe(before.responses);
    expect(aggregateTotal()).toBe(before.aggregates);
  });
}

test("a body that is not JSON, or too large, is refused", async ({ request }) => {
  const before = responseCount();
  const notJson = await request.post("/api/v1/surveys", { headers: { ...client(), "content-type": "application/json" }, data: "{unit: rshd" });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).fields.body).toBeTruthy();
  const huge = await request.post("/api/v1/surveys", { headers: client(), data: { unit: UNIT, answers, comment: "x".repeat(40_000) } });
  expect(huge.status()).toBe(400);
  expect(responseCount()).toBe(before);
});

test("errors are in English when the client asks for it", async ({ request }) => {
  const res = await request.post("/api/v1/surveys", {
    headers: { ...client(), "accept-language": "en-GB,en;q=0.9" },
    data: { unit: UNIT, answers: { ...answers, u1: 9 } },
  });
  expect((await res.json()).fields.u1).toEqual(["The answer must be 1, 2, 3 or 4."]);
  const id = await request.post("/api/v1/surveys", { headers: client(), data: { unit: UNIT, answers: { ...answers, u1: 9 } } });
  expect((await id.json()).fields.u1).toEqual(["Jawaban harus 1, 2, 3 atau 4."]);
});

test("an unknown or inactive unit answers 404 and stores nothing", async ({ request }) => {
  const before = responseCount();
  const res = await request.post("/api/v1/surveys", { headers: client(), data: { unit: "unit-yang-tidak-ada", answers } });
  expect(res.status()).toBe(404);
  expect((await res.json()).error).toBe("not_found");
  expect(responseCount()).toBe(before);
});

test("a one-time visit code marks the response verified, once", async ({ request }) => {
  const code = `E2E${Date.now().toString(36).toUpperCase()}`.slice(0, 12);
  const sqlite = e2eDb();
  sqlite.prepare(`INSERT INTO "VisitCode" (code, "unitId", batch, "createdAt") VALUES (?, ?, 'e2e', ?)`).run(code, unitId(), new Date().toISOString());
  sqlite.close();

  const first = await request.post("/api/v1/surveys", { headers: client(), data: { unit: UNIT, answers, visitCode: code.toLowerCase() } });
  expect(first.status()).toBe(201);
  const { id, verified } = await first.json();
  expect(verified).toBe(true);
  expect(query<{ verified: number }>(`SELECT verified FROM "SurveyResponse" WHERE id = ?`, id).verified).toBe(1);
  expect(query<{ responseId: number }>(`SELECT "responseId" FROM "VisitCode" WHERE code = ?`, code).responseId).toBe(id);

  const before = responseCount();
  const again = await request.post("/api/v1/surveys", { headers: client(), data: { unit: UNIT, answers, visitCode: code } });
  expect(again.status()).toBe(400);
  expect((await again.json()).fields.visitCode).toBeTruthy();
  const unknownCode = await request.post("/api/v1/surveys", { headers: client(), data: { unit: UNIT, answers, visitCode: "NOSUCHCODE" } });
  expect(unknownCode.status()).toBe(400);
  expect(responseCount()).toBe(before);
});

test("beyond the per-address ceiling (300 an hour) the API answers 429 with Retry-After and stores nothing", async ({ request }) => {
  test.setTimeout(180_000); // 300 submissions; the server's pace on a busy machine is not the subject
  const headers = { "x-forwarded-for": `10.66.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const statuses: number[] = [];
  // Far above a clinic's WiFi: these are all stored (most of them held), none refused.
  for (let batch = 0; batch < 12; batch++)
    statuses.push(
      ...(await Promise.all(
        Array.from({ length: 25 }, () => request.post("/api/v1/surveys", { headers, data: { unit: UNIT, answers } }).then((r) => r.status())),
      )),
    );
  expect(statuses).toEqual(Array(300).fill(201));
  const before = responseCount();
  const limited = await request.post("/api/v1/surveys", { headers, data: { unit: UNIT, answers } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).error).toBe("rate_limited");
  expect(responseCount()).toBe(before);
});
