// No input answers 500, on SQLite and on PostgreSQL, each on a server of its own (fresh database
// with the demo data, so that every table's row count can be compared):
// - the reproductions of issue 17, one test each: a lone UTF-16 surrogate in a text field of the
//   survey and complaint APIs is stored as U+FFFD (or refused, for a visit code that cannot
//   exist), and a path with malformed percent-encoding gets the 404 page (pages) or a 400 JSON
//   error (APIs), on every dynamic route;
// - the route fuzz (e2e/fuzz-routes.ts): FUZZ_REQUESTS (default 1,000: a fixed seed's replay that
//   reaches every route, every role and each kind of bad input, checked before it is sent; the
//   10,000 and more of `npm run fuzz` explore with a new seed) generated requests per database
//   against every route, signed out and signed in, 0 answers >= 500, and not one stored row
//   changed by them (every generated request is one the app must refuse or only read).
// Ports: E2E_PORT + 3 (SQLite) and + 4 (PostgreSQL), so that parallel runs on other ports do
// not collide.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { appRoutes, coverageGaps, fuzzBatches, fuzzContext, fuzzRequest, rowCounts, runFuzz } from "./fuzz-routes";
import { MALFORMED_PERCENT } from "./fuzz-values";

/** The route fuzz's seed in `npm test`: replayed on both databases after the fixes it led to. */
const ROUTE_FUZZ_SEED = 3100;
import { postgresSetup, prepareDatabase, sqliteSetup, startServer, waitReady, SERVER_SECRET, type Setup } from "./servers";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// 1,000 per database replay seed 3100's reach (every route about 15 times; 500 already reach every
// route, role and kind of input, the check below says so on each run) at a tenth of 10,000's cost.
const FUZZ_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const ANSWERS = { u1: 4, u2: 3, u3: 3, u4: 2, u5: 4, u6: 3, u7: 3, u8: 4, u9: 1 };
const today = () => new Date().toISOString().slice(0, 10);

/** The paths of the issue, then each dynamic route with a segment that does not decode. */
const ISSUE_PATHS = ["/unit/%ff", "/unit/%E0%A4%A", "/lacak/%ff%fe", "/s/%ED%A0%80", "/api/v1/complaints/%ED%A0%80"];
const UNDECODABLE = MALFORMED_PERCENT.filter((v) => {
  try {
    return decodeURIComponent(v).includes("\u0000");
  } catch {
    return true;
  }
});

for (const [provider, makeSetup, port] of [
  ["sqlite", sqliteSetup, E2E_PORT + 3],
  ["postgresql", postgresSetup, E2E_PORT + 4],
] as const) {
  test.describe(`[${provider}]`, () => {
    test.describe.configure({ mode: "serial", timeout: 120_000 });
    const base = `http://127.0.0.1:${port}`;
    let setup: Setup | null = null;
    let server: ReturnType<typeof startServer> | null = null;

    test.beforeAll(async () => {
      test.setTimeout(600_000); // migrations and the demo data on a busy machine
      setup = await makeSetup();
      if (!setup) return;
      await prepareDatabase(setup);
      server = startServer(setup.env, port);
      await waitReady(base);
    });

    test.afterAll(async () => {
      if (server) process.kill(-server.pid!, "SIGTERM");
      await setup?.cleanup();
    });

    const post = (path: string, body: string) => fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body });
    const one = async (sql: string) => (await setup!.query(sql))[0];

    for (const field of ["comment", "service"] as const) {
      test(`a lone surrogate in the survey API's ${field} is stored as U+FFFD, not a 500`, async () => {
        test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
        // As sent by a client: the JSON escape of a lone surrogate (JSON.stringify writes it so).
        const response = await post("/api/v1/surveys", `{"unit":"rshd","answers":${JSON.stringify(ANSWERS)},"${field}":"x\\ud800y\\udc00"}`);
        expect(response.status, await response.clone().text()).toBe(201);
        const { id } = await response.json();
        expect((await one(`SELECT ${field} AS text FROM "SurveyResponse" WHERE id = ${Number(id)}`)).text).toBe("x\ufffdy\ufffd");
      });
    }

    test("a lone surrogate in the survey API's visitCode is refused with a 400 (no such code), not a 500", async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      const before = await rowCounts(setup!.query, provider);
      const response = await post("/api/v1/surveys", `{"unit":"rshd","answers":${JSON.stringify(ANSWERS)},"visitCode":"AB\\ud800CD"}`);
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).fields)).toEqual(["visitCode"]);
      expect(await rowCounts(setup!.query, provider)).toEqual(before);
    });

    test("a lone surrogate in the complaint API's description (and other texts) is stored as U+FFFD, not a 500", async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      const response = await post(
        "/api/v1/complaints",
        `{"unit":"rshd","category":"other","description":"Petugas loket tidak ada \\udc00 selama dua jam.","occurredOn":"${today()}","staffName":"\\ud83d","room":"Loket\\ud800","anonymous":false,"contact":{"name":"Siti\\udfff","email":"siti@example.org"}}`,
      );
      expect(response.status, await response.clone().text()).toBe(201);
      const { trackingCode } = await response.json();
      const stored = await one(
        `SELECT c.description, c."staffName", c.room, r.name FROM "Complaint" c JOIN "ComplaintReporter" r ON r."complaintId" = c.id WHERE c."trackingCode" = '${trackingCode}'`,
      );
      expect(stored).toEqual({ description: "Petugas loket tidak ada \ufffd selama dua jam.", staffName: "\ufffd", room: "Loket\ufffd", name: "Siti\ufffd" });
    });

    test("invalid UTF-8 bytes in a survey form are stored as U+FFFD, not a 500", async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      const fields = Object.entries(ANSWERS)
        .map(([k, v]) => `${k}=${v}`)
        .join("&");
      const body = Buffer.concat([Buffer.from(`${fields}&comment=a`), Buffer.from([0xff, 0xed, 0xa0, 0x80]), Buffer.from("%ED%A0%80b")]);
      const response = await fetch(`${base}/s/rshd`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
        redirect: "manual",
      });
      expect(response.status).toBe(303);
      const id = Number(new URL(response.headers.get("location")!, base).searchParams.get("r"));
      const { comment } = await one(`SELECT comment FROM "SurveyResponse" WHERE id = ${id}`);
      expect(String(comment).isWellFormed()).toBe(true);
      expect(comment).toMatch(/^a\ufffd+b$/);
    });

    for (const path of ISSUE_PATHS) {
      test(`${path} answers ${path.startsWith("/api/") ? "a 400 JSON error" : "the 404 page"}, not a 500`, async () => {
        test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
        const response = await fetch(base + path, { headers: { "accept-language": "en" } });
        if (path.startsWith("/api/")) {
          expect(response.status).toBe(400);
          expect(await response.json()).toEqual({ error: "malformed_url", message: "This address (URL) cannot be read: check the link again." });
        } else {
          expect(response.status).toBe(404);
          expect(await response.text()).toContain("Halaman tidak ditemukan</h1>");
        }
      });
    }

    test("next-auth: a callbackUrl (query or cookie) that is neither a URL nor a path is a 400, not its 500", async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      // Found by `npm run fuzz -- --seed 4105 --postgres`: POST /api/auth/_log?callbackUrl=a%E0%A4%A/
      for (const [method, path, cookie] of [
        ["GET", "/api/auth/session?callbackUrl=a", ""],
        ["POST", "/api/auth/_log?callbackUrl=a%E0%A4%A/", ""],
        ["GET", "/api/auth/csrf?callbackUrl=javascript:alert(1)", ""],
        ["GET", "/api/auth/session", "next-auth.callback-url=relative"],
      ]) {
        const response = await fetch(base + path, { method, headers: { cookie, "content-type": "text/plain" }, ...(method === "POST" ? { body: "x" } : {}) });
        expect(response.status, `${method} ${path} ${cookie}`).toBe(400);
      }
      const fine = await fetch(`${base}/api/auth/session?callbackUrl=%2Fadmin`);
      expect(fine.status).toBe(200);
    });

    test("every dynamic route, pages and APIs, answers a segment that does not decode with 400 or the 404 page", async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      const failures: string[] = [];
      for (const route of appRoutes().filter((r) => r.template.includes("["))) {
        for (const value of UNDECODABLE) {
          const path = route.template.replace(/\[\[?(?:\.\.\.)?\w+\]?\]/, value);
          for (const method of route.methods) {
            const response = await fetch(base + path, {
              method,
              redirect: "manual",
              ...(method === "POST" ? { body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } } : {}),
            });
            const expected = path.startsWith("/api/") ? 400 : 404;
            if (response.status !== expected) failures.push(`${method} ${path}: ${response.status}`);
            await response.arrayBuffer();
          }
        }
      }
      expect(failures).toEqual([]);
    });

    test(`the route fuzz: ${FUZZ_REQUESTS} generated requests to every route, signed out and in, no 5xx, no stored row changed`, async () => {
      test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
      test.setTimeout(1_800_000); // thousands of requests on a busy machine; nothing here needs speed
      const ctx = await fuzzContext(base, setup!.query, SERVER_SECRET);
      expect(ctx.actionIds.length, "server actions found on the workspace pages").toBeGreaterThan(5);
      const before = await rowCounts(setup!.query, provider);
      // A fixed seed (FUZZ_SEED overrides): the suite replays the same requests, so CI is
      // repeatable; `npm run fuzz` (a new seed each run, 10,000 and more) explores further. The
      // replay must still reach every route, every role and each kind of bad input.
      const seed = Number(process.env.FUZZ_SEED ?? ROUTE_FUZZ_SEED);
      expect(coverageGaps([...fuzzBatches(ctx, FUZZ_REQUESTS, seed)].flat(), ctx.routes), `what seed ${seed}'s ${FUZZ_REQUESTS} requests miss`).toEqual([]);
      const report = await runFuzz(base, ctx, { count: FUZZ_REQUESTS, seed });
      console.log(`[${provider}] route fuzz, seed ${seed}: ${report.requests} requests, answers by status ${JSON.stringify(report.statuses)}`);
      expect(report.requests).toBe(FUZZ_REQUESTS);
      expect(report.serverErrors, `seed ${seed} (FUZZ_SEED=${seed} replays it)`).toEqual([]);
      expect(await rowCounts(setup!.query, provider)).toEqual(before);
    });
  });
}

// The generator itself: it reaches every route and every kind of awkward input (a fuzz that
// silently stopped producing them would pass while testing nothing).
test("the route fuzz's requests cover every route, every role and each kind of bad input", async () => {
  const routes = appRoutes();
  expect(routes.map((r) => r.template)).toEqual(
    expect.arrayContaining(["/", "/admin", "/admin/unit/[id]", "/api/v1/surveys", "/s/[slug]", "/lacak/[code]", "/api/auth/[...nextauth]"]),
  );
  const ctx = {
    routes,
    cookies: { admin: "a=1", inspector: "b=1", head: "c=1" },
    unitSlugs: ["rshd"],
    ids: ["1"],
    trackingCodes: ["ABCD-EFGH-JKMN"],
    actionIds: ["40" + "a".repeat(40)],
    formFields: ["id", "name"],
  };
  const sample = fc.sample(fuzzRequest(ctx), { numRuns: 3000, seed: 42 });
  expect(coverageGaps(sample, routes)).toEqual([]);
  // The check itself: a sample without, e.g., the signed-in roles or the bad bodies is caught.
  const gaps = coverageGaps(
    sample.filter((r) => r.who === "anonymous" && !r.body),
    routes,
  );
  expect(gaps).toEqual(expect.arrayContaining(["role admin", "role inspector", "role head", "lone surrogates in JSON", "invalid UTF-8"]));
  // The suite's replay (seed 3100, FUZZ_REQUESTS) on this context reaches everything too; the fuzz test checks it on the real one.
  expect(coverageGaps([...fuzzBatches(ctx, FUZZ_REQUESTS, ROUTE_FUZZ_SEED)].flat(), routes)).toEqual([]);
});
