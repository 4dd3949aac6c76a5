// The one database client of the app. SQLite (embedded default) or PostgreSQL (production),
// chosen by DATABASE_URL (lib/db/database-url.mjs). Both generated clients come from the same
// schema, so the app is typed against the SQLite one and uses whichever matches the database.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { cacheStatements, serialiseTransactions } from "@/lib/db/sqlite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { resolveDatabase } from "@/lib/db/database-url.mjs";
import { unorderedCount } from "@/lib/db/unordered-count";

export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";
export * from "@/lib/generated/sqlite/enums";
export type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * SQLite tuned for a web server: WAL lets readers run beside the writer; synchronous=NORMAL in
 * WAL mode keeps every committed transaction through a killed process (only an OS crash or
 * power loss can lose the last commits; set SQLITE_SYNCHRONOUS=FULL where that matters).
 * Its one connection keeps transactions apart from other queries and keeps its prepared
 * statements (./db-sqlite.ts).
 */
class TunedSqliteAdapter extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    cacheStatements((adapter as unknown as { client: BetterSqlite3.Database }).client);
    serialiseTransactions(adapter);
    const synchronous = process.env.SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL";
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous}; PRAGMA foreign_keys = ON;`);
    return adapter;
  }
}

export function createDb(env: NodeJS.ProcessEnv = process.env): { db: Db; provider: DbProvider } {
  const target = resolveDatabase(env);
  const driver: DriverConnection = {};
  let db: Db;
  if (target.provider === "postgresql") {
    const factory = new PrismaPg({ connectionString: target.url, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
    db = new PostgresClient({ adapter: remembered(unorderedCounts(factory), driver) }) as unknown as Db;
  } else {
    db = new SqliteClient({ adapter: remembered(unorderedCounts(new TunedSqliteAdapter({ url: target.file!, timeout: 10_000 })), driver) });
  }
  drivers.set(db, driver);
  return { db, provider: target.provider };
}

// Prisma's driver-adapter interface (@prisma/driver-adapter-utils), as both adapters implement it.
type DriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type DriverConnection = { adapter?: DriverAdapter };
const drivers = new WeakMap<Db, DriverConnection>();

/** The factory, remembering the connection it opens for its client (Prisma connects lazily, and again after $disconnect). */
function remembered<F extends { connect(): Promise<DriverAdapter> }>(factory: F, driver: DriverConnection): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => (driver.adapter = await connect());
  return factory;
}

/**
 * The factory, its connections sending Prisma's bounded counts without their ORDER BY
 * (./unordered-count.ts: the order made PostgreSQL sort every match before counting to the bound).
 * Prisma's query log still shows the SQL as Prisma wrote it.
 */
export function unorderedCounts<F extends { connect(): Promise<DriverAdapter> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => queryRaw({ ...query, sql: unorderedCount(query.sql) });
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      const tx = await startTransaction(...args);
      const txQueryRaw = tx.queryRaw.bind(tx);
      tx.queryRaw = (query) => txQueryRaw({ ...query, sql: unorderedCount(query.sql) });
      return tx;
    };
    return adapter;
  };
  return factory;
}

export type RawTransaction = {
  /** The rows of a statement that returns some, each as an array of its columns' values. */
  query(sql: string, ...args: unknown[]): Promise<unknown[][]>;
  /** A statement's count of changed rows. */
  execute(sql: string, ...args: unknown[]): Promise<number>;
};

// Arguments go as they are: text, numbers, null; the adapter turns a boolean into 0/1 and a Date into ISO text on SQLite.
const AS_GIVEN = { scalarType: "unknown", arity: "scalar" } as const;
const sqlQuery = (sql: string, args: unknown[]) => ({ sql, args, argTypes: args.map(() => AS_GIVEN) });

async function connectedDriver(db: Db): Promise<DriverAdapter> {
  const driver = drivers.get(db);
  if (!driver) throw new Error("raw SQL on the driver needs a client made by createDb");
  if (!driver.adapter) await db.$connect();
  return driver.adapter!;
}

/** One statement of raw SQL on the client's own connection, without Prisma's query pipeline (see rawTransaction): its rows. */
export async function rawQuery(db: Db, sql: string, ...args: unknown[]): Promise<unknown[][]> {
  return (await (await connectedDriver(db)).queryRaw(sqlQuery(sql, args))).rows;
}

/**
 * A transaction of raw SQL on the client's own connection, through Prisma's driver adapter, for
 * the survey submissions' group commit: there Prisma's query pipeline (query compiler,
 * interpreter, tracing) cost as much CPU as the SQL itself. Same connection and locking as the
 * client's own transactions (the SQLite adapter's mutex; a pooled PostgreSQL connection). Both
 * adapters leave COMMIT and ROLLBACK to the caller (no "phantom" queries), so they are sent here.
 */
export async function rawTransaction<T>(db: Db, work: (tx: RawTransaction) => Promise<T>): Promise<T> {
  const tx = await (await connectedDriver(db)).startTransaction();
  try {
    const result = await work({
      query: async (sql, ...args) => (await tx.queryRaw(sqlQuery(sql, args))).rows,
      execute: (sql, ...args) => tx.executeRaw(sqlQuery(sql, args)),
    });
    await tx.executeRaw(sqlQuery("COMMIT", []));
    await tx.commit();
    return result;
  } catch (error) {
    await tx.executeRaw(sqlQuery("ROLLBACK", [])).catch(() => undefined); // already ended when COMMIT itself failed
    await tx.rollback();
    throw error;
  }
}

// One client per process; kept on globalThis so that dev-server reloads do not open more.
const globalForDb = globalThis as unknown as { raporDb?: { db: Db; provider: DbProvider } };
const instance = (globalForDb.raporDb ??= createDb());

export const db: Db = instance.db;
export const dbProvider: DbProvider = instance.provider;
