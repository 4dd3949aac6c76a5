// Who gets what from every workspace page and API: each path requested as anonymous, as each role
// and as the head of another unit, and every answer checked. To cover a new workspace path, add
// one line to ROWS. Then the same roles try the workspace's forms (server actions) with a session
// that may not use them, and the database is checked unchanged.
import { request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { cityQuarter, dbGet, dbRun } from "./db-helpers";
import { DEMO, expect, sessionCookie, test } from "./fixtures";
import { createUnitWithHead } from "./plan-helpers";

type Who = "anonymous" | "admin" | "inspector" | "head" | "otherHead";
/**
 * What a request must get: an HTTP status, "signin" (a redirect to /admin/masuk that comes back
 * to the path), or "home" (a redirect to /admin: the sign-in page for someone signed in).
 */
type Answer = number | "signin" | "home";

/**
 * One line per workspace path (with its query, if that matters). Columns: anonymous, admin,
 * inspector, head of {unit}, head of another unit. Placeholders are filled from PLACEHOLDERS.
 */
export const ROWS: [path: string, anonymous: Answer, admin: Answer, inspector: Answer, head: Answer, otherHead: Answer][] = [
  // path                                        anonymous admin inspector head otherHead
  ["/admin", "signin", 200, 200, 200, 200],
  ["/admin?period=2025-Q1", "signin", 200, 200, 200, 200],
  ["/admin/masuk", 200, "home", "home", "home", "home"],
  // "/\t/evil.example" is "//evil.example" to a browser: never followed after sign-in.
  ["/admin/masuk?next=%2F%09%2Fevil.example", 200, "home", "home", "home", "home"],
  ["/admin/akun", "signin", 200, 200, 200, 200],
  ["/admin/unit", "signin", 200, 403, 403, 403],
  ["/admin/unit/baru", "signin", 200, 403, 403, 403],
  ["/admin/unit/{unit}", "signin", 200, 403, 403, 403],
  ["/admin/unit/{unit}/poster", "signin", 200, 200, 200, 403],
  ["/admin/unit/{unit}/kode", "signin", 200, 403, 200, 403],
  ["/admin/unit/{unit}/kiosk", "signin", 200, 403, 200, 403],
  ["/admin/unit/999999/poster", "signin", 404, 404, 403, 403],
  ["/admin/unit/abc/kode", "signin", 404, 403, 403, 403],
  ["/admin/periode", "signin", 200, 403, 403, 403],
  ["/admin/periode?period={period}", "signin", 200, 403, 403, 403],
  ["/admin/kalender", "signin", 200, 403, 403, 403],
  ["/admin/peringatan", "signin", 200, 403, 200, 200],
  ["/admin/ringkasan", "signin", 200, 403, 403, 403],
  ["/admin/respons", "signin", 200, 403, 403, 403],
  // Held answers: the secretariat reviews, a unit head reads their own unit's queue only.
  ["/admin/respons/ditahan", "signin", 200, 403, 200, 200],
  ["/admin/pengguna", "signin", 200, 403, 403, 403],
  ["/admin/pengguna/{user}", "signin", 200, 403, 403, 403],
  ["/admin/audit", "signin", 200, 403, 403, 403],
  ["/admin/audit?entity=unit", "signin", 200, 403, 403, 403],
  ["/admin/ekspor", "signin", 200, 200, 403, 403],
  // Downloads are route handlers: 401 rather than a redirect for the anonymous.
  ["/admin/ekspor/responses?period={period}", 401, 200, 200, 403, 403],
  ["/admin/ekspor/responses?period={period}&unit=rshd", 401, 200, 200, 403, 403],
  ["/admin/ekspor/scores?period={period}", 401, 200, 200, 403, 403],
  ["/admin/ekspor/scores?period={period}&format=xlsx", 401, 200, 200, 403, 403],
  ["/admin/ekspor/complaints?period={period}&format=xlsx", 401, 200, 200, 403, 403],
  ["/admin/ekspor/plans?period={period}", 401, 200, 200, 403, 403],
  // Complaint cases: every role that handles complaints sees its own scope's list.
  ["/admin/pengaduan", "signin", 200, 200, 200, 200],
  ["/admin/pengaduan?status=open&overdue=1", "signin", 200, 200, 200, 200],
  // Held complaints: the secretariat alone reviews them.
  ["/admin/pengaduan/ditahan", "signin", 200, 403, 403, 403],
  ["/admin/pengaduan/{case}", "signin", 200, 200, 200, 403],
  ["/admin/pengaduan/999999", "signin", 404, 404, 404, 404],
  ["/admin/kotak-keluar", "signin", 200, 403, 403, 403],
  // A reporter's data requests: the secretariat only, not even the head handling the case.
  ["/admin/privasi", "signin", 200, 403, 403, 403],
  ["/admin/privasi?code={code}", "signin", 200, 403, 403, 403],
  ["/admin/privasi/unduh?code={code}", 401, 200, 403, 403, 403],
  ["/api/v1/workspace/complaints/{case}", 401, 200, 200, 200, 403],
  // Improvement plans: every role reads its own scope's; a plan of another unit is refused.
  ["/admin/rencana", "signin", 200, 200, 200, 200],
  ["/admin/rencana/{plan}", "signin", 200, 200, 200, 403],
  ["/admin/rencana/999999", "signin", 404, 404, 404, 404],
  ["/api/v1/workspace/plans/{plan}", 401, 200, 200, 200, 403],
  // SKM reports: the HTML document is a route handler that sends the anonymous to sign-in.
  ["/admin/laporan", "signin", 200, 200, 200, 200],
  ["/admin/laporan/{period}/{slug}", "signin", 200, 200, 200, 403],
  ["/admin/laporan/{period}/{slug}/pdf", 401, 200, 200, 200, 403],
  ["/admin/laporan/{period}/{slug}/terbitkan", "signin", 200, 403, 403, 403],
  ["/admin/laporan/{period}/zip", 401, 200, 403, 403, 403],
  // The city's report (the segment "kota" where a unit's slug goes): the city's readers; issuing: the secretariat.
  ["/admin/laporan/{period}/kota", "signin", 200, 200, 403, 403],
  ["/admin/laporan/{period}/kota/pdf", 401, 200, 200, 403, 403],
  ["/admin/laporan/{period}/kota/terbitkan", "signin", 200, 403, 403, 403],
  // Recording a complaint received by phone, WhatsApp, in person, letter or LAPOR!: every handler.
  ["/admin/pengaduan/catat", "signin", 200, 200, 200, 200],
];

const WHO: Who[] = ["anonymous", "admin", "inspector", "head", "otherHead"];
const EMAIL: Record<Exclude<Who, "anonymous">, string> = { admin: DEMO.admin, inspector: DEMO.inspector, head: DEMO.headRshd, otherHead: DEMO.headDukcapil };

function ids() {
  const head = dbGet<{ id: number; unitId: number }>(`SELECT id, "unitId" FROM "User" WHERE email = ?`, DEMO.headRshd);
  const other = dbGet<{ unitId: number }>(`SELECT "unitId" FROM "User" WHERE email = ?`, DEMO.headDukcapil);
  const complaint = dbGet<{ id: number }>(`SELECT id FROM "Complaint" WHERE "unitId" = ? ORDER BY id LIMIT 1`, head.unitId);
  return { unit: head.unitId, user: head.id, otherUnit: other.unitId, case: complaint.id };
}

/**
 * The values of the placeholders in ROWS' paths; a new kind of id (a case of the head's unit,
 * say) adds one here. {unit}: the unit of `head` (RSHD; `otherHead` heads Dukcapil); {user}: a
 * user (the head); {period}: the current quarter; {case}: a complaint of the head's unit; {code}:
 * that complaint's tracking code.
 */
export const PLACEHOLDERS: Record<string, () => string> = {
  unit: () => String(ids().unit),
  user: () => String(ids().user),
  period: () => cityQuarter().key,
  case: () => String(ids().case),
  code: () => dbGet<{ trackingCode: string }>(`SELECT "trackingCode" FROM "Complaint" WHERE id = ?`, ids().case).trackingCode,
  slug: () => "rshd", // the unit of the head in the table
  plan: () => String(dbGet<{ id: number }>(`SELECT id FROM "ImprovementPlan" WHERE "unitId" = ? ORDER BY id LIMIT 1`, ids().unit).id),
};

function fill(path: string) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!PLACEHOLDERS[name]) throw new Error(`no placeholder {${name}} (add it to PLACEHOLDERS)`);
    return encodeURIComponent(PLACEHOLDERS[name]());
  });
}

async function clientFor(who: Who, baseURL: string): Promise<APIRequestContext> {
  const cookie = who === "anonymous" ? null : await sessionCookie(EMAIL[who], baseURL);
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {} });
}

/** The status and headers of a GET, the body left unread (the request is cancelled once they arrive). */
async function headersOf(path: string, who: Who, baseURL: string) {
  const cookie = who === "anonymous" ? null : await sessionCookie(EMAIL[who], baseURL);
  const response = await fetch(new URL(path, baseURL), { redirect: "manual", headers: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {} });
  await response.body?.cancel();
  return { status: () => response.status, headers: () => Object.fromEntries(response.headers.entries()), text: async () => "" };
}

// One test per path and person (a walk of every path under one timeout fails on a busy machine).
for (const who of WHO) {
  for (const row of ROWS) {
    test(`${row[0]} answers ${who} as the table says`, async ({ baseURL }) => {
      const client = await clientFor(who, baseURL!);
      const path = fill(row[0]);
      const expected = row[WHO.indexOf(who) + 1] as Answer;
      // A period's ZIP prints every report of the period: its answer (status and headers) is what
      // is checked here, not the time the whole file takes, so its body is not waited for.
      const response = /\/zip(\?|$)/.test(path) ? await headersOf(path, who, baseURL!) : await client.get(path, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      let ok: boolean;
      if (expected === "signin") {
        const target = new URL(location || "http://x/", baseURL);
        // Pages send the visitor back where they wanted to go after signing in.
        ok = [302, 303, 307].includes(status) && target.pathname === "/admin/masuk" && target.searchParams.get("next") === new URL(path, baseURL).pathname;
      } else if (expected === "home") {
        ok = [302, 303, 307].includes(status) && new URL(location || "http://x/", baseURL).pathname === "/admin";
      } else {
        ok = status === expected;
        // A 200 must be the page itself, never the sign-in form or the 403 page in disguise.
        if (ok && status === 200 && path.startsWith("/api/")) {
          ok = (response.headers()["content-type"] ?? "").startsWith("application/json");
        } else if (ok && status === 200 && /\/(unduh|pdf|zip)(\?|$)/.test(path)) {
          // A download (a reporter's data, a report's PDF, a period's ZIP) is an attachment.
          ok = (response.headers()["content-disposition"] ?? "").startsWith("attachment");
        } else if (ok && status === 200 && !path.startsWith("/admin/ekspor/") && !path.startsWith("/admin/masuk")) {
          const html = await response.text();
          // (Next.js renders a 403 or 404 only in the browser, so a page's own <h1> in the HTML
          // tells it from those; and it must not be the sign-in form.)
          ok = html.includes("<h1") && !html.includes("Masuk ke ruang kerja</h1>");
        } else if (ok && status === 200 && path.startsWith("/admin/masuk")) {
          ok = (await response.text()).includes("Masuk ke ruang kerja</h1>");
        }
      }
      await client.dispose();
      expect(ok, `${path}: expected ${expected}, got ${status} ${location}`).toBe(true);
    });
  }
}

test("the table covers every workspace page in the source tree", async () => {
  const { readdirSync, statSync } = await import("node:fs");
  const path = await import("node:path");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "page.tsx" || name === "route.ts") found.push(path.dirname(full).replace(/^app/, ""));
    }
  };
  walk("app/admin");
  // A dynamic segment ("[id]") is covered by a row with a placeholder or a literal id there.
  const shape = (route: string) =>
    route
      .split("/")
      .map((segment) => (/^\[.+\]$|^\{\w+\}$|^\d+$|^abc$/.test(segment) ? "*" : segment))
      .join("/");
  const covered = new Set(ROWS.map(([p]) => shape(p.split("?")[0])));
  const missing = found.filter((route) => !covered.has(shape(route)));
  expect(missing).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Forms: a page opened by someone who may use it, then submitted with another session (what a
// forged request does), and the database checked unchanged.

async function switchTo(context: BrowserContext, email: string, baseURL: string) {
  await context.clearCookies();
  await context.addCookies([await sessionCookie(email, baseURL)]);
}

const unusedCodes = (unitId: number) => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "VisitCode" WHERE "unitId" = ? AND "usedAt" IS NULL`, unitId).n;

/** Submits the form and waits for the server's answer to it. */
async function submit(page: Page, button: ReturnType<Page["getByRole"]>) {
  const answer = page.waitForResponse((r) => r.request().method() === "POST");
  await button.click();
  return (await answer).status();
}

test("a unit head makes visit codes for their own unit, never for another by changing the form's unit", async ({ page, signInAs }) => {
  // Units of this test alone: other tests make and use visit codes of the demo units meanwhile.
  const own = createUnitWithHead("codes-own");
  const { unitId: otherUnit } = createUnitWithHead("codes-other");
  const unit = own.unitId;
  await signInAs(own.headEmail);
  await page.goto(`/admin/unit/${unit}/kode`);
  const made = unusedCodes(unit);
  await page.getByLabel("Jumlah kode baru").fill("3");
  await page.getByRole("button", { name: "Buat kode" }).click();
  await expect(page.getByRole("status")).toContainText("3");
  expect(unusedCodes(unit)).toBe(made + 3);

  await page.reload();
  const before = { own: unusedCodes(unit), other: unusedCodes(otherUnit) };
  await page.locator('#codes input[name="unitId"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), otherUnit);
  await page.getByLabel("Jumlah kode baru").fill("3");
  expect(await submit(page, page.getByRole("button", { name: "Buat kode" }))).toBe(403);
  expect({ own: unusedCodes(unit), other: unusedCodes(otherUnit) }).toEqual(before);
});

test("a unit edit forged by an inspector or a unit head, or naming no unit, changes nothing", async ({ page, context, signInAs, baseURL }) => {
  // A unit of this test alone: other tests edit the demo units, and write their audit entries
  // (visit codes, kiosk limits, a head's name), at the same time.
  const { unitId: unit } = createUnitWithHead("forged-edit");
  const headName = () => dbGet<{ headName: string }>(`SELECT "headName" FROM "Unit" WHERE id = ?`, unit).headName;
  const audits = () => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE entity = 'unit' AND "entityId" = ?`, String(unit)).n;
  for (const email of [DEMO.inspector, DEMO.headRshd]) {
    await context.clearCookies();
    await signInAs(DEMO.admin);
    await page.goto(`/admin/unit/${unit}`);
    const before = { name: headName(), audits: audits() };
    await page.getByLabel("Nama kepala unit").fill("Dipalsukan");
    await switchTo(context, email, baseURL!);
    expect(await submit(page, page.getByRole("button", { name: "Simpan" }))).toBe(403);
    expect({ name: headName(), audits: audits() }).toEqual(before);
  }
  // The secretariat itself with an id that names no unit: refused as a form error.
  await context.clearCookies();
  await signInAs(DEMO.admin);
  await page.goto(`/admin/unit/${unit}`);
  const before = { name: headName(), audits: audits() };
  await page.locator('#unit-edit input[name="id"]').evaluate((input) => ((input as HTMLInputElement).value = "999999"));
  await page.getByLabel("Nama kepala unit").fill("Tidak ada unitnya");
  expect(await submit(page, page.getByRole("button", { name: "Simpan" }))).toBe(200);
  await expect(page.locator("#unit-edit").getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
  expect({ name: headName(), audits: audits() }).toEqual(before);
});

test("list buttons and the publish, user and exclusion forms refuse a session without the right", async ({ page, context, signInAs, baseURL }) => {
  const { unit } = ids();
  // An open report that only the secretariat may resolve.
  const report = dbRun(`INSERT INTO "ContactReport" ("unitId", "createdAt") VALUES (?, ?)`, unit, new Date().toISOString()).lastInsertRowid;
  const resolved = () => dbGet<{ resolvedAt: string | null }>(`SELECT "resolvedAt" FROM "ContactReport" WHERE id = ?`, report).resolvedAt;
  const active = () => dbGet<{ active: number }>(`SELECT active FROM "Unit" WHERE id = ?`, unit).active;

  await signInAs(DEMO.admin);
  await page.goto("/admin/unit");
  await switchTo(context, DEMO.inspector, baseURL!);
  const unitForms = page.locator(`form:has(input[name="id"][value="${unit}"])`);
  expect(await submit(page, unitForms.filter({ hasNot: page.locator('input[name="active"]') }).getByRole("button"))).toBe(403);
  expect(resolved()).toBeNull();

  await switchTo(context, DEMO.admin, baseURL!);
  await page.goto("/admin/unit");
  await switchTo(context, DEMO.headRshd, baseURL!);
  const wasActive = active();
  expect(await submit(page, unitForms.filter({ has: page.locator('input[name="active"]') }).getByRole("button"))).toBe(403);
  expect(active()).toBe(wasActive);

  // Publishing a long-past period: refused to the inspector, no snapshot made.
  const old = "2019-Q4";
  const snapshots = () => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PublishedSnapshot" WHERE period = ?`, old).n;
  await switchTo(context, DEMO.admin, baseURL!);
  await page.goto("/admin/periode");
  await page.locator("#publish-period").fill(old);
  await page.locator("#publish-confirmKey").fill(old);
  await page.locator("#publish-confirm").check();
  await switchTo(context, DEMO.inspector, baseURL!);
  expect(await submit(page, page.getByRole("button", { name: "Terbitkan periode" }))).toBe(403);
  expect(snapshots()).toBe(0);

  // Creating a user: refused to a unit head.
  const email = `forged-${Date.now()}@rapor.example`;
  await switchTo(context, DEMO.admin, baseURL!);
  await page.goto("/admin/pengguna");
  await page.locator("#user-create-name").fill("Forged Admin");
  await page.locator("#user-create-email").fill(email);
  await page.locator("#user-create-role").selectOption("admin");
  await page.locator("#user-create-password").fill("a-long-enough-password");
  await switchTo(context, DEMO.headDukcapil, baseURL!);
  expect(await submit(page, page.locator("#user-create button[type=submit]"))).toBe(403);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "User" WHERE email = ?`, email).n).toBe(0);

  // A tampered id in a list button does nothing, and fails nothing.
  await switchTo(context, DEMO.admin, baseURL!);
  await page.goto("/admin/unit");
  // (A hidden input's value is its attribute, so mark the form before the id changes.)
  await unitForms.filter({ hasNot: page.locator('input[name="active"]') }).evaluate((form) => form.setAttribute("data-tampered", ""));
  const tampered = page.locator("form[data-tampered]");
  await tampered.locator('input[name="id"]').evaluate((input) => ((input as HTMLInputElement).value = "abc"));
  expect(await submit(page, tampered.getByRole("button"))).toBe(200);
  expect(resolved()).toBeNull();

  dbRun(`UPDATE "ContactReport" SET "resolvedAt" = ? WHERE id = ?`, new Date().toISOString(), report);
});

test("a password reset and a response exclusion forged by the wrong role change nothing", async ({ page, context, signInAs, baseURL }) => {
  // Resetting the secretariat's password would hand its account to whoever sent it.
  const admin = dbGet<{ id: number; passwordHash: string }>(`SELECT id, "passwordHash" FROM "User" WHERE email = ?`, DEMO.admin);
  await signInAs(DEMO.admin);
  await page.goto(`/admin/pengguna/${admin.id}`);
  await page.locator("#user-reset-password").fill("diambil-alih-oleh-kepala-unit");
  await switchTo(context, DEMO.headRshd, baseURL!);
  expect(await submit(page, page.locator("#user-reset button[type=submit]"))).toBe(403);
  expect(dbGet<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE id = ?`, admin.id).passwordHash).toBe(admin.passwordHash);

  await switchTo(context, DEMO.admin, baseURL!);
  await page.goto("/admin/respons?unit=rshd");
  // A row's exclusion form opens by its link (one form on the page at a time).
  await page
    .getByRole("link", { name: /^Kecualikan jawaban \d+$/ })
    .first()
    .click();
  const form = page.locator('form[id^="exclude-"]');
  const responseId = Number((await form.getAttribute("id"))!.slice("exclude-".length));
  await form.locator("textarea").fill("Dipalsukan oleh inspektorat");
  await switchTo(context, DEMO.inspector, baseURL!);
  expect(await submit(page, form.getByRole("button"))).toBe(403);
  expect(dbGet<{ excluded: number }>(`SELECT excluded FROM "SurveyResponse" WHERE id = ?`, responseId).excluded).toBe(0);
});
