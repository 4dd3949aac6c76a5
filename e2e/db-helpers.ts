// Small helpers of the workspace specs: one-statement reads and writes on the test server's
// database, and the city's current quarter (Asia/Jakarta, UTC+7, as lib/scores/period.ts).
import { e2eDb } from "./fixtures";

export function dbGet<T>(sql: string, ...params: unknown[]): T {
  const sqlite = e2eDb();
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}

export function dbRun(sql: string, ...params: unknown[]) {
  const sqlite = e2eDb();
  try {
    return sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}

export function cityQuarter(date = new Date()): { key: string; year: number; quarter: number } {
  const jakarta = new Date(date.getTime() + 7 * 3_600_000);
  const year = jakarta.getUTCFullYear();
  const quarter = Math.floor(jakarta.getUTCMonth() / 3) + 1;
  return { key: `${year}-Q${quarter}`, year, quarter };
}

/** What a staff write does in its own transaction (lib/cache/public-version.server.ts): a spec that
 * writes public data straight into the database (a new unit) calls this, so every instance serves
 * the change on its next request instead of after its cache expires. */
export function publicDataChanged() {
  dbRun(`UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1`);
}
