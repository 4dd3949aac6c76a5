// Small helpers of the workspace specs: one-statement reads and writes on the test server's
// database, and the city's current quarter (Asia/Jakarta, UTC+7, as lib/scoring/period.ts).
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
