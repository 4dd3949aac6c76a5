// db:restore refuses what it must not restore, in one line and before touching the target, on
// SQLite and PostgreSQL: a file of another application (intact, but not this product's schema)
// and a truncated backup of this product. The target database stays empty.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DbProvider } from "@/lib/db/db.server";
import { migrate } from "@/scripts/db-migrate.mjs";
import { emptyPostgresDatabase, runScript } from "@/test/scratch";
import { pgArchiveNotOurs } from "./backup.server";

type Target = { url: string; tables: () => Promise<number>; run: (sql: string) => Promise<void>; drop: () => Promise<void> };

async function freshDatabase(provider: DbProvider, dir: string, name: string): Promise<Target> {
  if (provider === "sqlite") {
    const file = path.join(dir, `${name}.db`);
    const open = () => new Database(file);
    return {
      url: `file:${file}`,
      tables: async () => {
        const sqlite = open();
        try {
          return (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
        } finally {
          sqlite.close();
        }
      },
      run: async (sql) => {
        const sqlite = open();
        sqlite.exec(sql);
        sqlite.close();
      },
      drop: async () => {},
    };
  }
  const { url, drop } = await emptyPostgresDatabase("rapor_rr", name);
  const query = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows;
    } finally {
      await c.end();
    }
  };
  return {
    url,
    tables: async () =>
      Number(
        (await query(`SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'`))[0].n,
      ),
    run: async (sql) => void (await query(sql)),
    drop,
  };
}

for (const provider of ["sqlite", "postgresql"] as const) {
  const available = provider === "sqlite" || !!inject("postgresUrl");
  (available ? describe : describe.skip)(`db:restore refuses a file it must not restore [${provider}]`, () => {
    let dir: string;
    const made: Target[] = [];
    let ours: string;
    let foreign: string;

    const database = async (name: string) => {
      const target = await freshDatabase(provider, dir, name);
      made.push(target);
      return target;
    };
    const backupOf = async (target: Target) => {
      const result = await runScript("scripts/db-backup.ts", [], {
        ...process.env,
        DATABASE_URL: target.url,
        BACKUP_DIR: path.join(dir, "backups"),
        BACKUP_KEEP: "10",
      });
      expect(result.code, result.stderr).toBe(0);
      return result.stdout.trim().split("\n").at(-1)!;
    };
    /** Restores `file` into a fresh database: refused with one line naming `problem`, the database left empty. */
    const expectRefused = async (file: string, problem: RegExp) => {
      const target = await database(`t${made.length}`);
      const result = await runScript("scripts/db-restore.ts", [file], { ...process.env, DATABASE_URL: target.url });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await target.tables()).toBe(0);
    };

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "rapor-restore-"));
      const product = await database("ours");
      await migrate({ ...process.env, DATABASE_URL: product.url });
      ours = await backupOf(product);
      const other = await database("other");
      await other.run(`CREATE TABLE notes (id integer PRIMARY KEY, body text); INSERT INTO notes (id, body) VALUES (1, 'not ours')`);
      foreign = await backupOf(other);
    }, 120_000);

    afterAll(async () => {
      for (const target of made) await target.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("refuses another application's database, intact as it is", { timeout: 60_000 }, async () => {
      await expectRefused(foreign, /db:restore: .* is not a backup of Rapor Layanan \(no table "_prisma_migrations", "Unit"/);
    });

    it("refuses a truncated backup of this product, saying it is damaged", { timeout: 60_000 }, async () => {
      const whole = readFileSync(ours);
      const truncated = path.join(dir, `truncated-${path.basename(ours)}`);
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
      await expectRefused(truncated, /db:restore: .* is damaged \(/);
    });

    it("still restores a backup of this product", { timeout: 60_000 }, async () => {
      const target = await database("again");
      const result = await runScript("scripts/db-restore.ts", [ours], { ...process.env, DATABASE_URL: target.url });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(await target.tables()).toBeGreaterThan(10);
    });
  });
}

describe("a pg_dump archive's table of contents", () => {
  it("is ours with the product's tables and recorded migrations, quoted or not", () => {
    const toc = (names: string[], data: string[]) =>
      [
        ...names.map((n, i) => `${200 + i}; 1259 ${16000 + i} TABLE public ${n} postgres`),
        ...data.map((n, i) => `${300 + i}; 0 ${16000 + i} TABLE DATA public ${n} postgres`),
      ].join("\n");
    expect(pgArchiveNotOurs(toc(["_prisma_migrations", '"Unit"', '"SurveyResponse"', '"Complaint"'], ["_prisma_migrations"]))).toBeNull();
    expect(pgArchiveNotOurs(toc(["notes"], ["notes"]))).toMatch(
      /not a backup of Rapor Layanan \(no table "_prisma_migrations", "Unit", "SurveyResponse", "Complaint"\)/,
    );
    expect(pgArchiveNotOurs(toc(["_prisma_migrations", "Unit", "SurveyResponse", "Complaint"], []))).toMatch(/no migrations recorded/);
  });
});
