// npm test: every check, in the order that fails fastest. The schemas and migrations in step,
// formatting, type checking, lint, unit tests,
// integration tests of the data layer on SQLite and PostgreSQL, then the end-to-end tests in
// Chromium against a production build (built by the Playwright web server's `npm start` path).
// `npm test -- --skip-e2e` stops before the browser tests. Ends with one summary line of counts.
// `npm run test:busy` (`--busy`) runs the same suite while a busy loop occupies one core, started
// here and always stopped at the end: the tests must hold on a busy machine (no step needs to
// finish within N ms, waits wait for a state).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const reports = ".test-results";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitest = (project) => [
  "node",
  "node_modules/vitest/vitest.mjs",
  "run",
  "--project",
  project,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reports}/${project}.json`,
];
const steps = [
  ["prisma schemas in step", ["node", "scripts/prisma-generate.mjs", "--check"]],
  ["migrations match the schema (SQLite and PostgreSQL)", ["node", "scripts/check-migrations.mjs"]],
  ["formatting (Prettier)", ["node", "node_modules/prettier/bin/prettier.cjs", "--check", "--log-level=warn", "."]],
  ["type check", ["node", "node_modules/typescript/bin/tsc", "--noEmit"]],
  ["lint", ["node", "node_modules/eslint/bin/eslint.js", "."]],
  ["unit tests", vitest("unit")],
  ["integration tests (SQLite and PostgreSQL)", vitest("integration")],
];
if (!process.argv.includes("--skip-e2e")) {
  steps.push(["end-to-end tests (Chromium, production build)", ["node", "node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"]]);
}

let busy = null;
if (process.argv.includes("--busy")) {
  busy = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
  const stop = () => busy.exitCode === null && busy.signalCode === null && busy.kill("SIGKILL");
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(130));
  console.log(`busy loop running (pid ${busy.pid}): one core is taken for the whole run`);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const suiteStarted = Date.now();
let status = 0;
for (const [title, [command, ...args]] of steps) {
  console.log(`\n=== ${title} ===`);
  if (title.startsWith("end-to-end")) rmSync(process.env.E2E_DATA_DIR ?? ".e2e/data", { recursive: true, force: true }); // a fresh database per run
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` } });
  console.log(`--- ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) {
    status = result.status ?? 1;
    break;
  }
}

// Count the tests of every runner that reported (vitest and Playwright JSON reports).
for (const project of ["unit", "integration"]) {
  const file = `${reports}/${project}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (existsSync(`${reports}/e2e.json`)) {
  const stats = JSON.parse(readFileSync(`${reports}/e2e.json`, "utf8")).stats;
  totals.passed += stats.expected + (stats.flaky ?? 0);
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}
console.log(
  `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, in ${((Date.now() - suiteStarted) / 60_000).toFixed(1)} min${busy ? " (with one core busy)" : ""}`,
);
process.exit(status);
