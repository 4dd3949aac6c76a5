// The statement cache under Prisma's own better-sqlite3 adapter, used as Prisma uses it: if the
// adapter changes how it prepares and binds, these fail.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements, serialiseTransactions } from "./sqlite";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
const AS_GIVEN = { scalarType: "unknown", arity: "scalar" } as const;
const q = (sql: string, ...args: unknown[]) => ({ sql, args, argTypes: args.map(() => AS_GIVEN) });

/** An in-memory connection through the adapter, counting the SQL texts the driver really compiles. */
async function connect(size?: number): Promise<{ adapter: Adapter; compiled: string[] }> {
  const adapter = await new PrismaBetterSQLite3({ url: ":memory:" }).connect();
  serialiseTransactions(adapter);
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  const compiled: string[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    compiled.push(sql);
    return prepare(sql);
  }) as typeof client.prepare;
  cacheStatements(client, size);
  await adapter.executeScript(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER)`);
  return { adapter, compiled };
}

describe("cacheStatements", () => {
  it("compiles each SQL text once and passes each call's own arguments", async () => {
    const { adapter, compiled } = await connect();
    const insert = `INSERT INTO t (name, n) VALUES (?, ?)`;
    for (const [name, n] of [
      ["a", 1],
      ["b", 2],
      ["c", null],
    ] as const)
      expect(await adapter.executeRaw(q(insert, name, n))).toBe(1);
    const select = `SELECT name, n FROM t WHERE id >= ? ORDER BY id`;
    // (The adapter answers 64-bit integers as text.)
    expect((await adapter.queryRaw(q(select, 2))).rows).toEqual([
      ["b", "2"],
      ["c", null],
    ]);
    expect((await adapter.queryRaw(q(select, 1))).rows).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["c", null],
    ]);
    expect((await adapter.queryRaw(q(`INSERT INTO t (name) VALUES (?) RETURNING id`, "d"))).rows).toEqual([["4"]]);
    expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
    expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  });

  it("keeps transactions and errors as the adapter had them", async () => {
    const { adapter } = await connect();
    const insert = `INSERT INTO t (name) VALUES (?)`;
    for (const end of ["ROLLBACK", "COMMIT"]) {
      const tx = await adapter.startTransaction(); // runs BEGIN through prepare(sql).run()
      await tx.executeRaw(q(insert, end));
      await tx.executeRaw(q(end));
      await tx.commit();
    }
    expect((await adapter.queryRaw(q(`SELECT name FROM t`))).rows).toEqual([["COMMIT"]]);
    // A refused statement throws as before, and the cached statement still works after it.
    await expect(adapter.executeRaw(q(insert, "COMMIT"))).rejects.toMatchObject({ name: "DriverAdapterError" });
    expect(await adapter.executeRaw(q(insert, "other"))).toBe(1);
  });

  it("keeps the most recently used statements, up to its size", async () => {
    const { adapter, compiled } = await connect(2);
    const texts = [1, 2, 3].map((i) => `SELECT ${i} AS x WHERE ? = ?`);
    const use = (i: number) => adapter.queryRaw(q(texts[i], 1, 1));
    await use(0);
    await use(1);
    await use(0); // now the most recent: 1 goes first
    await use(2);
    await use(0);
    expect(compiled.filter((sql) => texts.includes(sql))).toEqual([texts[0], texts[1], texts[2]]);
    await use(1);
    expect(compiled.filter((sql) => sql === texts[1])).toHaveLength(2);
  });
});

describe("serialiseTransactions", () => {
  const insert = (name: string) => q(`INSERT INTO t (name) VALUES (?)`, name);
  const names = async (adapter: Adapter) => (await adapter.queryRaw(q(`SELECT name FROM t ORDER BY name`))).rows.map(([name]) => name);
  const open = async (adapter: Adapter) => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(insert("in-transaction"));
    return tx;
  };

  it("keeps a write outside the transaction out of it: the transaction's rollback does not undo it", async () => {
    const { adapter } = await connect();
    const tx = await open(adapter);
    let acknowledged = false;
    const outside = adapter.executeRaw(insert("outside")).then(() => (acknowledged = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(acknowledged).toBe(false); // it waits for the transaction to end
    await tx.executeRaw(q("ROLLBACK"));
    await tx.rollback();
    await outside;
    expect(await names(adapter)).toEqual(["outside"]);
  });

  it("does not let a read outside see the open transaction's rows", async () => {
    const { adapter } = await connect();
    const tx = await open(adapter);
    const read = names(adapter);
    await tx.executeRaw(q("ROLLBACK"));
    await tx.rollback();
    expect(await read).toEqual([]); // read after the transaction, never in the middle
  });

  it("runs transactions and the queries that wait for them in the order they asked", async () => {
    const { adapter } = await connect();
    const order: string[] = [];
    const transaction = async (name: string) => {
      const tx = await adapter.startTransaction();
      await tx.executeRaw(insert(name));
      order.push(name);
      await tx.executeRaw(q("COMMIT"));
      await tx.commit();
    };
    const single = (name: string) => adapter.executeRaw(insert(name)).then(() => order.push(name));
    await Promise.all([transaction("t1"), single("s1"), transaction("t2"), single("s2")]);
    expect(order).toEqual(["t1", "s1", "t2", "s2"]);
  });

  it("gives the turn back when a transaction cannot start", async () => {
    const { adapter } = await connect();
    await expect(adapter.startTransaction("READ UNCOMMITTED")).rejects.toMatchObject({ name: "DriverAdapterError" });
    expect(await adapter.executeRaw(insert("after"))).toBe(1);
    const tx = await open(adapter);
    await tx.executeRaw(q("COMMIT"));
    await tx.commit();
    await tx.commit(); // a second end does not give a turn it no longer holds
    expect(await names(adapter)).toEqual(["after", "in-transaction"]);
  });
});
