// Fault test: during a burst of survey submissions the server is killed with SIGKILL and started
// again. Every submission that was acknowledged with 201 must be stored exactly once, and the
// monthly aggregates must equal a recount of the stored responses. Runs on SQLite and on
// PostgreSQL against the production build, on a server and database of its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";

const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];
const postgresAdmin = process.env.DATABASE_URL_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/postgres";

test.describe.configure({ mode: "serial", timeout: 240_000 });

type Setup = { env: Record<string, string>; cleanup: () => Promise<void>; query: (sql: string) => Promise<Record<string, unknown>[]> };

async function sqliteSetup(): Promise<Setup> {
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-fault-"));
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
  };
}

async function postgresSetup(): Promise<Setup | null> {
  const admin = new pg.Client({ connectionString: postgresAdmin, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.CI) throw error;
    return null;
  }
  const name = `rapor_fault_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdmin);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-fault-pg-"));
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
  };
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  // Detached: its own process group, so that SIGKILL reaches every process of the server.
  return spawn("node", ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: { ...process.env, ...env, PORT: String(port), SURVEY_RATE_LIMIT: "0", NEXTAUTH_SECRET: "fault-test-secret", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
}

async function waitReady(base: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become ready");
}

for (const [provider, makeSetup, port] of [
  ["sqlite", sqliteSetup, 3190],
  ["postgresql", postgresSetup, 3191],
] as const) {
  test(`[${provider}] every acknowledged submission survives SIGKILL exactly once, aggregates stay exact`, async () => {
    const setup = await makeSetup();
    test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
    const { env, cleanup, query } = setup!;
    const base = `http://127.0.0.1:${port}`;
    try {
      const prepared = spawnSync("node", ["scripts/db-migrate.mjs"], { env: { ...process.env, ...env }, stdio: "inherit" });
      expect(prepared.status).toBe(0);
      const seeded = spawnSync("node", ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"], { env: { ...process.env, ...env }, stdio: "inherit" });
      expect(seeded.status).toBe(0);

      let server = startServer(env, port);
      await waitReady(base);

      const acknowledged: number[] = [];
      let running = true;
      const client = async () => {
        while (running) {
          try {
            const response = await fetch(`${base}/api/v1/surveys`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ unit: "rshd", answers: Object.fromEntries(ELEMENTS.map((e, i) => [e, 1 + ((i + acknowledged.length) % 4)])) }),
            });
            if (response.status === 201) acknowledged.push((await response.json()).id);
          } catch {
            await new Promise((r) => setTimeout(r, 20)); // the server is down: try again shortly
          }
        }
      };
      // Wait on counts, not on the clock: a slow or busy machine acknowledges fewer per second.
      const until = async (count: number) => {
        const deadline = Date.now() + 60_000;
        while (acknowledged.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      };
      const clients = Array.from({ length: 16 }, client);
      await until(40);
      const beforeKill = acknowledged.length;
      process.kill(-server.pid!, "SIGKILL");
      await new Promise((r) => setTimeout(r, 300));
      server = startServer(env, port);
      await waitReady(base);
      await until(acknowledged.length + 20); // more acknowledged submissions after the restart
      running = false;
      await Promise.all(clients);
      process.kill(-server.pid!, "SIGTERM");

      expect(beforeKill).toBeGreaterThanOrEqual(40);
      expect(acknowledged.length).toBeGreaterThan(beforeKill);
      expect(new Set(acknowledged).size).toBe(acknowledged.length);

      const stored = new Set((await query(`SELECT id FROM "SurveyResponse" WHERE service IS NULL AND "unitId" = (SELECT id FROM "Unit" WHERE slug = 'rshd')`)).map((r) => Number(r.id)));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);

      const recount = await query(
        `SELECT "unitId", COUNT(*) AS n, ${ELEMENTS.map((e) => `COUNT("${e}") AS "${e}Count", COALESCE(SUM("${e}"), 0) AS "${e}Sum"`).join(", ")}
         FROM "SurveyResponse" WHERE excluded = ${provider === "sqlite" ? 0 : "false"} GROUP BY "unitId" ORDER BY "unitId"`,
      );
      const aggregates = await query(
        `SELECT "unitId", SUM(respondents) AS n, ${ELEMENTS.map((e) => `SUM("${e}Count") AS "${e}Count", SUM("${e}Sum") AS "${e}Sum"`).join(", ")}
         FROM "MonthlyAggregate" GROUP BY "unitId" ORDER BY "unitId"`,
      );
      const normalise = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
      expect(normalise(aggregates)).toEqual(normalise(recount));
    } finally {
      await cleanup();
    }
  });
}
