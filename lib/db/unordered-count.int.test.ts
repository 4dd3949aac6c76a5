// Prisma's bounded count, as the installed Prisma writes it, reaches each database without its
// ORDER BY (./unordered-count.ts), and still counts right. Fails when a later Prisma writes the
// count in another shape: then the rewrite no longer applies and the desk's bounded counts sort
// every match again (docs/complaints.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, expect, it } from "vitest";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { describeEachDatabase } from "@/test/databases";
import { unorderedCounts, type Db } from "./db.server";

describeEachDatabase("bounded counts without order", ({ provider, url }) => {
  const sent: string[] = [];
  const factory = provider === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  // Records what leaves the client, under the rewrite.
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => (sent.push(query.sql), queryRaw(query));
    return adapter;
  };
  const adapter = unorderedCounts(factory);
  const db = (provider === "postgresql" ? new PostgresClient({ adapter: adapter as PrismaPg }) : new SqliteClient({ adapter })) as unknown as Db;
  afterAll(() => db.$disconnect());

  it("counts up to the bound with a LIMIT and no ORDER BY", async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `unordered-count:${i}`);
    await db.rateLimiterFlexible.createMany({ data: keys.map((key) => ({ key, points: 1 })) });
    const where = { key: { startsWith: "unordered-count:" } };
    sent.length = 0;
    expect(await db.rateLimiterFlexible.count({ where, take: 3 })).toBe(3);
    expect(await db.rateLimiterFlexible.count({ where, take: 9 })).toBe(5);
    expect(await db.rateLimiterFlexible.count({ where, take: 3, skip: 4 })).toBe(1);
    expect(sent).toHaveLength(3);
    for (const sql of sent) {
      expect(sql).toMatch(/LIMIT \S+ OFFSET \S+\) AS .sub.$/);
      expect(sql).not.toContain("ORDER BY");
    }
    // A list keeps its order.
    expect((await db.rateLimiterFlexible.findMany({ where, select: { key: true }, orderBy: { key: "desc" }, take: 2 })).map((r) => r.key)).toEqual([
      keys[4],
      keys[3],
    ]);
    expect(sent.at(-1)).toContain("ORDER BY");
  });
});
