// The one database client of the app. SQLite (embedded default) or PostgreSQL (production),
// chosen by DATABASE_URL (lib/database-url.mjs). Both generated clients come from the same
// schema, so the app is typed against the SQLite one and uses whichever matches the database.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { resolveDatabase } from "@/lib/database-url.mjs";

export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";
export * from "@/lib/generated/sqlite/enums";
export type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * SQLite tuned for a web server: WAL lets readers run beside the writer; synchronous=NORMAL in
 * WAL mode keeps every committed transaction through a killed process (only an OS crash or
 * power loss can lose the last commits; set SQLITE_SYNCHRONOUS=FULL where that matters).
 */
class TunedSqliteAdapter extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    const synchronous = process.env.SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL";
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous}; PRAGMA foreign_keys = ON;`);
    return adapter;
  }
}

export function createDb(env: NodeJS.ProcessEnv = process.env): { db: Db; provider: DbProvider } {
  const target = resolveDatabase(env);
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
    return { db: new PostgresClient({ adapter }) as unknown as Db, provider: "postgresql" };
  }
  const adapter = new TunedSqliteAdapter({ url: target.file!, timeout: 10_000 });
  return { db: new SqliteClient({ adapter }), provider: "sqlite" };
}

// One client per process; kept on globalThis so that dev-server reloads do not open more.
const globalForDb = globalThis as unknown as { raporDb?: { db: Db; provider: DbProvider } };
const instance = (globalForDb.raporDb ??= createDb());

export const db: Db = instance.db;
export const dbProvider: DbProvider = instance.provider;
