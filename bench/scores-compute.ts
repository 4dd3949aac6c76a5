// The uncached cost of the scores read model: computeScores for a year and a quarter, straight
// against the database named by DATABASE_URL / DATA_DIR (run by bench/run.ts for the demo data
// and for the large data set). Prints JSON: median and p95 milliseconds over repeated runs.
import { createDb } from "@/lib/db/db.server";
import { computeScores } from "@/lib/scores/read-model.server";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";

const { db } = createDb();
const now = new Date();
const periods = [String(now.getUTCFullYear()), currentQuarter(now).key];
const out: Record<string, { medianMs: number; p95Ms: number; respondents: number }> = {};
for (const key of periods) {
  const period = parsePeriod(key)!;
  await computeScores(db, period, now); // warm-up
  const times: number[] = [];
  let respondents = 0;
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const report = await computeScores(db, period, now);
    times.push(performance.now() - start);
    respondents = report.units.reduce((sum, u) => sum + u.respondents, 0);
  }
  times.sort((a, b) => a - b);
  out[key] = { medianMs: +times[7].toFixed(1), p95Ms: +times[14].toFixed(1), respondents };
}
console.log(JSON.stringify(out));
await db.$disconnect();
