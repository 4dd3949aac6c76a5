// The demo data as an integration suite's starting point: before its tests, the database is reset
// and seeded at `now`, and the secretariat's admin is looked up for the writes the suite makes.
import { beforeAll } from "vitest";
import type { Db } from "@/lib/db/db.server";
import { seedDemo } from "@/prisma/seed/demo";

/** Seeds the demo before the suite's tests; `demo.adminId` is set once they run. */
export function useDemo(db: () => Db, now: Date): { adminId: number } {
  const demo = { adminId: 0 };
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
    demo.adminId = (await db().user.findFirstOrThrow({ where: { role: "admin" } })).id;
  });
  return demo;
}
