// npm test: every check, failing as early as it can on a machine of two cores:
// 1. two lanes at once: the schemas and migrations in step, formatting and the type check in one,
//    lint and the unit tests in the other (each step's output is printed whole when it ends);
// 2. the integration tests of the data layer on SQLite and PostgreSQL (files in parallel, each
//    worker on databases of its own: test/integration-setup.ts);
// 3. the production build, once, as a step of its own (`scripts/start.mjs --build-only`: skipped
//    when the sources have not changed since the last one); the Playwright web server's start
//    then finds it current and does not build again;
// 4. the end-to-end tests (Playwright: Chromium, and the browserless API specs).
// Prints each step's time, then the ten slowest tests of every report, then one line of counts.
// `npm test -- --skip-e2e` stops before the build and the end-to-end tests.
// `npm run test:busy` (`--busy`) runs the same suite while a busy loop occupies one core, started
// here and always stopped at the end: the tests must hold on a busy machine (no step needs to
// finish within N ms, waits wait for a state).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { playwrightCounts, playwrightTests, slowest, vitestCounts, vitestTests } from "./test-report.mjs";

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
/** Phases run one after another; the lanes of a phase at once; the steps of a lane in order. */
const phases = [
  [
    [
      ["prisma schemas in step", ["node", "scripts/prisma-generate.mjs", "--check"]],
      ["migrations match the schema (SQLite and PostgreSQL)", ["node", "scripts/check-migrations.mjs"]],
      ["formatting (Prettier)", ["node", "node_modules/prettier/bin/prettier.cjs", "--check", "--log-level=warn", "."]],
      ["type check", ["node", "node_modules/typescript/bin/tsc", "--noEmit"]],
    ],
    [
      ["lint", ["node", "node_modules/eslint/bin/eslint.js", "."]],
      ["unit tests", vitest("unit")],
    ],
  ],
  [[["integration tests (SQLite and PostgreSQL)", vitest("integration")]]],
];
if (!process.argv.includes("--skip-e2e")) {
  phases.push([[["production build (once; reused by the end-to-end servers)", ["node", "scripts/start.mjs", "--build-only"]]]]);
  phases.push([
    [["end-to-end tests (Playwright, against the production build)", ["node", "node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"]]],
  ]);
}

let busy = null;
if (process.argv.includes("--busy")) {
  busy = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
  const stop = () => busy.exitCode === null && busy.signalCode === null && busy.kill("SIGKILL");
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(130));
  console.log(`busy loop running (pid ${busy.pid}): one core is taken for the whole run`);
}

const seconds = (ms, digits = 0) => `${(ms / 1000).toFixed(digits)} s`;
const timings = [];

/** One step; alone in its phase its output streams, beside another lane it is printed whole at its end. */
function runStep(title, [command, ...args], alone) {
  if (alone) console.log(`\n=== ${title} ===`);
  if (title.startsWith("end-to-end")) rmSync(process.env.E2E_DATA_DIR ?? ".e2e/data", { recursive: true, force: true }); // a fresh database per run
  const started = Date.now();
  const child = spawn(command, args, {
    stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json`, ...(alone ? {} : { FORCE_COLOR: "0" }) },
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const ok = code === 0;
      const ms = Date.now() - started;
      if (!alone) console.log(`\n=== ${title} ===\n${output.trimEnd()}`);
      console.log(`--- ${title}: ${ok ? "ok" : "FAILED"} in ${seconds(ms)}`);
      timings.push({ title, ms, ok });
      resolve(ok ? 0 : (code ?? 1));
    });
  });
}

const suiteStarted = Date.now();
let status = 0;
for (const lanes of phases) {
  const phaseStarted = Date.now();
  const results = await Promise.all(
    lanes.map(async (lane) => {
      for (const step of lane) {
        const code = await runStep(step[0], step[1], lanes.length === 1);
        if (code !== 0) return code;
      }
      return 0;
    }),
  );
  if (lanes.length > 1) console.log(`--- these ${lanes.length} lanes together: ${seconds(Date.now() - phaseStarted)}`);
  status = results.find((code) => code !== 0) ?? 0;
  if (status !== 0) break;
}

// Counts and the slowest tests of every runner that reported (vitest and Playwright JSON reports).
const totals = { passed: 0, failed: 0, skipped: 0 };
const tests = [];
const add = (counts) => Object.keys(totals).forEach((k) => (totals[k] += counts[k]));
for (const project of ["unit", "integration"]) {
  const file = `${reports}/${project}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  add(vitestCounts(report));
  tests.push(...vitestTests(report, project));
}
if (existsSync(`${reports}/e2e.json`)) {
  const report = JSON.parse(readFileSync(`${reports}/e2e.json`, "utf8"));
  add(playwrightCounts(report));
  tests.push(...playwrightTests(report));
}
console.log("\nstep times:");
for (const t of timings) console.log(`  ${seconds(t.ms).padStart(6)}  ${t.title}${t.ok ? "" : " (FAILED)"}`);
if (tests.length) {
  console.log("the ten slowest tests:");
  for (const t of slowest(tests, 10)) console.log(`  ${seconds(t.ms, 1).padStart(7)}  ${t.title}`);
}
const build = timings.find((t) => t.title.startsWith("production build"));
const total = Date.now() - suiteStarted;
console.log(
  `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, in ${(total / 60_000).toFixed(1)} min` +
    `${build ? ` (${((total - build.ms) / 60_000).toFixed(1)} min without the build)` : ""}${busy ? " (with one core busy)" : ""}`,
);
process.exit(status);
