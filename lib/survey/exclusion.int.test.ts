// Response exclusion keeps every monthly aggregate equal to a recount of the non-excluded
// responses, and refuses a second exclusion or one outside the actor's scope; on both databases.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { addResponse, ELEMENT_KEYS, emptyTotals } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import { excludeResponse, NotFoundError } from "./exclusion.server";
import type { Db } from "@/lib/db/db.server";

const now = new Date("2026-11-15T03:00:00Z");

async function recount(db: Db, unitId: number, month: string) {
  const responses = await db.surveyResponse.findMany({ where: { unitId, excluded: false } });
  const totals = emptyTotals();
  for (const r of responses) if (cityMonth(r.submittedAt) === month) addResponse(totals, r);
  return totals;
}

describeEachDatabase("response exclusion", ({ db }) => {
  const demo = useDemo(db, now);

  it("excluding responses subtracts them from their month's aggregate, equal to a recount", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const responses = await db().surveyResponse.findMany({ where: { unitId: unit.id, excluded: false }, orderBy: { id: "desc" }, take: 5 });
    // One with a skipped element, to check per-element counts.
    const skipped = await db().surveyResponse.create({
      data: { unitId: unit.id, submittedAt: responses[0].submittedAt, u1: 4, u2: null, u3: 1, u4: 2, u5: 3, u6: 4, u7: 1, u8: null, u9: 2 },
    });
    const month = cityMonth(skipped.submittedAt);
    const totalsAfterInsert = await recount(db(), unit.id, month);
    await db().monthlyAggregate.update({ where: { unitId_month: { unitId: unit.id, month } }, data: totalsAfterInsert });

    for (const r of [skipped, ...responses]) await excludeResponse(db(), r.id, "mass submission from one device", demo.adminId, {}, now);

    const months = new Set([skipped, ...responses].map((r) => cityMonth(r.submittedAt)));
    for (const m of months) {
      const aggregate = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: unit.id, month: m } } });
      const expected = await recount(db(), unit.id, m);
      expect(aggregate.respondents).toBe(expected.respondents);
      for (const k of ELEMENT_KEYS) {
        expect(aggregate[`${k}Count`]).toBe(expected[`${k}Count`]);
        expect(aggregate[`${k}Sum`]).toBe(expected[`${k}Sum`]);
      }
    }
    const excluded = await db().surveyResponse.findUniqueOrThrow({ where: { id: skipped.id } });
    expect(excluded).toMatchObject({ excluded: true, excludedReason: "mass submission from one device", excludedById: demo.adminId });
    const audit = await db().auditLog.findFirst({ where: { action: "response.exclude", entityId: String(skipped.id) } });
    expect(audit?.actorId).toBe(demo.adminId);
  });

  it("refuses to exclude twice, or outside the actor's unit scope, without touching the aggregate", async () => {
    const rshd = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const response = await db().surveyResponse.findFirstOrThrow({ where: { unitId: rshd.id, excluded: false } });
    const month = cityMonth(response.submittedAt);
    const before = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: rshd.id, month } } });
    await expect(excludeResponse(db(), response.id, "not my unit", demo.adminId, { unitId: rshd.id + 1 })).rejects.toBeInstanceOf(NotFoundError);
    await excludeResponse(db(), response.id, "duplicate submission", demo.adminId);
    await expect(excludeResponse(db(), response.id, "again", demo.adminId)).rejects.toBeInstanceOf(NotFoundError);
    const after = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: rshd.id, month } } });
    expect(after.respondents).toBe(before.respondents - 1);
  });
});
