// npm test: every check, in the order that fails fastest. Type checking, lint, unit tests,
// integration tests of the data layer on SQLite and PostgreSQL, then the end-to-end tests in
// Chromium against a production build (built by the Playwright web server's `npm start` path).
// `npm test -- --skip-e2e` stops before the browser tests.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["prisma schemas in step", ["node", "scripts/prisma-generate.mjs", "--check"]],
  ["type check", ["node", "node_modules/typescript/bin/tsc", "--noEmit"]],
  ["lint", ["node", "node_modules/eslint/bin/eslint.js", "."]],
  ["unit tests", ["node", "node_modules/vitest/vitest.mjs", "run", "--project", "unit"]],
  ["integration tests (SQLite and PostgreSQL)", ["node", "node_modules/vitest/vitest.mjs", "run", "--project", "integration"]],
];
if (!process.argv.includes("--skip-e2e")) {
  steps.push(["end-to-end tests (Chromium, production build)", ["node", "node_modules/@playwright/test/cli.js", "test"]]);
}

for (const [title, [command, ...args]] of steps) {
  console.log(`\n=== ${title} ===`);
  if (title.startsWith("end-to-end")) rmSync(process.env.E2E_DATA_DIR ?? ".e2e/data", { recursive: true, force: true }); // a fresh database per run
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  console.log(`--- ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
