// The SQLite connection under Prisma's better-sqlite3 adapter (6.19), made fit for a server: a
// statement outside a transaction no longer slips into whichever transaction is open, and
// prepared statements are kept.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** How many distinct SQL texts keep their prepared statement (Prisma's `IN (…)` lists vary in length). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Prisma's better-sqlite3 adapter (6.19) prepares every query anew, and binds its parameters to
 * the fresh statement: about a tenth of the CPU of a survey submission went to compiling the same
 * SQL again. Its driver connection gets a prepare() that reuses one statement per SQL text and
 * passes the parameters at each call instead of binding them for good. The adapter uses
 * prepare(sql).run(), and prepare(sql).bind(args) then .reader, .run(), .columns(), .raw().all().
 */
export function cacheStatements(client: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = client.prepare.bind(client);
  const statements = new Map<string, BetterSqlite3.Statement>();
  const statementFor = (sql: string) => {
    let statement = statements.get(sql);
    if (statement)
      statements.delete(sql); // re-inserted below: the map's order is least recently used first
    else {
      statement = prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  const withArgs = (statement: BetterSqlite3.Statement, args: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  client.prepare = ((sql: string) => {
    const statement = statementFor(sql);
    return { ...withArgs(statement, []), bind: (args: unknown[]) => withArgs(statement, args) };
  }) as unknown as typeof client.prepare;
}

/** One turn at a time, in the order asked (the adapter's own mutex is private and covers transactions only). */
class Turns {
  #held = false;
  #waiting: (() => void)[] = [];
  get free(): boolean {
    return !this.#held;
  }
  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

/**
 * The adapter has one connection, and it runs a query outside a transaction on it even while
 * another request's interactive transaction is open (between BEGIN and COMMIT, across awaits).
 * That query then joins the transaction: it sees its uncommitted rows, and a write acknowledged
 * to its own client is undone when the transaction rolls back (seen: a refused visit code took a
 * concurrent, already answered write with it). Here every transaction holds a turn from its
 * start to its COMMIT or ROLLBACK, and a query outside one waits for the turn when a transaction
 * holds it, else runs at once (the driver is synchronous, so nothing can start in between).
 * So code inside `db.$transaction(async (tx) => …)` must use `tx`, not `db`: a query on `db`
 * there waits for its own transaction, until Prisma's transaction timeout ends it.
 */
export function serialiseTransactions(adapter: Adapter): void {
  const turns = new Turns();
  for (const method of ["queryRaw", "executeRaw", "executeScript"] as const) {
    const run = adapter[method].bind(adapter) as (arg: never) => Promise<unknown>;
    (adapter as unknown as Record<string, (arg: never) => Promise<unknown>>)[method] = async (arg) => {
      if (turns.free) return run(arg);
      await turns.take();
      try {
        return await run(arg);
      } finally {
        turns.give();
      }
    };
  }
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    await turns.take();
    try {
      const tx = await startTransaction(isolationLevel);
      let ended = false;
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          if (!ended) turns.give();
          ended = true;
        }
      };
      tx.commit = end(tx.commit.bind(tx));
      tx.rollback = end(tx.rollback.bind(tx));
      return tx;
    } catch (error) {
      turns.give();
      throw error;
    }
  };
}
