// Where the headless Chromium is and how it starts, shared by the report's printer
// (print.server.ts) and the end-to-end tests (playwright.config.ts), so both run the same browser
// with the same flags. No imports beyond node's: the Playwright config loads it as it is.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The browser that prints: CHROMIUM_PATH, else the first one installed where Debian and Google put it. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The flags a server without a display, sandbox user or network access needs. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
