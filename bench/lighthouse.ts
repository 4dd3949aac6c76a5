// 0c. (lighthouse) Lighthouse 12 mobile scores of every citizen page, with Debian's Chromium.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { base, root, work } from "./options";
import { table, type Context } from "./measure";
import { CITIZEN_PAGES, trackingCode } from "./pages";
import { prepareDatabase, startApp, stopServer } from "./servers";

export async function lighthouse({ results }: Context) {
  const dir = path.join(work, "lighthouse");
  prepareDatabase(dir, 0);
  const app = await startApp(dir);
  const code = await trackingCode();
  const scores: Record<string, unknown>[] = [];
  for (const pathname of [...CITIZEN_PAGES, "/s/rshd/terima-kasih", "/pengaduan", `/lacak/${code}`]) {
    const out = path.join(work, "lighthouse.json");
    const result = spawnSync(
      "node",
      [
        "node_modules/lighthouse/cli/index.js",
        base + pathname,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
      ],
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
