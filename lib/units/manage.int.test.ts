// Unit edits, visit codes and the head's contact checks are audited with before and after; on
// both databases.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { markContactChecked, openContactReports, openContactReportsOf, updateUnit } from "./manage.server";
import { generateVisitCodes, VISIT_CODE_ALPHABET } from "@/lib/survey/visit-codes.server";

const now = new Date("2026-11-15T03:00:00Z");

describeEachDatabase("admin writes", ({ db }) => {
  const demo = useDemo(db, now);

  it("audits a unit edit with the record before and after", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } });
    const input = {
      name: unit.name,
      slug: unit.slug,
      typeId: unit.typeId,
      kecamatanId: unit.kecamatanId,
      headName: unit.headName,
      headPhone: "+62 812-0000-7777",
      headPhoneCheckedAt: "2026-11-10",
      yearlyServiceVolume: unit.yearlyServiceVolume,
      active: true,
    };
    await updateUnit(db(), unit.id, input, demo.adminId);
    expect((await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).headPhone).toBe("+62 812-0000-7777");
    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "unit.update", entity: "unit", entityId: String(unit.id) },
      orderBy: { id: "desc" },
    });
    expect(entry.actorId).toBe(demo.adminId);
    expect((entry.before as { headPhone: string }).headPhone).toBe(unit.headPhone);
    expect((entry.after as { headPhone: string }).headPhone).toBe("+62 812-0000-7777");
  });

  it("generates unique visit codes from the unambiguous alphabet, audited", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const codes = await generateVisitCodes(db(), unit.id, 200, demo.adminId);
    expect(new Set(codes).size).toBe(200);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${VISIT_CODE_ALPHABET}]{8}$`));
    expect(await db().visitCode.count({ where: { unitId: unit.id, code: { in: codes }, usedAt: null } })).toBe(200);
    expect(await db().auditLog.count({ where: { action: "visit-codes.generate", entityId: String(unit.id) } })).toBeGreaterThan(0);
    await expect(generateVisitCodes(db(), unit.id, 501, demo.adminId)).rejects.toBeInstanceOf(RangeError);
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

    await markContactChecked(db(), unit.id, demo.adminId, now);
    expect(await openContactReportsOf(db(), unit.id)).toEqual([]);
    expect((await openContactReports(db())).get(unit.id)).toBeUndefined();
    expect((await openContactReports(db())).get(other.id)).toBe(1); // another unit's report stays open
    expect((await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).headPhoneCheckedAt?.toISOString()).toBe(now.toISOString());
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "unit.contact-checked", entityId: String(unit.id) }, orderBy: { id: "desc" } });
    expect((entry.after as { resolvedReports: number }).resolvedReports).toBe(2);
  });
});
