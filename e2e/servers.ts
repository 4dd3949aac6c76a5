// Servers of their own for the specs that need one (fault test, PostgreSQL bad-input test): a
// fresh database on SQLite or PostgreSQL, the production build started on it, and a way to query
// that database directly. The Playwright web server has built the app (and the server, SERVER_ENTRY)
// before any spec runs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect } from "@playwright/test";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

const postgresAdmin = process.env.DATABASE_URL_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type Setup = {
  env: Record<string, string>;
  cleanup: () => Promise<void>;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  /** Replaces the fresh database with a copy of the one at `template` (an environment of the same kind, seeded). */
  copyFrom: (template: Record<string, string>) => Promise<void>;
};

export async function sqliteSetup(): Promise<Setup> {
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-e2e-"));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: "" },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    query: async (sql) => {
      const sqlite = new Database(path.join(dir, "rapor.db"), { readonly: true });
      try {
        return sqlite.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        sqlite.close();
      }
    },
    // After the seed every connection is closed, so the file holds everything (no -wal left).
    copyFrom: async (template) => copyFileSync(path.join(template.DATA_DIR, "rapor.db"), path.join(dir, "rapor.db")),
  };
}

export async function postgresSetup(): Promise<Setup | null> {
  const admin = new pg.Client({ connectionString: postgresAdmin, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.CI) throw error;
    return null;
  }
  const name = `rapor_e2e_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdmin);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-e2e-pg-"));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: url.toString() },
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
    query: async (sql) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    copyFrom: async (template) => {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${new URL(template.DATABASE_URL).pathname.slice(1)}`);
    },
  };
}

/** The session secret of these servers (so that tests can sign session cookies). */
export const SERVER_SECRET = "e2e-server-secret";

/** `overrides` win over the test defaults (e.g. SURVEY_RATE_LIMIT: "1" to keep the limits on). */
export function startServer(env: Record<string, string>, port: number, overrides: Record<string, string> = {}): ChildProcess {
  // Detached: its own process group, so that SIGKILL reaches every process of the server.
  return spawn("node", [SERVER_ENTRY], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      SURVEY_RATE_LIMIT: "0",
      SURVEY_HOLD: "0",
      COMPLAINT_RATE_LIMIT: "0",
      NEXTAUTH_SECRET: SERVER_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      ...overrides,
    },
    stdio: "ignore",
    detached: true,
  });
}

/** Waits until the server answers its health check (up to 3 minutes: a busy machine starts slowly). */
export async function waitReady(base: string) {
  for (let i = 0; i < 720; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become ready");
}

/** Migrates and seeds the demo data into the database of `env`. */
function migrateAndSeed(env: Record<string, string>) {
  for (const args of [["scripts/db-migrate.mjs"], ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"]]) {
    const result = spawnSync("node", args, { env: { ...process.env, SEED_DEMO_SCALE: "1", ...env }, stdio: "inherit" });
    expect(result.status).toBe(0);
  }
}

/**
 * Fills the fresh database of `setup` with the demo data. In a Playwright run (E2E_TEMPLATE_RUN,
 * set by playwright.config.ts) the demo is migrated and seeded once per kind of database, by the
 * first spec that needs it (a lock directory keeps the two workers from both doing it), and every
 * spec's server gets a copy: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 * The seven servers of these specs used to seed seven times. Elsewhere (npm run fuzz) it seeds.
 */
export async function prepareDatabase(setup: Setup) {
  const run = process.env.E2E_TEMPLATE_RUN;
  if (!run) return migrateAndSeed(setup.env);
  const kind = setup.env.DATABASE_URL ? "postgresql" : "sqlite";
  const dir = templatesDir(run);
  mkdirSync(dir, { recursive: true });
  const ready = path.join(dir, `${kind}.ready`);
  const failed = path.join(dir, `${kind}.failed`);
  const template = templateEnv(kind, run);
  let mine = false;
  try {
    mkdirSync(path.join(dir, `${kind}.lock`));
    mine = true;
  } catch {
    // another spec is making it: wait for it below
  }
  if (mine) {
    try {
      if (kind === "postgresql") await createDatabase(templatePostgresName(run));
      else mkdirSync(template.DATA_DIR, { recursive: true });
      migrateAndSeed(template);
      writeFileSync(ready, "");
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
  }
  // No time budget on the seed itself (a busy machine seeds slowly): wait until it is done either way.
  while (!existsSync(ready)) {
    if (existsSync(failed)) throw new Error(`the ${kind} template of the demo data failed to seed`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await setup.copyFrom(template);
}

const templatesDir = (run: string) => path.join(tmpdir(), `rapor-e2e-templates-${run}`);
const templatePostgresName = (run: string) => `rapor_e2e_tpl_${run}`;
function templateEnv(kind: "sqlite" | "postgresql", run: string): Record<string, string> {
  if (kind === "sqlite") return { DATA_DIR: path.join(templatesDir(run), "sqlite"), DATABASE_URL: "" };
  const url = new URL(postgresAdmin);
  url.pathname = `/${templatePostgresName(run)}`;
  return { DATABASE_URL: url.toString() };
}

async function createDatabase(name: string) {
  const admin = new pg.Client({ connectionString: postgresAdmin, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/** Removes the run's templates (playwright.config.ts's global teardown). */
export async function dropTemplates(run: string) {
  rmSync(templatesDir(run), { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: postgresAdmin, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templatePostgresName(run)} WITH (FORCE)`);
  } catch {
    // no PostgreSQL: nothing was made there
  } finally {
    await admin.end().catch(() => {});
  }
}
