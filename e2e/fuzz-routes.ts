// The route fuzz: generated requests against every route of the app (found in app/, so a new
// route is fuzzed without being listed), signed out and signed in as each role, with plain HTTP
// (node:http, bounded concurrency) so that thousands of requests take a minute, not an hour.
// Each request may carry, anywhere the app reads text: lone surrogates, invalid UTF-8 bytes,
// malformed percent-encoding, very long values, numbers as strings and strings as numbers,
// duplicate keys and prototype keys; in path segments, query strings, headers, JSON, form and
// multipart bodies, and server action calls. Every request is built to be refused or to only
// read: the caller checks that no answer is a 5xx and that no stored row changed.
// Used by e2e/bad-input-routes.spec.ts (both databases) and `npm run fuzz` (figures in bench/README.md).
// One module of over 400 lines on purpose: the value generators, the route catalogue and the runner
// change together (a new kind of bad input touches all three), and are read together.
import http from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import {
  badComplaintBody,
  badSurveyBody,
  edgeString,
  encodeLoosely,
  hostileString,
  INVALID_UTF8,
  invalidUtf8Bytes,
  LONE_SURROGATES,
  longValue,
  malformedPercent,
  NUMBERS_AS_STRINGS,
  PROTOTYPE_KEYS,
} from "./fuzz-values";

export type Route = { template: string; methods: string[]; kind: "page" | "handler" };
export type Who = "anonymous" | "admin" | "inspector" | "head";
export type FuzzRequest = { who: Who; method: string; path: string; headers: Record<string, string>; body?: Buffer };
export type FuzzReport = { requests: number; statuses: Record<string, number>; serverErrors: { status: number; request: string; answer: string }[] };

const METHOD_EXPORT =
  /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|(?:\bas|,|\{)\s*(GET|POST|PUT|PATCH|DELETE)\b(?=[^;]*\}\s*;?)/g;

/** Every route of the app directory: pages (GET, and POST for server actions) and route handlers with their methods. */
export function appRoutes(appDir = "app"): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, url: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("_") || name.startsWith("@")) continue;
        walk(full, /^\(.*\)$/.test(name) ? url : `${url}/${name}`);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(name)) {
        routes.push({ template: url || "/", methods: ["GET", "POST"], kind: "page" });
      } else if (/^route\.(ts|js)$/.test(name)) {
        const source = readFileSync(full, "utf8");
        const methods = [...new Set([...source.matchAll(METHOD_EXPORT)].map((m) => m[1] ?? m[2]))];
        routes.push({ template: url || "/", methods: methods.length ? methods : ["GET"], kind: "handler" });
      } else if (/^(opengraph-image|twitter-image|icon|apple-icon)\.(tsx|ts|png|jpg)$/.test(name)) {
        routes.push({ template: `${url}/${name.replace(/\.\w+$/, "")}`, methods: ["GET"], kind: "handler" });
      } else if (/^robots\.(ts|txt)$/.test(name)) {
        routes.push({ template: `${url}/robots.txt`, methods: ["GET"], kind: "handler" });
      } else if (/^sitemap\.(ts|xml)$/.test(name)) {
        routes.push({ template: `${url}/sitemap.xml`, methods: ["GET"], kind: "handler" });
      }
    }
  };
  walk(appDir, "");
  return routes;
}

/** What the fuzz needs from the server's database: real ids and codes, the users' sessions. */
export type FuzzContext = {
  routes: Route[];
  cookies: Record<Exclude<Who, "anonymous">, string>;
  unitSlugs: string[];
  ids: string[];
  trackingCodes: string[];
  /** Server action ids and the form field names found on the workspace pages. */
  actionIds: string[];
  formFields: string[];
};

const EMAILS: Record<Exclude<Who, "anonymous">, string> = {
  admin: "sekretariat@rapor.example",
  inspector: "inspektorat@rapor.example",
  head: "direktur.rshd@rapor.example",
};

/** A session cookie for each demo role (signed with the server's secret, as fixtures.ts does). */
export async function sessionCookies(query: (sql: string) => Promise<Record<string, unknown>[]>, secret: string) {
  const users = await query(`SELECT id, email, name FROM "User" WHERE email IN ('${Object.values(EMAILS).join("','")}')`);
  const cookies = {} as FuzzContext["cookies"];
  for (const [who, email] of Object.entries(EMAILS) as [Exclude<Who, "anonymous">, string][]) {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`no demo user ${email}`);
    const value = await encode({ token: { uid: Number(user.id), email, name: String(user.name), sub: String(user.id) }, secret });
    cookies[who] = `next-auth.session-token=${value}`;
  }
  return cookies;
}

export async function fuzzContext(base: string, query: (sql: string) => Promise<Record<string, unknown>[]>, secret: string): Promise<FuzzContext> {
  const routes = appRoutes();
  const cookies = await sessionCookies(query, secret);
  const unitSlugs = (await query(`SELECT slug FROM "Unit" ORDER BY id LIMIT 3`)).map((r) => String(r.slug));
  const ids = [
    ...(await query(`SELECT id FROM "Unit" ORDER BY id LIMIT 2`)),
    ...(await query(`SELECT id FROM "User" ORDER BY id LIMIT 2`)),
    ...(await query(`SELECT id FROM "Complaint" ORDER BY id LIMIT 2`)),
  ].map((r) => String(r.id));
  const trackingCodes = (await query(`SELECT "trackingCode" FROM "Complaint" ORDER BY id LIMIT 2`)).map((r) => String(r.trackingCode));
  const actionIds = new Set<string>();
  const formFields = new Set<string>();
  for (const route of routes.filter((r) => r.kind === "page" && r.template.startsWith("/admin"))) {
    const html = await get(base + fill(route.template, { slug: unitSlugs[0], id: ids[0], code: trackingCodes[0] }), cookies.admin);
    // Plain form actions ($ACTION_ID_<id>) and those of useActionState forms ($ACTION_1:0 = {"id": …}).
    for (const m of html.matchAll(/\$ACTION_ID_([0-9a-f]{20,})|&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/g)) actionIds.add(m[1] ?? m[2]);
    for (const m of html.matchAll(/<(?:input|select|textarea)[^>]*\sname="([^"$][^"]*)"/g)) formFields.add(m[1]);
  }
  return { routes, cookies, unitSlugs, ids, trackingCodes, actionIds: [...actionIds], formFields: [...formFields] };
}

function fill(template: string, values: { slug: string; id: string; code: string }) {
  return template.replace(/\[\[?(?:\.\.\.)?(\w+)\]?\]/g, (_, name: string) =>
    name === "slug" ? values.slug : name === "code" ? values.code : name === "nextauth" ? "session" : values.id,
  );
}

function get(url: string, cookie: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      })
      .on("error", reject);
  });
}

// ---------------------------------------------------------------------------------------------
// Generators

const latin1 = (bytes: Buffer) => bytes.toString("latin1");

/** A value as it may appear in a URL: well encoded, malformed, raw invalid bytes, or long. */
const urlValue = fc.oneof(
  { weight: 3, arbitrary: hostileString.map((v) => encodeLoosely(v.slice(0, 3000))) },
  { weight: 2, arbitrary: malformedPercent },
  { weight: 2, arbitrary: invalidUtf8Bytes.map(latin1) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS_AS_STRINGS, ...PROTOTYPE_KEYS).map(encodeURIComponent) },
  { weight: 1, arbitrary: longValue.map((v) => encodeLoosely(v.slice(0, 12_000))) },
);

const QUERY_KEYS = [
  "period",
  "type",
  "kecamatan",
  "q",
  "sort",
  "dir",
  "unit",
  "status",
  "overdue",
  "entity",
  "user",
  "action",
  "from",
  "to",
  "next",
  "kode",
  "baru",
  "lapor",
  "r",
  "v",
  "response",
  "format",
  "page",
  "callbackUrl",
  "error",
];
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS, ...PROTOTYPE_KEYS), urlValue), urlValue), { maxLength: 5 })
  .chain((pairs) =>
    // Duplicate keys: the same key again with another value.
    fc.boolean().map((dup) => (dup && pairs.length ? [...pairs, [pairs[0][0], "x"]] : pairs)),
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));

/** A JSON literal as text, for bodies built by hand: duplicate and prototype keys, escapes JSON.stringify never writes. */
const jsonLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LONE_SURROGATES.map((s) => JSON.stringify(s))), // "\ud800" (JSON.stringify escapes lone surrogates)
  fc.constantFrom(
    '"\\u0000"',
    "1e309",
    "-0",
    "123456789012345678901234567890",
    '"4"',
    '" 3 "',
    "4.0",
    "true",
    "null",
    "[]",
    "{}",
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
  ),
  edgeString.map((s) => JSON.stringify(s)),
  fc.constantFrom(...NUMBERS_AS_STRINGS).map((s) => JSON.stringify(s)),
);
const JSON_KEYS = [
  "unit",
  "answers",
  "u1",
  "u9",
  "comment",
  "service",
  "visitCode",
  "profile",
  "gender",
  "category",
  "description",
  "occurredOn",
  "anonymous",
  "contact",
  "phone",
  "email",
  "staffName",
  "room",
  "surveyResponseId",
  "period",
];
/** An object as JSON text with keys drawn from a small set (so they repeat) and prototype keys; never a valid submission (no complete answers, no valid category). */
const rawJsonObject = fc
  .array(fc.tuple(fc.constantFrom(...JSON_KEYS, ...PROTOTYPE_KEYS), jsonLiteral), { maxLength: 14 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);

const jsonBody = fc
  .oneof(
    badSurveyBody("rshd").map((b) => JSON.stringify(b) ?? ""),
    badComplaintBody("rshd").map((b) => JSON.stringify(b) ?? ""),
    rawJsonObject,
    rawJsonObject.map((t) => `{"unit":"rshd","answers":{"u1":4,"u2":"4","u3":3,"u4":3,"u5":3,"u6":3,"u7":3,"u8":3},${t.slice(1)}`), // u9 missing
    invalidUtf8Bytes.map((bytes) => `{"unit":"rshd","comment":"${latin1(bytes)}"}`),
  )
  .map((text) => ({ type: "application/json", body: Buffer.from(text, /[\u0080-\u00ff]/.test(text) && !/[^\u0000-\u00ff]/.test(text) ? "latin1" : "utf8") }));

/** Form field names: the citizen forms', the workspace forms' (found on the pages), and prototype keys. Never `u9` nor `confirm`, so a form is never complete. */
const CITIZEN_FIELDS = [
  "unit",
  "u1",
  "u2",
  "u8",
  "gender",
  "comment",
  "service",
  "visitCode",
  "category",
  "description",
  "occurredOn",
  "staffName",
  "room",
  "name",
  "phone",
  "email",
  "anonymous",
  "response",
  "website",
  "password",
  "csrfToken",
  "callbackUrl",
];
const formPairs = (fields: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...fields, ...CITIZEN_FIELDS, ...PROTOTYPE_KEYS), urlValue), { maxLength: 12 })
    .map((pairs) => pairs.filter(([k]) => k !== "u9" && k !== "confirm"));

const formBody = (fields: string[]) =>
  formPairs(fields).map((pairs) => ({
    type: "application/x-www-form-urlencoded",
    body: Buffer.from(pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join("&"), "latin1"),
  }));

const BOUNDARY = "----rapor-fuzz-7MA4YWxkTrZu0gW";
function multipart(parts: [string, Buffer][]) {
  const chunks = parts.flatMap(([name, value]) => [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n`, "latin1"),
    value,
    Buffer.from("\r\n"),
  ]);
  return { type: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]) };
}
const multipartValue = fc.oneof(
  hostileString.map((s) => Buffer.from(s.slice(0, 5000), "utf8")),
  fc.constantFrom(...INVALID_UTF8).map((b) => Buffer.from(b)),
  edgeString.map((s) => Buffer.from(s.slice(0, 5000), "utf8")),
);
const multipartPairs = (fields: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...fields, ...CITIZEN_FIELDS, ...PROTOTYPE_KEYS), multipartValue), { maxLength: 8 })
    .map((pairs) => pairs.filter(([k]) => k !== "u9" && k !== "confirm"));
const multipartBody = (fields: string[]) => multipartPairs(fields).map(multipart);

const anyBody = (fields: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: jsonBody },
    { weight: 3, arbitrary: formBody(fields) },
    { weight: 2, arbitrary: multipartBody(fields) },
    { weight: 1, arbitrary: invalidUtf8Bytes.map((body) => ({ type: "text/plain", body })) },
    { weight: 1, arbitrary: fc.constant({ type: "", body: Buffer.alloc(0) }) },
    { weight: 1, arbitrary: longValue.map((v) => ({ type: "application/json", body: Buffer.from(JSON.stringify({ unit: "rshd", comment: v })) })) },
  );

/** A server action call: the real action ids seen on the workspace, in a progressive form post or in the header, with fuzzed arguments (anonymous only: signed in, a valid call would change data). */
const actionCall = (ctx: FuzzContext) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...ctx.actionIds), multipartPairs(ctx.formFields))
      .map(([id, pairs]) => ({ headers: {}, body: multipart([[`$ACTION_ID_${id}`, Buffer.alloc(0)], ...pairs]) })),
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...ctx.actionIds), fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 40, maxLength: 42 }), urlValue),
        anyBody(ctx.formFields),
      )
      .map(([id, body]) => ({ headers: { "next-action": id.replace(/[^\t\x20-\x7e\x80-\xff]/g, "") }, body })),
  );

const acceptLanguage = fc.oneof(fc.constantFrom("en", "id", "en-US,en;q=0.9", "*", "xx;q=2", ""), invalidUtf8Bytes.map(latin1));
const headerSafe = (v: string) => v.replace(/[^\t\x20-\x7e\x80-\xff]/g, "").slice(0, 4000);

export const fuzzRequest = (ctx: FuzzContext): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      route: fc.constantFrom(...ctx.routes),
      who: fc.constantFrom<Who>("anonymous", "anonymous", "admin", "inspector", "head"),
      segments: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: urlValue }), { minLength: 3, maxLength: 3 }),
      real: fc.record({ slug: fc.constantFrom(...ctx.unitSlugs), id: fc.constantFrom(...ctx.ids), code: fc.constantFrom(...ctx.trackingCodes) }),
      nextauth: fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials", "signin/credentials", "error", "_log"),
      query: fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 2, arbitrary: queryString }),
      methodPick: fc.nat(99),
      language: fc.option(acceptLanguage),
      localeCookie: fc.option(urlValue),
      forwardedFor: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), urlValue)),
      brokenSession: fc.boolean(),
      body: anyBody(ctx.formFields),
      action: ctx.actionIds.length ? actionCall(ctx) : fc.constant(null),
    })
    .map((g) => {
      let segment = 0;
      const pathname = g.route.template.replace(/\[\[?(\.\.\.)?(\w+)\]?\]/g, (_, _rest: string, name: string) => {
        const fuzzed = g.segments[segment++ % 3];
        if (fuzzed !== null) return fuzzed || "x";
        return name === "slug" ? g.real.slug : name === "code" ? g.real.code : name === "nextauth" ? g.nextauth : g.real.id;
      });
      const headers: Record<string, string> = {};
      if (g.language !== null) headers["accept-language"] = headerSafe(g.language);
      if (g.forwardedFor !== null) headers["x-forwarded-for"] = headerSafe(g.forwardedFor);
      const cookies = [
        g.who === "anonymous" ? "" : g.brokenSession ? ctx.cookies[g.who].slice(0, -7) + "%ff%00" : ctx.cookies[g.who],
        g.localeCookie !== null ? `NEXT_LOCALE=${headerSafe(g.localeCookie).replace(/;/g, "")}` : "",
      ].filter(Boolean);
      if (cookies.length) headers.cookie = cookies.join("; ");
      // Mostly the route's own methods; now and then one it does not have.
      const own = g.route.methods;
      let method = g.methodPick < 90 ? own[g.methodPick % own.length] : ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"][g.methodPick % 5];
      let body: { type: string; body: Buffer } | undefined;
      if (method === "POST" && g.route.kind === "page") {
        // A page's POST is a server action call: real ids only signed out.
        if (g.action && g.who === "anonymous") {
          Object.assign(headers, g.action.headers);
          body = g.action.body;
        } else {
          headers["next-action"] = "7f" + "0".repeat(40);
          body = g.body;
        }
      } else if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
        body = g.body;
      }
      if (method === "GET" && g.route.kind === "page" && g.methodPick % 7 === 0) method = "HEAD";
      if (body?.type) headers["content-type"] = body.type;
      return { who: g.who, method, path: pathname + g.query, headers, body: body?.body };
    });

// ---------------------------------------------------------------------------------------------
// Running

function send(base: URL, agent: http.Agent | false, request: FuzzRequest): Promise<{ status: number; answer: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body ? { "content-length": String(request.body.length) } : {}) },
        agent,
        timeout: 120_000,
        // A browser takes response headers far larger than Node's default 16 KB (a redirect that
        // carries a long generated URL back); that is no server failure.
        maxHeaderSize: 1024 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          if (size < 2000) chunks.push(c);
          size += c.length;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, answer: Buffer.concat(chunks).toString("utf8").slice(0, 300) }));
        res.on("error", (error) => resolve({ status: 0, answer: String(error) }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer within 120 s")));
    req.on("error", (error) => resolve({ status: 0, answer: String(error) }));
    if (request.body) req.end(request.body);
    else req.end();
  });
}

function headerBytes(request: FuzzRequest): number {
  return request.path.length + Object.entries(request.headers).reduce((sum, [k, v]) => sum + k.length + String(v).length + 4, 0);
}

export function describeRequest(request: FuzzRequest): string {
  const body = request.body ? ` body(${request.body.length}): ${request.body.toString("latin1").slice(0, 300)}` : "";
  return `${request.who} ${request.method} ${request.path.slice(0, 300)} ${JSON.stringify(request.headers).slice(0, 300)}${body}`;
}

const FUZZ_BATCH = 500;

/** The requests `runFuzz` sends, batch by batch (memory stays flat); each batch's seed is derived from `seed`. */
export function* fuzzBatches(ctx: FuzzContext, count: number, seed: number): Generator<FuzzRequest[]> {
  const requests = fuzzRequest(ctx);
  for (let start = 0; start < count; start += FUZZ_BATCH) yield fc.sample(requests, { numRuns: Math.min(FUZZ_BATCH, count - start), seed: seed + start });
}

/**
 * What a sample of generated requests fails to reach: a route, a role, a kind of bad input (a
 * fuzz that silently stopped producing one would pass while testing nothing). Empty when it
 * reaches them all.
 */
export function coverageGaps(sample: FuzzRequest[], routes: { template: string }[]): string[] {
  const gaps: string[] = [];
  for (const route of routes) if (!sample.some((r) => r.path.startsWith(route.template.replace(/\[.*$/, "")))) gaps.push(`route ${route.template}`);
  for (const who of ["anonymous", "admin", "inspector", "head"]) if (!sample.some((r) => r.who === who)) gaps.push(`role ${who}`);
  const bodies = sample.filter((r) => r.body).map((r) => r.body!);
  const described = sample.map(describeRequest);
  const kinds: [string, boolean][] = [
    ["lone surrogates in JSON", bodies.some((b) => b.toString("latin1").includes("\\ud8") || b.toString("latin1").includes("\\udc"))],
    ["invalid UTF-8", bodies.some((b) => b.includes(Buffer.from([0xed, 0xa0, 0x80])) || b.includes(Buffer.from([0xff])))],
    ["bodies beyond the limits", bodies.some((b) => b.length > 32 * 1024)],
    ["prototype keys", described.some((d) => /"__proto__"|__proto__=/.test(d))],
    ["malformed percent-encoding", sample.some((r) => /%ED%A0%80|%ff|%E0%A4%A(?![0-9A-F])/i.test(r.path))],
    ["raw bytes in the URL", sample.some((r) => /[\u0080-\u00ff]/.test(r.path))],
    ["server actions", sample.some((r) => r.method === "POST" && !!r.body?.toString("latin1").includes("$ACTION_ID_"))],
    ["long values", sample.some((r) => r.path.length > 2000)],
  ];
  for (const [kind, reached] of kinds) if (!reached) gaps.push(kind);
  return gaps;
}

/**
 * Sends `count` generated requests (seeded: the same seed sends the same requests), `concurrency`
 * at a time; counts the answers by status. A connection that fails counts as status 0, an error
 * like a 5xx (except 431/414-style refusals of the HTTP parser, which are 4xx anyway).
 */
export async function runFuzz(
  baseUrl: string,
  ctx: FuzzContext,
  { count, seed, concurrency = 6 }: { count: number; seed: number; concurrency?: number },
): Promise<FuzzReport> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const report: FuzzReport = { requests: 0, statuses: {}, serverErrors: [] };
  for (const list of fuzzBatches(ctx, count, seed)) {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < list.length) {
          const request = list[next++];
          let { status, answer } = await send(base, agent, request);
          // No answer at all: a kept-alive connection the server had just closed, or a reset after
          // an early answer to a large body. Once more on a connection of its own; a server that
          // really failed fails again.
          if (status === 0) ({ status, answer } = await send(base, false, { ...request, headers: { ...request.headers, connection: "close" } }));
          // Refused by Node's HTTP parser before any of our code runs (request headers beyond its
          // 16 KB: 431; raw bytes outside ASCII in the request line: 400): it answers and closes
          // the connection, which the client may see as a reset before it reads the answer.
          if (status === 0 && /ECONNRESET|EPIPE/.test(answer)) {
            if (headerBytes(request) > 16 * 1024) status = 431;
            else if (/[^\x21-\x7e]/.test(request.path)) status = 400;
          }
          report.requests++;
          report.statuses[status] = (report.statuses[status] ?? 0) + 1;
          if (status >= 500 || status === 0) report.serverErrors.push({ status, request: describeRequest(request), answer });
        }
      }),
    );
  }
  agent.destroy();
  return report;
}

/** Rows of every table but the rate limiter's counters (a refused sign-in is counted there on purpose). */
export async function rowCounts(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  provider: "sqlite" | "postgresql",
): Promise<Record<string, number>> {
  const tables = (
    await query(
      provider === "sqlite"
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'`
        : `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%'`,
    )
  )
    .map((r) => String(r.name))
    .filter((name) => name !== "RateLimiterFlexible")
    .sort();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  return counts;
}
