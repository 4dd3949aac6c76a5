// Prepares the databases of one integration-test run: a migrated template on SQLite (a file) and
// on PostgreSQL (a database at DATABASE_URL_POSTGRES, default the local server), then one copy of
// each per worker (a file copy; `CREATE DATABASE ... TEMPLATE`), so that test files run in parallel
// and each worker's files share a database one at a time, as the whole run did before. Where no
// PostgreSQL answers, its tests are skipped with a visible message, unless CI is set: there a
// missing PostgreSQL fails the run.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../scripts/db-migrate.mjs";
import { INTEGRATION_WORKERS } from "./workers.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Worker n (VITEST_POOL_ID, from 1) uses the (n-1)th database of each list. */
    sqliteUrls: string[];
    postgresUrls: string[] | null;
    /** The PostgreSQL server's database the run's copies were made on (for suites that create their own). */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-int-"));
  const template = path.join(dir, "template.db");
  await migrate({ ...process.env, DATABASE_URL: `file:${template}` });
  const workers = Array.from({ length: INTEGRATION_WORKERS }, (_, i) => i + 1);
  const sqliteUrls = workers.map((n) => {
    const file = path.join(dir, `worker-${n}.db`);
    copyFileSync(template, file);
    return `file:${file}`;
  });

  const adminUrl = process.env.DATABASE_URL_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const prefix = `rapor_test_${Date.now().toString(36)}_${process.pid}`;
  const names = [`${prefix}_t`, ...workers.map((n) => `${prefix}_${n}`)];
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  let postgresUrls: string[] | null = null;
  const created: string[] = [];
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${names[0]}`);
    created.push(names[0]);
    await migrate({ ...process.env, DATABASE_URL: urlOf(names[0]) });
    for (const name of names.slice(1)) {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${names[0]}`);
      created.push(name);
    }
    postgresUrls = names.slice(1).map(urlOf);
  } catch (error) {
    const message = `PostgreSQL at ${adminUrl} is not usable (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${message}; CI requires it`);
    console.warn(`\n*** ${message}: the PostgreSQL integration tests are SKIPPED ***\n`);
  }
  project.provide("sqliteUrls", sqliteUrls);
  project.provide("postgresUrls", postgresUrls);
  project.provide("postgresUrl", postgresUrls ? urlOf(names[0]) : null);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  };
}
