// npm run bench [-- --only throughput,weight,lighthouse,nginx,survey,reads,profile,kiosk] [--duration 10]
//                 [--responses 1000000] [--postgres] [--port 4000] [--skip-build]
//
// Measures, against a production build on 127.0.0.1 only, with bounded request loops:
//  0. (throughput, the default) every public page that is the same for everyone, the scores API
//     and survey submissions at 10 and 50 clients, each beside a file under /_next/static/ served
//     by the same server (the baseline: the server's own limit) and a bare node:http server
//     sending the same bytes (bench/raw-http-server.mjs);
//  0b. (weight) first-load weight of every citizen page, gzip, with and without the chart script;
//  0c. (lighthouse) Lighthouse 12 mobile scores of every citizen page, with Debian's Chromium;
//  0d. (nginx) the leaderboard behind Debian's nginx with proxy_cache (the README's config);
//  1. survey submissions (POST /api/v1/surveys) at 1, 10 and 50 concurrent clients, beside a
//     file under /_next/static/ of the same app and a bare node:http server that
//     does the same write with the raw driver (bench/raw-survey-server.mjs), then again with the
//     production defaults (hold counters and the per-address ceiling, which the others turn off);
//  2. the leaderboard, a unit page and /api/v1/scores with the demo data and with N extra
//     responses (default 1,000,000), beside the static page;
//  3. page weight (HTML + CSS + JS, gzip) of the survey page, the home page and the leaderboard;
//  5. (--only kiosk) kiosk submissions (a device token, an Idempotency-Key and the device time per
//     answer) at 1 and 10 clients, beside the survey API without and with a key, in one run;
//  4. (--only profile) a CPU profile of the server under survey load, its self time summed by
//     where the code comes from (Next.js, React, Prisma, the driver, Node's HTTP, the app bundle).
// Prints tables and writes JSON to bench/results/ (ignored by git).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "throughput,weight,lighthouse,nginx" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "4000" },
    // Reuse the production build in .next (and public/assets) instead of building again.
    "skip-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    responses: { type: "string", default: "1000000" },
    postgres: { type: "boolean", default: false },
  },
});
const only = new Set(values.only.split(","));
const duration = Number(values.duration);
const root = path.resolve(import.meta.dirname, "..");
const work = `/tmp/rapor-bench-${values.port}`; // per port: benches of several checkouts may run at once
const PORT = Number(values.port);
const RAW_PORT = PORT + 1;
const NGINX_PORT = PORT + 2;
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  startedAt: new Date().toISOString(),
  database: values.postgres ? "postgresql" : "sqlite",
};

type Target = { name: string; url: string; method?: "GET" | "POST"; body?: () => string; headers?: () => Record<string, string> };
type Measured = { name: string; connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number };

const SLUGS = ["rshd", "dukcapil", "dpmptsp", "pdam", "puskesmas-jalan-gedang", "puskesmas-nusa-indah", "kecamatan-teluk-segara"];
const surveyBody = () =>
  JSON.stringify({
    unit: SLUGS[Math.floor(Math.random() * SLUGS.length)],
    answers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, 1 + Math.floor(Math.random() * 4)])),
    service: "Benchmark",
  });

async function measure(target: Target, connections: number): Promise<Measured> {
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    method: target.method ?? "GET",
    headers: target.body ? { "content-type": "application/json" } : {},
    requests: target.body
      ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: target.body!(), headers: { ...request.headers, ...target.headers?.() } }) }]
      : undefined,
  });
  return {
    name: target.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The baseline, then each target, then the baseline again, keeping the higher of its two rates:
 * a dip of the machine during one measurement must not flatter every ratio of the run.
 */
async function measureAround(baseline: Target, targets: Target[], connections: number): Promise<Measured[]> {
  const first = await measure(baseline, connections);
  const rows: Measured[] = [];
  for (const t of targets) rows.push(await measure(t, connections));
  const again = await measure(baseline, connections);
  return [again.rps > first.rps ? again : first, ...rows];
}

function databaseEnv(dataDir: string): Record<string, string> {
  return values.postgres
    ? { DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${path.basename(dataDir).replace(/\W/g, "_")}` }
    : { DATABASE_URL: "", DATA_DIR: dataDir };
}

function prepareDatabase(dataDir: string, extraResponses: number) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, ...databaseEnv(dataDir) };
  if (values.postgres) {
    const name = env.DATABASE_URL!.split("/").pop();
    spawnSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, "-c", `CREATE DATABASE ${name}`], { stdio: "ignore" });
  }
  run(["node", "scripts/db-migrate.mjs"], env);
  run(["node", "node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"], env);
  if (extraResponses > 0) run(["node", "node_modules/tsx/dist/cli.mjs", "scripts/seed-large.ts", "--responses", String(extraResponses)], env);
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(args[0], args.slice(1), { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

// Servers still running when the bench ends (a failed step) are killed with it: left behind, they
// would hold the ports and answer the next run's readiness checks.
const servers = new Set<ChildProcess>();
process.on("exit", () => servers.forEach((child) => child.kill("SIGKILL")));

async function startServer(command: string[], env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(command[0], command.slice(1), { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "ignore", "inherit"] });
  servers.add(child);
  child.once("exit", () => servers.delete(child));
  for (let i = 0; i < 600; i++) {
    if (await ping(readyUrl)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become ready at ${readyUrl}`);
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

function ping(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** Bytes on the wire of `url` with gzip accepted (Next compresses with gzip). */
function transferred(url: string): Promise<{ bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", async () => {
        const raw = Buffer.concat(chunks);
        const { gunzipSync } = await import("node:zlib");
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
        resolve({ bytes: raw.length, body });
      });
    }).on("error", reject);
  });
}

/** First-load bytes (gzip): the page and what it loads at once; the chart script, loaded when a chart nears the viewport, apart. */
async function pageWeight(base: string, pathname: string) {
  const page = await transferred(base + pathname);
  const assets = [...new Set([...page.body.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const { bytes } = await transferred(base + asset);
    if (asset.endsWith(".css")) css += bytes;
    else js += bytes;
  }
  const chartScript = page.body.match(/"(\/assets\/charts\.js[^"]*)"/)?.[1];
  const charts = chartScript ? (await transferred(base + chartScript)).bytes : 0;
  const kb = (n: number) => +(n / 1024).toFixed(1);
  return { page: pathname, "HTML KB": kb(page.bytes), "CSS KB": kb(css), "JS KB": kb(js), "first load KB": kb(page.bytes + css + js), "chart script KB": kb(charts), "with charts KB": kb(page.bytes + css + js + charts), requests: 1 + assets.length + (chartScript ? 1 : 0) };
}

/** A tracking code of a complaint filed through the API, for the tracking page's figures. */
async function trackingCode(): Promise<string> {
  const response = await fetch(`${base}/api/v1/complaints`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unit: "rshd", category: "delay", description: "Antrean lama sekali tanpa penjelasan dari petugas loket.", occurredOn: new Date().toISOString().slice(0, 10), anonymous: true }),
  });
  if (response.status !== 201) throw new Error(`filing a complaint answered ${response.status}`);
  return (await response.json()).trackingCode;
}

/** The README's nginx configuration, with this run's ports and paths. */
function nginxConfig(prefix: string, listen: number, upstream: number): string {
  return `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=rapor:10m max_size=200m inactive=10m use_temp_path=off;
  upstream rapor { server 127.0.0.1:${upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://rapor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_cache rapor;
      # The language is a cookie: one cached copy per language. Pages say themselves whether
      # they may be shared (Cache-Control: public, s-maxage) or not (private, no-store).
      proxy_cache_key $scheme$host$request_uri$cookie_NEXT_LOCALE;
      proxy_ignore_headers Vary;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_lock on;
    }
  }
}
`;
}

function table(rows: Record<string, unknown>[]) {
  console.table(rows);
}

// The production build (with the chart script), once, before any timing.
if (!values["skip-build"]) {
  run(["node", "scripts/build-charts.mjs"], process.env);
  run(["node", "node_modules/next/dist/bin/next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}
// The server itself (server/index.ts), compiled beside the build even with --skip-build (a tenth of a second).
run(["node", "scripts/build-server.mjs"], process.env);

const base = `http://127.0.0.1:${PORT}`;
// The baseline: a file under /_next/static/ served by the same server (the smallest stylesheet
// of the build; deterministic). /robots.txt, used before, runs the proxy and a route itself.
const staticFile = readdirSync(path.join(root, ".next/static/chunks")).filter((f) => f.endsWith(".css")).sort()[0];
const staticPage: Target = { name: "static file (/_next/static/…)", url: `${base}/_next/static/chunks/${staticFile}` };
const serverEnv = (dataDir: string) => ({ PORT: String(PORT), SURVEY_RATE_LIMIT: "0", SURVEY_HOLD: "0", COMPLAINT_RATE_LIMIT: "0", SEED_DEMO: "0", NEXTAUTH_SECRET: "bench", ...databaseEnv(dataDir) });
const startApp = (dataDir: string) => startServer(["node", SERVER_ENTRY], serverEnv(dataDir), `${base}/api/health`);


const CITIZEN_PAGES = ["/", "/peringkat", "/unit/rshd", "/metode", "/s/rshd"];

if (only.has("throughput")) {
  const dir = path.join(work, "throughput");
  prepareDatabase(dir, 0);
  const app = await startApp(dir);
  const targets: Target[] = [
    staticPage,
    ...CITIZEN_PAGES.map((p) => ({ name: `GET ${p}`, url: base + p })),
    { name: "GET /api/v1/scores", url: `${base}/api/v1/scores` },
    { name: "POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST" as const, body: surveyBody },
  ];
  for (const t of targets) await measure(t, 10); // warm-up: JIT, caches, prepared statements
  const rows: Measured[] = [];
  for (const connections of [10, 50]) rows.push(...(await measureAround(staticPage, targets.slice(1), connections)));
  await stopServer(app);
  const raw = await startServer(["node", "bench/raw-http-server.mjs"], { PORT: String(RAW_PORT), BODY_FILE: path.join(root, ".next/static/chunks", staticFile) }, `http://127.0.0.1:${RAW_PORT}/`);
  await measure({ name: "warm-up", url: `http://127.0.0.1:${RAW_PORT}/` }, 10);
  for (const connections of [10, 50]) rows.push(await measure({ name: "raw node:http (same bytes)", url: `http://127.0.0.1:${RAW_PORT}/` }, connections));
  await stopServer(raw);
  const goal = (name: string) => (name.startsWith("GET /api") || name.startsWith("POST") ? 0.35 : name.startsWith("GET /") ? 0.5 : null);
  const summary = targets.slice(1).map((t) => {
    const row: Record<string, unknown> = { target: t.name, goal: goal(t.name) };
    for (const c of [10, 50]) {
      const at = rows.find((r) => r.name === t.name && r.connections === c)!;
      const stat = rows.find((r) => r.name === staticPage.name && r.connections === c)!;
      row[`req/s @${c}`] = at.rps;
      row[`x static @${c}`] = +(at.rps / stat.rps).toFixed(2);
      row[`p99 ms @${c}`] = at.p99;
    }
    return row;
  });
  console.log("\nThroughput (baseline: a file under /_next/static/ of the same server)");
  table(rows);
  table(summary);
  results.throughput = { rows, summary, staticFile };
}

if (only.has("nginx")) {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (!nginx) {
    console.log("\nnginx: not installed here (Debian: apt-get install nginx); the shared-cache measurement is skipped.");
    results.nginx = { skipped: "nginx not installed" };
  } else {
    const dir = path.join(work, "nginx-data");
    prepareDatabase(dir, 0);
    const app = await startApp(dir);
    const prefix = path.join(work, "nginx");
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(path.join(prefix, "cache"), { recursive: true });
    writeFileSync(path.join(prefix, "nginx.conf"), nginxConfig(prefix, NGINX_PORT, PORT));
    const proxy = await startServer([nginx, "-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {}, `http://127.0.0.1:${NGINX_PORT}/peringkat`);
    const rows: Measured[] = [];
    const targets: Target[] = [
      { name: "static file, direct", url: staticPage.url },
      { name: "/peringkat, direct", url: `${base}/peringkat` },
      { name: "/peringkat through nginx proxy_cache", url: `http://127.0.0.1:${NGINX_PORT}/peringkat` },
    ];
    for (const t of targets) await measure(t, 10);
    for (const connections of [10, 50]) rows.push(...(await measureAround(targets[0], targets.slice(1), connections)));
    await stopServer(proxy);
    await stopServer(app);
    console.log("\nThe leaderboard behind nginx (proxy_cache, the README's configuration)");
    table(rows);
    results.nginx = { rows };
  }
}

if (only.has("lighthouse")) {
  const dir = path.join(work, "lighthouse");
  prepareDatabase(dir, 0);
  const app = await startApp(dir);
  const code = await trackingCode();
  const scores: Record<string, unknown>[] = [];
  for (const pathname of [...CITIZEN_PAGES, "/s/rshd/terima-kasih", "/pengaduan", `/lacak/${code}`]) {
    const out = path.join(work, "lighthouse.json");
    const result = spawnSync(
      "node",
      ["node_modules/lighthouse/cli/index.js", base + pathname, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices,seo", "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
      { cwd: root, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (result.status !== 0) {
      scores.push({ page: pathname, error: `lighthouse exited with ${result.status}` });
      continue;
    }
    const report = JSON.parse(readFileSync(out, "utf8"));
    const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
    scores.push({
      page: pathname,
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best practices": score("best-practices"),
      seo: score("seo"),
      "LCP ms": Math.round(report.audits["largest-contentful-paint"].numericValue),
      "TBT ms": Math.round(report.audits["total-blocking-time"].numericValue),
      CLS: +report.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    });
  }
  await stopServer(app);
  console.log("\nLighthouse 12 (mobile preset, production build); goals: performance >= 95, accessibility 100, best practices 100, SEO 100 on indexable pages");
  table(scores);
  results.lighthouse = scores;
}

if (only.has("survey") || only.has("weight") || only.has("reads")) {
  const demoDir = path.join(work, "demo");
  prepareDatabase(demoDir, 0);

  if (only.has("survey")) {
    const rows: Measured[] = [];
    const app = await startApp(demoDir);
    // Warm up both paths (JIT, connection, prepared statements) before measuring.
    await measure({ ...staticPage }, 10);
    await measure({ name: "warm-up", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(await measure(staticPage, connections));
      rows.push(await measure({ name: "survey POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, connections));
    }
    await stopServer(app);
    // The same with the production defaults: the hold signals' counters and the per-address
    // ceiling, raised out of the way (all of the bench's load comes from one address).
    const production = await startServer(["node", SERVER_ENTRY], { ...serverEnv(demoDir), SURVEY_HOLD: "1", SURVEY_RATE_LIMIT: "1", SURVEY_RATE_LIMIT_PER_CLIENT: "1000000000" }, `${base}/api/health`);
    await measure({ name: "warm-up", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(await measure({ name: "survey, production settings (ceiling and hold counters)", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, connections));
    }
    await stopServer(production);
    const raw = await startServer(["node", "bench/raw-survey-server.mjs"], { PORT: String(RAW_PORT), ...databaseEnv(demoDir) }, `http://127.0.0.1:${RAW_PORT}/`);
    await measure({ name: "warm-up", url: `http://127.0.0.1:${RAW_PORT}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(await measure({ name: "raw node:http + driver", url: `http://127.0.0.1:${RAW_PORT}/api/v1/surveys`, method: "POST", body: surveyBody }, connections));
    }
    await stopServer(raw);
    const ratios = [1, 10, 50].map((c) => {
      const survey = rows.find((r) => r.name.startsWith("survey POST") && r.connections === c)!;
      const production = rows.find((r) => r.name.startsWith("survey, production") && r.connections === c)!;
      const stat = rows.find((r) => r.name.startsWith("static") && r.connections === c)!;
      const rawRow = rows.find((r) => r.name.startsWith("raw") && r.connections === c)!;
      return { connections: c, "survey/static": +(survey.rps / stat.rps).toFixed(2), "survey/raw": +(survey.rps / rawRow.rps).toFixed(2), "survey p99 ms": survey.p99, "production settings/static": +(production.rps / stat.rps).toFixed(2) };
    });
    console.log("\nSurvey submissions");
    table(rows);
    table(ratios);
    results.survey = { rows, ratios, goal: "survey >= 0.6 x static rps; p99 < 50 ms at 50 clients" };
  }

  if (only.has("weight")) {
    const app = await startApp(demoDir);
    const code = await trackingCode();
    const weights = [];
    for (const pathname of [...CITIZEN_PAGES, "/s/rshd/terima-kasih", "/pengaduan", `/lacak/${code}`]) weights.push(await pageWeight(base, pathname));
    await stopServer(app);
    console.log("\nPage weight (bytes, gzip)");
    table(weights);
    results.pageWeight = weights;
  }

  if (only.has("reads")) {
    const reads: (Measured & { data: string })[] = [];
    const computeTimes: Record<string, unknown>[] = [];
    const largeDir = path.join(work, "large");
    // Fresh databases: the survey benchmark above has written its own responses into demoDir.
    const readsDemoDir = path.join(work, "reads-demo");
    for (const [label, dir] of [["demo", readsDemoDir], [`demo + ${Number(values.responses).toLocaleString("en")}`, largeDir]] as const) {
      prepareDatabase(dir, dir === largeDir ? Number(values.responses) : 0);
      const compute = spawnSync("node", ["node_modules/tsx/dist/cli.mjs", "bench/scores-compute.ts"], { cwd: root, env: { ...process.env, ...databaseEnv(dir) }, encoding: "utf8" });
      if (compute.status !== 0) throw new Error(`scores-compute failed: ${compute.stderr}`);
      computeTimes.push({ data: label, ...JSON.parse(compute.stdout.trim().split("\n").pop()!) });
      const app = await startApp(dir);
      const targets: Target[] = [
        staticPage,
        { name: "leaderboard /peringkat", url: `${base}/peringkat` },
        { name: "unit page /unit/rshd", url: `${base}/unit/rshd` },
        { name: "GET /api/v1/scores", url: `${base}/api/v1/scores` },
        { name: "GET /api/v1/scores?period=<year>", url: `${base}/api/v1/scores?period=${new Date().getUTCFullYear()}` },
      ];
      for (const t of targets) await measure(t, 10); // warm caches
      for (const t of targets) reads.push({ ...(await measure(t, 10)), data: label });
      await stopServer(app);
    }
    const summary = ["leaderboard", "unit page", "GET /api"].map((prefix) => {
      const at = (data: string) => reads.find((r) => r.name.startsWith(prefix) && r.data === data)!;
      const stat = (data: string) => reads.find((r) => r.name.startsWith("static") && r.data === data)!;
      const [demo, large] = [reads[0].data, reads[reads.length - 1].data];
      return {
        target: prefix,
        "demo: x static": +(at(demo).rps / stat(demo).rps).toFixed(2),
        "large: x static": +(at(large).rps / stat(large).rps).toFixed(2),
        "large / demo": +(at(large).rps / at(demo).rps).toFixed(2),
      };
    });
    console.log("\nScores read model, uncached (computeScores, ms)");
    console.log(JSON.stringify(computeTimes, null, 2));
    results.scoresCompute = computeTimes;
    console.log("\nPublic reads (10 connections)");
    table(reads);
    table(summary);
    results.reads = { rows: reads, summary, goal: ">= 0.8 x static rps; large >= 0.8 x demo" };
  }
}

if (only.has("kiosk")) {
  const kioskDir = path.join(work, "kiosk");
  prepareDatabase(kioskDir, 0);
  const paired = spawnSync("node", ["node_modules/tsx/dist/cli.mjs", "bench/kiosk-devices.ts", "10"], { cwd: root, env: { ...process.env, ...databaseEnv(kioskDir) }, encoding: "utf8" });
  if (paired.status !== 0) throw new Error(`kiosk-devices failed: ${paired.stderr}`);
  const { slug, tokens } = JSON.parse(paired.stdout.trim().split("\n").pop()!) as { slug: string; tokens: string[] };
  const answers = () => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, 1 + Math.floor(Math.random() * 4)]));
  const key = () => ({ "idempotency-key": crypto.randomUUID() });
  const targets: Target[] = [
    { name: "survey API", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody },
    { name: "survey API + Idempotency-Key", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody, headers: key },
    {
      name: "kiosk (token + key + device time)",
      url: `${base}/api/v1/surveys`,
      method: "POST",
      body: () => JSON.stringify({ unit: slug, answers: answers(), madeAt: new Date().toISOString() }),
      headers: () => ({ ...key(), authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}` }),
    },
  ];
  const app = await startServer(["node", SERVER_ENTRY], serverEnv(kioskDir), `${base}/robots.txt`);
  for (const t of targets) await measure(t, 10); // warm-up
  const rows: Measured[] = [];
  for (const connections of [1, 10]) for (const t of targets) rows.push(await measure(t, connections));
  await stopServer(app);
  console.log("\nKiosk submissions beside the survey API");
  table(rows);
  results.kiosk = { rows };
}

if (only.has("profile")) {
  const demoDir = path.join(work, "profile");
  prepareDatabase(demoDir, 0);
  const profiled: Target[] = [
    { name: "survey POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody },
    { name: "leaderboard /peringkat", url: `${base}/peringkat` },
  ];
  const profiles: Record<string, unknown>[] = [];
  for (const target of profiled) {
    const profileDir = path.join(work, "cpu-profile");
    rmSync(profileDir, { recursive: true, force: true });
    const app = await startServer(
      ["node", "--cpu-prof", `--cpu-prof-dir=${profileDir}`, SERVER_ENTRY],
      serverEnv(demoDir),
      `${base}/robots.txt`,
    );
    await measure(target, 10); // warm-up
    const measured = await measure(target, 10);
    await stopServer(app); // next start exits on SIGTERM, and Node writes the profile on exit
    const files = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"));
    if (files.length === 0) throw new Error("no CPU profile was written");
    const { shares, top } = summariseProfile(JSON.parse(readFileSync(path.join(profileDir, files[0]), "utf8")), duration * 1e6);
    console.log(`\nWhere the server's CPU time goes: ${target.name}, ${measured.rps} req/s at 10 connections (idle excluded)`);
    table(shares);
    table(top);
    profiles.push({ measured, shares, top });
  }
  results.profile = profiles;
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[] };

/**
 * Self time per origin of the code, as a share of the busy (non-idle) time, over the profile's
 * last `windowMicros` (the measured load; start-up and warm-up are left out).
 */
function summariseProfile(profile: CpuProfile, windowMicros: number) {
  const origin = (url: string, fn: string) => {
    if (!url) return fn === "(garbage collector)" ? "garbage collection" : fn === "(idle)" ? "idle" : "native and VM (program)";
    if (url.startsWith("node:")) return "Node.js core (http, streams, timers)";
    if (/react-dom|\/react\/|react-server/.test(url)) return "React";
    if (/@prisma|lib\/generated|\.prisma/.test(url)) return "Prisma client";
    if (/better-sqlite3|\/pg\//.test(url)) return "database driver";
    if (url.includes("/next/dist/")) return "Next.js runtime";
    if (url.includes("/.next/server/")) return "app bundle (routes, zod, next-intl, lib/)";
    if (url.includes("/.next/custom-server/")) return "the server (server/: the front, gzip)";
    return "other node_modules";
  };
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    if (elapsed < total - windowMicros) return;
    const frame = frames.get(id)!;
    const where = origin(frame.url, frame.functionName);
    if (where === "idle") return;
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + delta);
    const fn = `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/")}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
  });
  const busy = [...byOrigin.values()].reduce((a, b) => a + b, 0);
  const rows = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([where, us]) => ({ where: where.slice(0, 90), "share %": +((100 * us) / busy).toFixed(1), "CPU s": +(us / 1e6).toFixed(2) }));
  return { shares: rows(byOrigin, 20), top: rows(byFunction, 15) };
}

mkdirSync(path.join(root, "bench/results"), { recursive: true });
const file = path.join(root, "bench/results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nwrote ${path.relative(root, file)}`);
