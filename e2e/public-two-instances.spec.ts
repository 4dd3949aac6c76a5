// Two instances of the app on one PostgreSQL database, as behind a load balancer: a staff write
// made through one shows on the other on the next request (a unit created on A is surveyed on B,
// a period published on A is official on B), because every write bumps the public data version
// that each instance reads per request (lib/cache/public-version.server.ts); and the survey rate
// limit, counted in the database, holds across both.
import type { ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import { expect, test, type Browser } from "@playwright/test";
import { postgresSetup, prepareDatabase, startServer, waitReady, type Setup } from "./servers";
import { createUnitThroughForm, publishThroughForm } from "./workspace-forms";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const PORT_A = Number(process.env.E2E_TWO_INSTANCE_PORT ?? 3193);
const PORT_B = PORT_A + 1;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const answers = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };

let setup: Setup | null = null;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(600_000); // migrations and the demo data on a busy machine
  setup = await postgresSetup();
  if (!setup) return;
  await prepareDatabase(setup);
  // The survey limits stay on: they are one of the things shared through the database.
  servers.push(
    startServer(setup.env, PORT_A, { SURVEY_RATE_LIMIT: "1", SURVEY_RATE_LIMIT_PER_CLIENT: "10" }),
    startServer(setup.env, PORT_B, { SURVEY_RATE_LIMIT: "1", SURVEY_RATE_LIMIT_PER_CLIENT: "10" }),
  );
  await Promise.all([waitReady(A), waitReady(B)]);
});

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGKILL");
  await setup?.cleanup();
});

/** A page on instance A signed in as the demo admin (a session cookie signed with the servers' secret). */
async function adminOnA(browser: Browser) {
  const [user] = await setup!.query(`SELECT id, name FROM "User" WHERE email = 'sekretariat@rapor.example'`);
  const value = await encode({
    token: { uid: Number(user.id), email: "sekretariat@rapor.example", name: String(user.name), sub: String(user.id) },
    secret: "e2e-server-secret",
  });
  const context = await browser.newContext({ baseURL: A });
  await context.addCookies([{ name: "next-auth.session-token", value, url: A, httpOnly: true, sameSite: "Lax" }]);
  return { page: await context.newPage(), context };
}

test("a unit created through one instance is surveyed through the other at once", async ({ browser, request }) => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  const slug = `uji-dua-${Date.now().toString(36)}`;
  const name = `Unit Uji Dua Instans ${slug.slice(8)}`;
  expect((await request.get(`${B}/s/${slug}`)).status()).toBe(404); // B has cached its absence
  const { page, context } = await adminOnA(browser);
  await createUnitThroughForm(page, { name, slug, headPhone: "+62 812-0000-9998" });
  await context.close();

  const survey = await request.get(`${B}/s/${slug}`);
  expect(survey.status()).toBe(200);
  expect(await survey.text()).toContain(name);
  expect((await request.post(`${B}/api/v1/surveys`, { data: { unit: slug, answers }, headers: { "x-forwarded-for": "10.91.0.1" } })).status()).toBe(201);
  expect(await (await request.get(`${B}/unit/${slug}`)).text()).toContain(name);
});

test("a period published through one instance is official on the other at once", async ({ browser, request }) => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  // Three quarters before the current one (Asia/Jakarta): ended, with demo data, and unpublished
  // in this fresh database (the demo data publish the last two ended quarters).
  const jakarta = new Date(Date.now() + 7 * 3_600_000);
  let [year, quarter] = [jakarta.getUTCFullYear(), Math.floor(jakarta.getUTCMonth() / 3) - 2];
  if (quarter <= 0) [year, quarter] = [year - 1, quarter + 4];
  const period = `${year}-Q${quarter}`;
  const before = await (await request.get(`${B}/api/v1/scores?period=${period}`)).json();
  expect(before.published).toBe(false);
  expect(await (await request.get(`${B}/peringkat?period=${period}`)).text()).toContain("Angka sementara");

  const { page, context } = await adminOnA(browser);
  await publishThroughForm(page, period);
  await context.close();

  expect((await (await request.get(`${B}/api/v1/scores?period=${period}`)).json()).published).toBe(true);
  expect(await (await request.get(`${B}/peringkat?period=${period}`)).text()).toContain("Angka resmi");
});

test("the survey rate limit holds across both instances", async ({ request }) => {
  test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
  const headers = { "x-forwarded-for": `10.92.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  // A ceiling of ten an hour per client (SURVEY_RATE_LIMIT_PER_CLIENT, set low here), five through each instance.
  for (let i = 0; i < 10; i++) {
    const response = await request.post(`${i % 2 ? B : A}/api/v1/surveys`, { data: { unit: "pdam", answers }, headers });
    expect(response.status(), `submission ${i + 1}`).toBe(201);
  }
  for (const base of [A, B]) {
    const limited = await request.post(`${base}/api/v1/surveys`, { data: { unit: "pdam", answers }, headers });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  }
});
