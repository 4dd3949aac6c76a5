// The bad-input properties again, on PostgreSQL: the same generated bad bodies against a server of
// its own on a fresh PostgreSQL database get a 4xx and store nothing, and valid submissions whose
// free text carries hostile characters (NUL among them, which PostgreSQL's text cannot hold) are
// accepted and stored instead of failing with a 500. The SQLite side is bad-input.spec.ts and
// complaints-bad-input.spec.ts, against the main end-to-end server.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { badComplaintBody, badComplaintForm, badSurveyBody, badSurveyForm, fuzzSeed, HOSTILE_STRINGS, nastyString } from "./fuzz-values";
import { sessionCookies } from "./fuzz-routes";
import { postgresSetup, prepareDatabase, SERVER_SECRET, startServer, waitReady, type Setup } from "./servers";

const PORT = 3192;
const base = `http://127.0.0.1:${PORT}`;
const ANSWERS = Object.fromEntries(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].map((e, i) => [e, 1 + (i % 4)]));

test.describe.configure({ mode: "serial", timeout: 300_000 });

let setup: Setup | null = null;
let server: ReturnType<typeof startServer> | null = null;

test.beforeAll(async () => {
  test.setTimeout(600_000); // migrations and the demo data on a busy machine (the seed no longer blocks the timer)
  setup = await postgresSetup();
  if (!setup) return;
  await prepareDatabase(setup);
  server = startServer(setup.env, PORT);
  await waitReady(base);
});

test.afterAll(async () => {
  if (server) process.kill(-server.pid!, "SIGTERM");
  await setup?.cleanup();
});

async function rows(table: "SurveyResponse" | "Complaint" | "ComplaintEvent"): Promise<number> {
  const [row] = await setup!.query(`SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(row.n);
}

async function post(path: string, body: string) {
  return fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body });
}

async function postForm(path: string, fields: Record<string, string>) {
  return fetch(base + path, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
}

test("[postgresql] generated bad survey and complaint bodies get a 4xx with a message and store nothing", async () => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  const before = [await rows("SurveyResponse"), await rows("Complaint"), await rows("ComplaintEvent")];
  for (const [path, arbitrary] of [
    ["/api/v1/surveys", badSurveyBody("rshd")],
    ["/api/v1/complaints", badComplaintBody("rshd")],
  ] as const) {
    await fc.assert(
      fc.asyncProperty(arbitrary, fc.boolean(), async (body, truncated) => {
        const text = JSON.stringify(body) ?? "";
        const response = await post(path, truncated ? text.slice(0, -1) : text);
        expect(response.status, `${path} ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(typeof (await response.json()).error).toBe("string");
      }),
      { numRuns: 50, seed: fuzzSeed() },
    );
  }
  expect([await rows("SurveyResponse"), await rows("Complaint"), await rows("ComplaintEvent")]).toEqual(before);
});

test("[postgresql] valid submissions with hostile free text are stored, never a 5xx", async () => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  const texts = [...HOSTILE_STRINGS, "a\u0000b", ...fc.sample(nastyString, { numRuns: 10, seed: fuzzSeed() }).map((s) => s.slice(0, 900))];
  for (const text of texts) {
    const survey = await post("/api/v1/surveys", JSON.stringify({ unit: "rshd", answers: ANSWERS, comment: text.slice(0, 1000), service: text.slice(0, 120) }));
    expect(survey.status, `survey with ${JSON.stringify(text.slice(0, 80))}`).toBe(201);
    const { id } = await survey.json();
    const [stored] = await setup!.query(`SELECT comment FROM "SurveyResponse" WHERE id = ${Number(id)}`);
    // Stored as sent, less its NULs (binary samples may hold lone surrogates, which UTF-8 cannot).
    if (HOSTILE_STRINGS.includes(text)) expect(stored.comment).toBe(text.replaceAll("\u0000", "").trim() || null);
  }
  for (const text of HOSTILE_STRINGS) {
    const complaint = await post(
      "/api/v1/complaints",
      JSON.stringify({
        unit: "rshd",
        category: "other",
        description: `Kejadian di loket pelayanan: ${text}`,
        occurredOn: new Date().toISOString().slice(0, 10),
        staffName: text.slice(0, 120),
        anonymous: true,
      }),
    );
    expect(complaint.status, `complaint with ${JSON.stringify(text)}`).toBe(201);
  }
});

test("[postgresql] the survey and complaint forms: bad fields get the form again and store nothing; hostile text in valid ones is stored", async () => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  const before = [await rows("SurveyResponse"), await rows("Complaint")];
  for (const [path, arbitrary] of [
    ["/s/rshd", badSurveyForm],
    ["/pengaduan", badComplaintForm("rshd")],
  ] as const) {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (form) => {
        const response = await postForm(path, form);
        expect([400, 413], `${path} ${JSON.stringify(form).slice(0, 200)}`).toContain(response.status);
      }),
      { numRuns: 30, seed: fuzzSeed() },
    );
  }
  expect([await rows("SurveyResponse"), await rows("Complaint")]).toEqual(before);
  for (const text of HOSTILE_STRINGS) {
    const survey = await postForm("/s/rshd", { ...Object.fromEntries(Object.entries(ANSWERS).map(([k, v]) => [k, String(v)])), comment: text });
    expect(survey.status, `survey form with ${JSON.stringify(text)}`).toBe(303);
    const complaint = await postForm("/pengaduan", {
      unit: "rshd",
      category: "other",
      description: `Kejadian di loket pelayanan: ${text}`,
      occurredOn: new Date().toISOString().slice(0, 10),
      staffName: text,
      anonymous: "on",
    });
    expect(complaint.status, `complaint form with ${JSON.stringify(text)}`).toBe(303);
  }
  expect([await rows("SurveyResponse"), await rows("Complaint")]).toEqual([before[0] + HOSTILE_STRINGS.length, before[1] + HOSTILE_STRINGS.length]);
});

test("[postgresql] an id beyond an Int column is no record (a 404), never a 5xx from the database", async () => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  // PostgreSQL refuses such a number in a query ("out of range for type integer"); SQLite finds
  // nothing. Found by the route fuzz on /admin/pengguna/9007199254740993.
  const { admin } = await sessionCookies(setup!.query, SERVER_SECRET);
  for (const id of ["2147483648", "9007199254740993", "99999999999999999999"]) {
    for (const path of [
      `/admin/pengguna/${id}`,
      `/admin/unit/${id}`,
      `/admin/unit/${id}/kiosk`,
      `/admin/unit/${id}/poster`,
      `/admin/unit/${id}/kode`,
      `/admin/pengaduan/${id}`,
      `/admin/rencana/${id}`,
      `/api/v1/workspace/complaints/${id}`,
      `/api/v1/workspace/plans/${id}`,
    ]) {
      const response = await fetch(base + path, { headers: { cookie: admin }, redirect: "manual" });
      expect(response.status, path).toBe(404);
    }
    const audit = await fetch(`${base}/admin/audit?actor=${id}`, { headers: { cookie: admin } });
    expect(audit.status, `/admin/audit?actor=${id}`).toBe(200);
    const report = await fetch(`${base}/admin/laporan/2026-Q3/rshd?versi=${id}`, { headers: { cookie: admin } });
    expect(report.status, "a report version that is no id is the latest").toBe(200);
  }
});
