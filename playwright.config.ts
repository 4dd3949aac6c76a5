// End-to-end tests in a real Chromium against the production build, on a database of their own
// (E2E_DATA_DIR, default .e2e/data), never the developer's. Debian's Chromium is used where
// Playwright's own browsers cannot be downloaded; CHROMIUM_PATH overrides it.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./lib/report/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".e2e/data");
// One key per run, set here in the runner and inherited by its workers: the extra servers' seeded
// templates belong to it (e2e/servers.ts, removed by e2e/global-teardown.ts).
process.env.E2E_TEMPLATE_RUN ??= `${Date.now().toString(36)}${process.pid}`;
const chromium = chromiumPath() ?? undefined;

/** The specs with tests in `mode: "serial"` (a whole file or a describe of it). */
const SERIES = /\/(skm-report|bad-input-routes|plans|zone-schemes|fault-kill|front|public-two-instances|bad-input-postgres|survey-api)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: ".e2e/results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  globalTeardown: "./e2e/global-teardown.ts",
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: ".e2e/report" }]],
  // Room for a busy machine (npm run test:busy): a test waits for states, never for a time, and
  // none needs a step to finish within a budget; retries stay off (a flaky test gets fixed).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "id-ID",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    },
  },
  // Specs whose tests run in series (one worker, one after another) are queued first: a long
  // series started last is the run's tail, with the other worker idle (issue 29). Same browser,
  // same settings; only the queue's order differs.
  projects: [
    { name: "chromium, series first", testMatch: SERIES, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", testIgnore: SERIES, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000, // includes the production build on a fresh clone
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: e2eDataDir,
      DATABASE_URL: "",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO_SCALE: "1", // a quarter of the demo's answers: faster seeds, same behaviour
    },
  },
});
