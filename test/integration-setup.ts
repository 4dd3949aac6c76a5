// Prepares the databases of one integration-test run: a fresh SQLite file and a fresh PostgreSQL
// database (at DATABASE_URL_POSTGRES, default the local server), both migrated. Where no
// PostgreSQL answers, its tests are skipped with a visible message, unless CI is set: there a
// missing PostgreSQL fails the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../scripts/db-migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteUrl: string;
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-int-"));
  const sqliteUrl = `file:${path.join(dir, "test.db")}`;
  await migrate({ ...process.env, DATABASE_URL: sqliteUrl });

  const adminUrl = process.env.DATABASE_URL_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `rapor_test_${Date.now().toString(36)}_${process.pid}`;
  let postgresUrl: string | null = null;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    postgresUrl = url.toString();
    await migrate({ ...process.env, DATABASE_URL: postgresUrl });
  } catch (error) {
    const message = `PostgreSQL at ${adminUrl} is not usable (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${message}; CI requires it`);
    console.warn(`\n*** ${message}: the PostgreSQL integration tests are SKIPPED ***\n`);
  }
  project.provide("sqliteUrl", sqliteUrl);
  project.provide("postgresUrl", postgresUrl);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (postgresUrl) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    }
    await admin.end().catch(() => {});
  };
}
