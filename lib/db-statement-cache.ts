// A prepared-statement cache for the SQLite driver connection of Prisma's better-sqlite3 adapter.
import type BetterSqlite3 from "better-sqlite3";

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
    if (statement) statements.delete(sql); // re-inserted below: the map's order is least recently used first
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

