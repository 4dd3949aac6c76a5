// The public data layer on both databases: the contact directory, every unit's quarterly trend
// against the period reports it is read from, and the "number does not answer" report.
import { beforeAll, expect, it } from "vitest";
import { redLine } from "@/lib/scores/zones";
import { describeEachDatabase } from "@/test/databases";
import { seedDemo } from "@/prisma/seed/demo";
import { quartersBetween } from "@/lib/scores/period";
import { recordContactReport, unitDirectory, unitTrends } from "./data.server";
import { scoresFor } from "@/lib/scores/read-model.server";

const now = new Date("2026-11-15T03:00:00Z");

describeEachDatabase("public data", ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
  });

  it("lists every active unit with its head's public contact, and no inactive one", async () => {
    const inactive = await db().unit.update({ where: { slug: "rshd" }, data: { active: false } });
    try {
      const directory = await unitDirectory(db());
      const active = await db().unit.findMany({ where: { active: true }, include: { type: true, kecamatan: true } });
      expect(directory.map((u) => u.slug).sort()).toEqual(active.map((u) => u.slug).sort());
      expect(directory.some((u) => u.slug === inactive.slug)).toBe(false);
      expect(directory.map((u) => u.name)).toEqual([...directory.map((u) => u.name)].sort((a, b) => a.localeCompare(b)));
      for (const unit of directory) {
        const row = active.find((u) => u.slug === unit.slug)!;
        expect(unit).toEqual({
          slug: row.slug,
          name: row.name,
          type: row.type.code,
          typeName: { id: row.type.nameId, en: row.type.nameEn },
          kecamatan: row.kecamatan?.name ?? null,
          address: row.address,
          headName: row.headName,
          headTitle: row.headTitle,
          headPhone: row.headPhone,
          headPhoneCheckedAt: row.headPhoneCheckedAt?.toISOString() ?? null,
          escalation: row.escalationName && row.escalationPhone ? { name: row.escalationName, title: row.escalationTitle, phone: row.escalationPhone } : null,
          complaints: expect.objectContaining({ total: expect.any(Number), byChannel: expect.any(Object) }),
        });
        expect(unit.headPhone).toMatch(/^\+62 812-0000-\d{4}$/);
      }
      expect(directory.some((u) => u.headPhoneCheckedAt === null)).toBe(true);
    } finally {
      await db().unit.update({ where: { slug: "rshd" }, data: { active: true } });
    }
  });

  it("gives every unit its figures per quarter since the first data, as the quarter's report has them", async () => {
    const trends = await unitTrends(db(), now);
    const first = await db().monthlyAggregate.findFirstOrThrow({ orderBy: { month: "asc" } });
    const quarters = quartersBetween(first.month, now).map((q) => q.key);
    expect(quarters.length).toBeGreaterThanOrEqual(4);
    const units = await db().unit.count({ where: { active: true } });
    expect(Object.keys(trends)).toHaveLength(units);
    for (const key of [quarters[0], quarters[quarters.length - 2]]) {
      const report = await scoresFor(db(), key, now);
      for (const unit of report.units) {
        const point = trends[unit.slug].find((p) => p.period === key)!;
        expect(point).toEqual({
          period: key,
          score: unit.score,
          zone: unit.zone,
          ikm: unit.ikm?.converted ?? null,
          respondents: unit.respondents,
          ranked: unit.ranked,
          redLine: redLine(report.settings.zoneScheme), // issue 27: the quarter's own scheme's
        });
      }
    }
    expect(trends.rshd.map((p) => p.period)).toEqual(quarters);
    expect(trends.rshd.filter((p) => p.score !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("counts a report that a unit's number does not answer, and nothing for an unknown or inactive unit", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } });
    const before = await db().contactReport.count();
    expect(await recordContactReport(db(), "dukcapil", now)).toBe(true);
    const stored = await db().contactReport.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(stored).toMatchObject({ unitId: unit.id, resolvedAt: null });
    expect(stored.createdAt.toISOString()).toBe(now.toISOString());

    expect(await recordContactReport(db(), "no-such-unit", now)).toBe(false);
    await db().unit.update({ where: { slug: "pdam" }, data: { active: false } });
    try {
      expect(await recordContactReport(db(), "pdam", now)).toBe(false);
    } finally {
      await db().unit.update({ where: { slug: "pdam" }, data: { active: true } });
    }
    expect(await db().contactReport.count()).toBe(before + 1);
  });
});
