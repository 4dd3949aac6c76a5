// The front (server/front.ts) answers the hot public routes (server/hot-routes.ts) with their own
// handlers, without Next.js's per-request pipeline. What it answers must be what Next.js answers:
// two servers on one database, one with the front (the default) and one without (FRONT=0), are
// asked the same things and must give the same status, body and headers; a survey answer
// posted through the front is stored and counted as through Next.js. The front answers from a
// fresh server's first request (the routes are loaded before it listens).
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { prepareDatabase, sqliteSetup, startServer, waitReady, type Setup } from "./servers";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const PORT_FRONT = Number(process.env.E2E_FRONT_PORT ?? 3195);
const PORT_NEXT = PORT_FRONT + 1;
const FRONT = `http://127.0.0.1:${PORT_FRONT}`;
const NEXT = `http://127.0.0.1:${PORT_NEXT}`;
const answers = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };

let setup: Setup;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(600_000); // migrations and the demo data on a busy machine
  setup = await sqliteSetup();
  await prepareDatabase(setup);
  // One public address for both, as behind one load balancer (it is printed in the pages).
  const shared = { PUBLIC_BASE_URL: "https://rapor.example", NEXTAUTH_URL: "https://rapor.example" };
  servers.push(startServer(setup.env, PORT_FRONT, shared), startServer(setup.env, PORT_NEXT, { ...shared, FRONT: "0" }));
  await Promise.all([waitReady(FRONT), waitReady(NEXT)]);
});

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGKILL");
  await setup?.cleanup();
});

/** Next.js names its router's request headers in Vary; the front does not (what tells the two apart). */
const viaNext = (response: Response) => /next-router-state-tree/.test(response.headers.get("vary") ?? "");

const COMPARED_HEADERS = [
  "content-type",
  "cache-control",
  "content-security-policy",
  "referrer-policy",
  "x-content-type-options",
  "x-frame-options",
  "permissions-policy",
  "content-disposition",
  "retry-after",
];

/** The unit page says when its live figures were computed, to the minute: the same on both, but for the clock. */
const normalise = (body: string) => body.replace(/<p class="muted" data-testid="as-of">[^<]*<\/p>/, "");

async function both(path: string, init: RequestInit = {}) {
  const [front, next] = await Promise.all([fetch(FRONT + path, init), fetch(NEXT + path, init)]);
  expect(viaNext(front), `${path} through the front`).toBe(false);
  expect(viaNext(next), `${path} through Next.js`).toBe(true);
  return { front, next };
}

async function expectSameAnswer(path: string, init: RequestInit = {}) {
  const { front, next } = await both(path, init);
  expect(front.status, path).toBe(next.status);
  for (const header of COMPARED_HEADERS) expect(front.headers.get(header), `${path}: ${header}`).toBe(next.headers.get(header));
  expect(front.headers.get("content-encoding"), path).toBe(next.headers.get("content-encoding"));
  expect(normalise(await front.text()), path).toBe(normalise(await next.text()));
}

const PAGES = [
  "/",
  "/peringkat",
  "/peringkat?type=kecamatan&sort=score&dir=asc",
  "/metode",
  "/unit/rshd",
  "/unit/pdam?period=2026",
  "/unit/tidak-ada-unit-ini",
  "/api/v1/scores",
  "/api/v1/scores?format=csv",
  "/api/v1/scores?period=zzz",
];

for (const language of ["id", "en"]) {
  test(`the front answers the public pages and the scores API as Next.js does (${language}, with and without gzip)`, async () => {
    for (const path of PAGES) {
      const headers = { cookie: `NEXT_LOCALE=${language}`, "accept-language": language };
      await expectSameAnswer(path, { headers: { ...headers, "accept-encoding": "gzip" } });
      await expectSameAnswer(path, { headers: { ...headers, "accept-encoding": "identity" } });
    }
  });
}

test("the survey page through the front: the same form, its own page-view token and browser cookie", async () => {
  const { front, next } = await both("/s/rshd");
  expect(front.status).toBe(200);
  expect(front.headers.get("cache-control")).toBe(next.headers.get("cache-control"));
  expect(front.headers.get("set-cookie")).toMatch(/^rl_sb=[^;]+; Path=\/s; Max-Age=31536000; HttpOnly; SameSite=Lax/);
  // The page-view token is each response's own; the rest of the form is the same.
  const token = /name="pv" value="[^"]*"/;
  const [frontBody, nextBody] = [await front.text(), await next.text()];
  expect(frontBody).toMatch(token);
  expect(frontBody.replace(token, "")).toBe(nextBody.replace(token, ""));
});

test("a HEAD request gets the headers of the GET and no body", async () => {
  const { front, next } = await both("/peringkat", { method: "HEAD" });
  expect(front.status).toBe(200);
  expect(front.headers.get("content-security-policy")).toBe(next.headers.get("content-security-policy"));
  expect(await front.text()).toBe("");
});

test("URLs the proxy refuses are refused as before (the front leaves them to Next.js)", async () => {
  for (const path of ["/unit/%ff", "/unit/rshd?x=%00", "/s/%ED%A0%80"]) {
    const [front, next] = await Promise.all([fetch(FRONT + path), fetch(NEXT + path)]);
    expect(front.status, path).toBe(next.status);
    expect(front.status, path).toBeGreaterThanOrEqual(400);
    expect(front.status, path).toBeLessThan(500);
  }
  const api = await fetch(`${FRONT}/api/v1/scores?period=%00`);
  expect(api.status).toBe(400);
});

test("a survey answer posted through the front is stored and counted; a bad one gets the same field errors", async () => {
  const count = async () => Number((await setup.query(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE service = 'front e2e'`))[0].n);
  const post = (base: string, data: unknown) =>
    fetch(`${base}/api/v1/surveys`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "10.77.0.1" },
      body: JSON.stringify(data),
    });
  // The route's first answer too: the front loaded it before the server listened.
  expect(viaNext(await post(FRONT, { unit: "rshd", answers, service: "front e2e" }))).toBe(false);
  const before = await count();
  const response = await post(FRONT, { unit: "rshd", answers, service: "front e2e" });
  expect(viaNext(response)).toBe(false);
  expect(response.status).toBe(201);
  const { id } = await response.json();
  expect(await count()).toBe(before + 1);
  expect((await setup.query(`SELECT "unitId", u1, channel FROM "SurveyResponse" WHERE id = ${Number(id)}`))[0]).toMatchObject({ u1: 4, channel: "api" });

  const bad = { unit: "rshd", answers: { ...answers, u3: 7 } };
  const [front, next] = await Promise.all([post(FRONT, bad), post(NEXT, bad)]);
  expect(front.status).toBe(400);
  expect(await front.json()).toEqual(await next.json());
  expect(await count()).toBe(before + 1);

  // The citizen's plain form (no JavaScript): a 303 to the thank-you page, stored.
  const form = new URLSearchParams({ ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)])), service: "front e2e" });
  const submit = () =>
    fetch(`${FRONT}/s/rshd`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "10.77.0.2" },
      body: form,
    });
  expect(viaNext(await submit())).toBe(false);
  const stored = await count();
  const submitted = await submit();
  expect(viaNext(submitted)).toBe(false);
  expect(submitted.status).toBe(303);
  expect(submitted.headers.get("location")).toMatch(/^\/s\/rshd\/terima-kasih(?:\?r=\d+)?$/);
  expect(await count()).toBe(stored + 1);
});

test("a body over the routes' limit gets the route's own refusal, declared or not (chunked)", async () => {
  const big = `unit=rshd&comment=${"a".repeat(70_000)}`;
  const chunked = () => new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(big)), c.close()) });
  for (const path of ["/s/rshd", "/api/v1/surveys"]) {
    const type = path === "/s/rshd" ? "application/x-www-form-urlencoded" : "application/json";
    for (const body of [() => big, chunked]) {
      const send = (base: string) =>
        fetch(base + path, { method: "POST", headers: { "content-type": type, "x-forwarded-for": "10.77.0.3" }, body: body(), duplex: "half" } as RequestInit);
      const [front, next] = await Promise.all([send(FRONT), send(NEXT)]);
      expect(front.status, path).toBe(next.status);
      expect(front.status, path).toBeGreaterThanOrEqual(400);
      expect(front.status, path).toBeLessThan(500);
      // The form page again, with its own page-view token.
      const token = /name="pv" value="[^"]*"/;
      expect((await front.text()).replace(token, ""), path).toBe((await next.text()).replace(token, ""));
    }
  }
});
