// The scores read model against an independent computation from the raw responses, on both
// databases, and the freezing of a published period.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { seedDemo } from "@/prisma/seed/demo";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { boundsOf, parsePeriod } from "@/lib/scores/period";
import { computeScores, PublishError, publishPeriod, scoresFor } from "./read-model.server";

const now = new Date("2026-11-15T03:00:00Z");

describeEachDatabase("scores read model", ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
  });

  it.each(["2026-Q3", "2026", "2026-S1", "2026-10"])("equals an independent computation from raw responses for %s", async (key) => {
    const period = parsePeriod(key)!;
    const report = await computeScores(db(), period, now);
    const { start, end } = boundsOf(period);
    const responses = await db().surveyResponse.findMany({
      where: { submittedAt: { gte: start, lt: end }, excluded: false },
      include: { unit: { select: { slug: true } } },
    });
    const bySlug = new Map<string, typeof responses>();
    for (const r of responses) bySlug.set(r.unit.slug, [...(bySlug.get(r.unit.slug) ?? []), r]);
    expect(report.units.length).toBeGreaterThanOrEqual(40);
    for (const unit of report.units) {
      const rows = bySlug.get(unit.slug) ?? [];
      expect(unit.respondents).toBe(rows.length);
      const means = ELEMENT_KEYS.map((k) => {
        const answered = rows.map((r) => r[k]).filter((v): v is number => v != null);
        return answered.length ? answered.reduce((a, b) => a + b, 0) / answered.length : null;
      });
      ELEMENT_KEYS.forEach((k, i) => {
        if (means[i] === null) expect(unit.elements[k]).toBeNull();
        else expect(unit.elements[k]).toBeCloseTo(means[i]!, 10);
      });
      if (means.some((m) => m === null)) expect(unit.ikm).toBeNull();
      else {
        const value = means.reduce((a, b) => a! + b!, 0)! / 9;
        expect(unit.ikm!.value).toBeCloseTo(value, 10);
        expect(unit.ikm!.converted).toBeCloseTo(value * 25, 8);
      }
    }
  });

  it("shows green, yellow and red units, and units with too few responses, in the demo data", async () => {
    const report = await computeScores(db(), parsePeriod("2026-Q3")!, now);
    const zones = new Set(report.units.filter((u) => u.ranked).map((u) => u.zone));
    expect(zones).toEqual(new Set(["red", "yellow", "green"]));
    expect(report.units.some((u) => !u.sufficient)).toBe(true);
    expect(report.city.score).not.toBeNull();
    const ranks = report.units.filter((u) => u.ranked).map((u) => u.rank!);
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("freezes a published period: late data does not change its figures", async () => {
    const key = "2026-Q2";
    await expect(publishPeriod(db(), "2026-Q4", null, now)).rejects.toEqual(new PublishError("not_ended"));
    const published = await publishPeriod(db(), key, null, now);
    expect(published.published).toBe(true);
    await expect(publishPeriod(db(), key, null, now)).rejects.toEqual(new PublishError("already_published"));

    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    await db().monthlyAggregate.update({
      where: { unitId_month: { unitId: unit.id, month: "2026-05" } },
      data: { respondents: { increment: 500 }, u1Count: { increment: 500 }, u1Sum: { increment: 500 } },
    });
    const live = await computeScores(db(), parsePeriod(key)!, now);
    const frozen = await scoresFor(db(), key, now);
    expect(live.units.find((u) => u.slug === "rshd")!.respondents).not.toBe(published.units.find((u) => u.slug === "rshd")!.respondents);
    expect(frozen).toEqual(JSON.parse(JSON.stringify(published)));
    expect(await db().auditLog.count({ where: { action: "period.publish", entityId: key } })).toBe(1);
  });
});
