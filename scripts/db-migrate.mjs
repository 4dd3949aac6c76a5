// Applies the committed migrations (prisma/…/migrations/*/migration.sql, in name order) to the
// database in use (see lib/db/database-url.mjs). Idempotent, and safe when several instances start
// at once (SQLite: an immediate transaction; PostgreSQL: an advisory lock).
//
// Why not `prisma migrate deploy`: with Prisma 6.19's WebAssembly schema engine it works on
// SQLite but fails on PostgreSQL through @prisma/adapter-pg (prisma/orm#27403, "Column type
// 'name' could not be deserialized"), and the native engine cannot be downloaded here. This
// runner keeps Prisma's own bookkeeping table, `_prisma_migrations`, with the same checksums, so
// `prisma migrate status` and a later switch back to Prisma's runner see the same history.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { prismaPaths, resolveDatabase } from "../lib/db/database-url.mjs";

function pendingMigrations(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function migrateSqlite(db, migrations) {
  mkdirSync(path.dirname(db.file), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(db.file);
  try {
    sqlite.pragma("journal_mode = WAL"); // persistent in the file
    sqlite.pragma("busy_timeout = 10000");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied = [];
    const run = sqlite.transaction(() => {
      const done = new Set(
        sqlite.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).pluck().all(),
      );
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        sqlite.exec(m.sql);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
          VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
          )
          .run(randomUUID(), m.checksum, m.name);
        applied.push(m.name);
      }
    });
    run.immediate();
    return applied;
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(db, migrations) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(727001)"); // one migrator at a time
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const done = new Set(rows.map((r) => r.migration_name));
    const applied = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
          VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${error.message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns the database and the names applied. */
export async function migrate(env = process.env) {
  const db = resolveDatabase(env);
  const migrations = pendingMigrations(prismaPaths[db.provider].migrations);
  const applied = db.provider === "sqlite" ? await migrateSqlite(db, migrations) : await migratePostgres(db, migrations);
  return { db, applied };
}

if (process.argv[1]?.endsWith("db-migrate.mjs")) {
  const { db, applied } = await migrate();
  console.log(applied.length ? `applied ${applied.length} migration(s) to ${db.provider}: ${applied.join(", ")}` : `${db.provider}: database is up to date`);
}
