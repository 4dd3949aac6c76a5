// The client on both databases: a write acknowledged while another request's transaction is open
// is not undone by that transaction (SQLite has one connection: lib/db/sqlite.ts); rawTransaction
// commits all or nothing, on the client's own connection, beside the client's own transactions.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { rawTransaction } from "./db.server";

describeEachDatabase("raw transactions on the client's connection", ({ db, provider }) => {
  const p = (i: number) => (provider === "postgresql" ? `$${i}` : "?");
  const insert = () => `INSERT INTO "RateLimiterFlexible" ("key", "points") VALUES (${p(1)}, ${p(2)}) RETURNING "points"`;
  const stored = (prefix: string) =>
    db()
      .rateLimiterFlexible.findMany({ where: { key: { startsWith: prefix } }, orderBy: { key: "asc" } })
      .then((rows) => rows.map((r) => [r.key, r.points]));

  it("keeps a write made while another transaction is open when that transaction rolls back", async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const refused = db().$transaction(async (tx) => {
      await tx.rateLimiterFlexible.create({ data: { key: "apart:refused", points: 1 } });
      opened();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("refused"); // e.g. a visit code already used
    });
    // Its failure is awaited below; caught now, so that it is never an unhandled rejection when the
    // write in between takes longer than the transaction (a busy machine).
    const failure = refused.then(
      () => null,
      (error: Error) => error.message,
    );
    await isOpen;
    await db().rateLimiterFlexible.create({ data: { key: "apart:acknowledged", points: 1 } });
    expect(await failure).toBe("refused");
    expect(await stored("apart:")).toEqual([["apart:acknowledged", 1]]);
  });

  it("commits every statement of the work and answers its result", async () => {
    const result = await rawTransaction(db(), async (tx) => {
      const rows = await tx.query(insert(), "raw-commit:a", 3);
      const changed = await tx.execute(`UPDATE "RateLimiterFlexible" SET "points" = "points" + 1 WHERE "key" = ${p(1)}`, "raw-commit:a");
      await tx.query(insert(), "raw-commit:b", 5);
      return { rows: rows.map(([points]) => Number(points)), changed };
    });
    expect(result).toEqual({ rows: [3], changed: 1 });
    expect(await stored("raw-commit:")).toEqual([
      ["raw-commit:a", 4],
      ["raw-commit:b", 5],
    ]);
  });

  it("stores nothing when a statement fails, and the connection goes on serving", async () => {
    await db().rateLimiterFlexible.create({ data: { key: "raw-fail:taken", points: 1 } });
    const failed = rawTransaction(db(), async (tx) => {
      await tx.query(insert(), "raw-fail:first", 1);
      await tx.query(insert(), "raw-fail:taken", 1); // the key is unique
    });
    await expect(failed).rejects.toThrow();
    expect(await stored("raw-fail:")).toEqual([["raw-fail:taken", 1]]);
    // So does an error of the work itself, between statements.
    await expect(
      rawTransaction(db(), async (tx) => {
        await tx.query(insert(), "raw-fail:second", 1);
        throw new Error("changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    expect(await stored("raw-fail:")).toEqual([["raw-fail:taken", 1]]);
    await rawTransaction(db(), (tx) => tx.query(insert(), "raw-fail:after", 2));
    expect(await stored("raw-fail:")).toEqual([
      ["raw-fail:after", 2],
      ["raw-fail:taken", 1],
    ]);
  });

  it("runs beside the client's own transactions without losing either", async () => {
    await Promise.all([
      ...[1, 2, 3].map((i) => rawTransaction(db(), (tx) => tx.query(insert(), `raw-side:raw${i}`, i))),
      db().$transaction(async (tx) => {
        await tx.rateLimiterFlexible.create({ data: { key: "raw-side:prisma", points: 9 } });
        await tx.rateLimiterFlexible.update({ where: { key: "raw-side:prisma" }, data: { points: { increment: 1 } } });
      }),
      db().rateLimiterFlexible.create({ data: { key: "raw-side:single", points: 7 } }),
    ]);
    expect(await stored("raw-side:")).toEqual([
      ["raw-side:prisma", 10],
      ["raw-side:raw1", 1],
      ["raw-side:raw2", 2],
      ["raw-side:raw3", 3],
      ["raw-side:single", 7],
    ]);
  });
});
