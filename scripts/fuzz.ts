// npm run fuzz [-- --requests 10000] [--postgres] [--seed 1234] [--concurrency 6] [--port 3290]
//
// The route fuzz of e2e/bad-input-routes.spec.ts on its own: a fresh database (SQLite, or a new
// PostgreSQL database with --postgres) with the demo data, the production build started on it,
// N generated requests against every route (e2e/fuzz-routes.ts), then the figures: requests,
// answers by status, 5xx (must be 0) and whether any stored row changed (must not). Builds the
// app first when there is no build. Exits 1 on a 5xx or a changed row.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { fuzzContext, rowCounts, runFuzz } from "../e2e/fuzz-routes";
import { postgresSetup, prepareDatabase, sqliteSetup, startServer, waitReady, SERVER_SECRET } from "../e2e/servers";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    postgres: { type: "boolean", default: false },
    seed: { type: "string", default: String(Date.now() % 100000) },
    concurrency: { type: "string", default: "6" },
    port: { type: "string", default: "3290" },
  },
});
const provider = values.postgres ? "postgresql" : "sqlite";
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(1);
}

const setup = values.postgres ? await postgresSetup() : await sqliteSetup();
if (!setup) {
  console.error("no PostgreSQL reachable (DATABASE_URL_POSTGRES)");
  process.exit(1);
}
await prepareDatabase(setup);
const server = startServer(setup.env, port);
let failed = true;
try {
  await waitReady(base);
  const ctx = await fuzzContext(base, setup.query, SERVER_SECRET);
  const before = await rowCounts(setup.query, provider);
  const started = Date.now();
  const report = await runFuzz(base, ctx, { count: Number(values.requests), seed: Number(values.seed), concurrency: Number(values.concurrency) });
  const seconds = (Date.now() - started) / 1000;
  const after = await rowCounts(setup.query, provider);
  const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
  console.log(`\nroute fuzz on ${provider}: ${ctx.routes.length} routes, ${ctx.actionIds.length} server actions, seed ${values.seed}`);
  console.log(`requests: ${report.requests} in ${seconds.toFixed(0)} s (${(report.requests / seconds).toFixed(0)}/s), concurrency ${values.concurrency}`);
  console.table(Object.fromEntries(Object.entries(report.statuses).map(([status, n]) => [status, { answers: n }])));
  console.log(`5xx or no answer: ${report.serverErrors.length}`);
  for (const error of report.serverErrors.slice(0, 20)) console.log(`  ${error.status} ${error.request}\n    -> ${error.answer}`);
  console.log(`stored rows changed: ${changed.length ? changed.map((t) => `${t} ${before[t]} -> ${after[t]}`).join(", ") : "none"}`);
  failed = report.serverErrors.length > 0 || changed.length > 0;
} finally {
  process.kill(-server.pid!, "SIGTERM");
  await setup.cleanup();
}
process.exit(failed ? 1 : 0);
