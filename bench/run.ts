// npm run bench [-- --only throughput,weight,lighthouse,nginx,survey,reads,profile,kiosk,report-zip,workspace] [--duration 10]
//                 [--responses 1000000] [--postgres] [--port 4000] [--skip-build] [--large [--large-db NAME] [--complaints 200000]]
//
// Measures, against a production build on 127.0.0.1 only, with bounded request loops:
//  0. (throughput, the default) every public page that is the same for everyone, the scores API
//     and survey submissions at 10 and 50 clients, each beside a file under /_next/static/ served
//     by the same server (the baseline: the server's own limit) and a bare node:http server
//     sending the same bytes (bench/raw-http-server.mjs);
//  0b. (weight) first-load weight of every citizen page, gzip, with and without the chart script;
//  0c. (lighthouse) Lighthouse 12 mobile scores of every citizen page, with Debian's Chromium;
//  0d. (nginx) the leaderboard behind Debian's nginx with proxy_cache (docs/operations.md's config);
//  1. survey submissions (POST /api/v1/surveys) at 1, 10 and 50 concurrent clients, beside a
//     file under /_next/static/ of the same app and a bare node:http server that
//     does the same write with the raw driver (bench/raw-survey-server.mjs), then again with the
//     production defaults (hold counters and the per-address ceiling, which the others turn off);
//  2. the leaderboard, a unit page and /api/v1/scores with the demo data and with N extra
//     responses (default 1,000,000), beside the static page;
//  3. page weight (HTML + CSS + JS, gzip) of the survey page, the home page and the leaderboard;
//  5. (--only kiosk) kiosk submissions (a device token, an Idempotency-Key and the device time per
//     answer) at 1 and 10 clients, beside the survey API without and with a key, in one run;
//  6. (--only report-zip) the period's ZIP of SKM report PDFs printed by Chromium, streamed: time to
//     the first bytes and to the end (bench/report-zip.ts);
//  7. (--only workspace) the secretariat's workspace (case list, searches, a deep page, a case, the
//     dashboard, the responses and the held queue) at 5 clients, median and p95, at demo size and
//     with --large at 200,000 cases and 2,000,000 responses, and the quarter's export (bench/workspace.ts);
//  4. (--only profile) a CPU profile of the server under survey load, its self time summed by
//     where the code comes from (Next.js, React, Prisma, the driver, Node's HTTP, the app bundle).
// Prints tables and writes JSON to bench/results/ (ignored by git). This file runs the sections in
// order; each is a module of bench/ (throughput, nginx, lighthouse, demo-data, kiosk, profile), on
// the helpers of options.ts, measure.ts, servers.ts and pages.ts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { base, only, root, values } from "./options";
import type { Target } from "./measure";
import { run } from "./servers";
import { throughput } from "./throughput";
import { behindNginx } from "./nginx";
import { lighthouse } from "./lighthouse";
import { onDemoData } from "./demo-data";
import { kiosk } from "./kiosk";
import { profile } from "./profile";
import { reportZip } from "./report-zip";
import { workspace } from "./workspace";

if (values.help) {
  // The usage is the header of this file.
  console.log(
    readFileSync(import.meta.filename, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("//"))
      .slice(0, 2)
      .map((line) => line.slice(3))
      .join("\n"),
  );
  process.exit(0);
}

const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  startedAt: new Date().toISOString(),
  database: values.postgres ? "postgresql" : "sqlite",
};

// The production build (with the chart script), once, before any timing.
if (!values["skip-build"]) {
  run(["node", "scripts/build-charts.mjs"], process.env);
  run(["node", "node_modules/next/dist/bin/next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}
// The server itself (server/index.ts), compiled beside the build even with --skip-build (a tenth of a second).
run(["node", "scripts/build-server.mjs"], process.env);

// The baseline: a file under /_next/static/ served by the same server (the smallest stylesheet
// of the build; deterministic). /robots.txt, used before, runs the proxy and a route itself.
const staticFile = readdirSync(path.join(root, ".next/static/chunks"))
  .filter((f) => f.endsWith(".css"))
  .sort()[0];
const staticPage: Target = { name: "static file (/_next/static/…)", url: `${base}/_next/static/chunks/${staticFile}` };
const context = { staticFile, staticPage, results };

if (only.has("throughput")) await throughput(context);
if (only.has("nginx")) await behindNginx(context);
if (only.has("lighthouse")) await lighthouse(context);
if (only.has("survey") || only.has("weight") || only.has("reads")) await onDemoData(context);
if (only.has("kiosk")) await kiosk(context);
if (only.has("profile")) await profile(context);
if (only.has("report-zip")) await reportZip(context);
if (only.has("workspace")) await workspace(context);

mkdirSync(path.join(root, "bench/results"), { recursive: true });
const file = path.join(root, "bench/results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nwrote ${path.relative(root, file)}`);
