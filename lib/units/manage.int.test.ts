// Response exclusion keeps every monthly aggregate equal to a recount of the non-excluded
// responses; unit edits, visit codes and settings are audited with before and after; on both databases.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { seedDemo } from "@/prisma/seed/demo";
import { addResponse, ELEMENT_KEYS, emptyTotals } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import { excludeResponse, markContactChecked, NotFoundError, openContactReports, openContactReportsOf, saveSettings, updateUnit } from "./manage.server";
import { generateVisitCodes, VISIT_CODE_ALPHABET } from "@/lib/survey/visit-codes.server";
import type { Db } from "@/lib/db/db.server";

const now = new Date("2026-11-15T03:00:00Z");

async function recount(db: Db, unitId: number, month: string) {
  const responses = await db.surveyResponse.findMany({ where: { unitId, excluded: false } });
  const totals = emptyTotals();
  for (const r of responses) if (cityMonth(r.submittedAt) === month) addResponse(totals, r);
  return totals;
}

describeEachDatabase("admin writes", ({ db }) => {
  let adminId: number;
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
    adminId = (await db().user.findFirstOrThrow({ where: { role: "admin" } })).id;
  });

  it("excluding responses subtracts them from their month's aggregate, equal to a recount", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const responses = await db().surveyResponse.findMany({ where: { unitId: unit.id, excluded: false }, orderBy: { id: "desc" }, take: 5 });
    // One with a skipped element, to check per-element counts.
    const skipped = await db().surveyResponse.create({ data: { unitId: unit.id, submittedAt: responses[0].submittedAt, u1: 4, u2: null, u3: 1, u4: 2, u5: 3, u6: 4, u7: 1, u8: null, u9: 2 } });
    const month = cityMonth(skipped.submittedAt);
    const totalsAfterInsert = await recount(db(), unit.id, month);
    await db().monthlyAggregate.update({ where: { unitId_month: { unitId: unit.id, month } }, data: totalsAfterInsert });

    for (const r of [skipped, ...responses]) await excludeResponse(db(), r.id, "mass submission from one device", adminId, {}, now);

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
    expect(excluded).toMatchObject({ excluded: true, excludedReason: "mass submission from one device", excludedById: adminId });
    const audit = await db().auditLog.findFirst({ where: { action: "response.exclude", entityId: String(skipped.id) } });
    expect(audit?.actorId).toBe(adminId);
  });

  it("refuses to exclude twice, or outside the actor's unit scope, without touching the aggregate", async () => {
    const rshd = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const response = await db().surveyResponse.findFirstOrThrow({ where: { unitId: rshd.id, excluded: false } });
    const month = cityMonth(response.submittedAt);
    const before = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: rshd.id, month } } });
    await expect(excludeResponse(db(), response.id, "not my unit", adminId, { unitId: rshd.id + 1 })).rejects.toBeInstanceOf(NotFoundError);
    await excludeResponse(db(), response.id, "duplicate submission", adminId);
    await expect(excludeResponse(db(), response.id, "again", adminId)).rejects.toBeInstanceOf(NotFoundError);
    const after = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: rshd.id, month } } });
    expect(after.respondents).toBe(before.respondents - 1);
  });

  it("audits a unit edit with the record before and after", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } });
    const input = {
      name: unit.name, slug: unit.slug, typeId: unit.typeId, kecamatanId: unit.kecamatanId, headName: unit.headName, headPhone: "+62 812-0000-7777",
      headPhoneCheckedAt: "2026-11-10", yearlyServiceVolume: unit.yearlyServiceVolume, active: true,
    };
    await updateUnit(db(), unit.id, input, adminId);
    expect((await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).headPhone).toBe("+62 812-0000-7777");
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "unit.update", entity: "unit", entityId: String(unit.id) }, orderBy: { id: "desc" } });
    expect(entry.actorId).toBe(adminId);
    expect((entry.before as { headPhone: string }).headPhone).toBe(unit.headPhone);
    expect((entry.after as { headPhone: string }).headPhone).toBe("+62 812-0000-7777");
  });

  it("generates unique visit codes from the unambiguous alphabet, audited", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const codes = await generateVisitCodes(db(), unit.id, 200, adminId);
    expect(new Set(codes).size).toBe(200);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${VISIT_CODE_ALPHABET}]{8}$`));
    expect(await db().visitCode.count({ where: { unitId: unit.id, code: { in: codes }, usedAt: null } })).toBe(200);
    expect(await db().auditLog.count({ where: { action: "visit-codes.generate", entityId: String(unit.id) } })).toBeGreaterThan(0);
    await expect(generateVisitCodes(db(), unit.id, 501, adminId)).rejects.toBeInstanceOf(RangeError);
  });

  it("lists a unit's open contact reports until the number is checked, which resolves them, audited", async () => {
    const [unit, other] = await Promise.all(["pdam", "dpmptsp"].map((slug) => db().unit.findUniqueOrThrow({ where: { slug } })));
    await db().contactReport.createMany({
      data: [
        { unitId: unit.id, createdAt: new Date("2026-11-01T01:00:00Z") },
        { unitId: unit.id, createdAt: new Date("2026-11-03T01:00:00Z") },
        { unitId: unit.id, createdAt: new Date("2026-10-01T01:00:00Z"), resolvedAt: new Date("2026-10-02T01:00:00Z") },
        { unitId: other.id, createdAt: new Date("2026-11-02T01:00:00Z") },
      ],
    });
    const open = await openContactReportsOf(db(), unit.id);
    expect(open.map((r) => r.createdAt.toISOString())).toEqual(["2026-11-03T01:00:00.000Z", "2026-11-01T01:00:00.000Z"]);
    expect((await openContactReports(db())).get(unit.id)).toBe(2);

    await markContactChecked(db(), unit.id, adminId, now);
    expect(await openContactReportsOf(db(), unit.id)).toEqual([]);
    expect((await openContactReports(db())).get(unit.id)).toBeUndefined();
    expect((await openContactReports(db())).get(other.id)).toBe(1); // another unit's report stays open
    expect((await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).headPhoneCheckedAt?.toISOString()).toBe(now.toISOString());
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "unit.contact-checked", entityId: String(unit.id) }, orderBy: { id: "desc" } });
    expect((entry.after as { resolvedReports: number }).resolvedReports).toBe(2);
  });

  it("saves scoring settings with an audit entry", async () => {
    const input = { scope: "2026-Q4", weightSatisfaction: 60, weightComplaints: 20, weightStandards: 20, zoneRedMax: 50.99, zoneYellowMax: 80.99, verifyDays: 5, answerDays: 14, closeDays: 30, sampleFloor: 30 };
    await saveSettings(db(), input, adminId);
    expect((await db().scoringSettings.findUniqueOrThrow({ where: { scope: "2026-Q4" } })).weightSatisfaction).toBe(60);
    expect(await db().auditLog.count({ where: { action: "settings.update", entityId: "2026-Q4" } })).toBe(1);
  });
});
