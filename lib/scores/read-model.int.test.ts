// The scores read model against an independent computation from the raw responses, on both
// databases, and the freezing of a published period.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { seedDemo } from "@/prisma/seed/demo";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { boundsOf, parsePeriod, type Period } from "@/lib/scores/period";
import { computeScores, PublishError, publishPeriod, scoresFor } from "./read-model.server";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import { complaintDeadlines, deadlineStart, type DeadlineLengths } from "@/lib/complaints/deadlines";
import { backfillNextDue } from "@/lib/complaints/next-due.server";
import type { Db } from "@/lib/db/db.server";
import { complaintHandlingComponent, handlingComponentOf, type ComplaintTimes } from "./compliance";
import { complaintFiguresOf, countedCases } from "./handling.server";

const now = new Date("2026-11-15T03:00:00Z");
const QUARTERS = ["2026-Q4", "2026-Q3", "2026-Q1", "2025-Q4"].map((k) => parsePeriod(k)!);

/** The figures as the read model computed them before the columns: every case loaded and compared here. */
async function reference(db: Db, period: Period, lengths: DeadlineLengths) {
  const rows = await db.complaint.findMany({
    where: countedCases(period),
    select: {
      unitId: true,
      status: true,
      action: true,
      channel: true,
      receivedAt: true,
      reopenedAt: true,
      verifiedAt: true,
      answeredAt: true,
      closedAt: true,
      verdicts: { select: { satisfied: true } },
    },
  });
  const deadlinesOf = (c: ComplaintTimes) => complaintDeadlines(deadlineStart(c), lengths);
  const byUnit = new Map<number, typeof rows>();
  for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  return new Map(
    [...byUnit].map(([unitId, own]) => [
      unitId,
      {
        component: complaintHandlingComponent(own, deadlinesOf, now),
        received: own.length,
        substantiated: own.filter((c) => c.status === "substantiated" || c.status === "action_taken" || (c.status === "closed" && c.action !== null)).length,
        answeredWithinDeadline: own.filter((c) => c.answeredAt && c.answeredAt <= deadlinesOf(c).answerBy).length,
        whatsapp: own.filter((c) => c.channel === "whatsapp").length,
        verdicts: own.reduce((n, c) => n + c.verdicts.length, 0),
      },
    ]),
  );
}

describeEachDatabase("scores read model", ({ db }) => {
  let lengths: DeadlineLengths;
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
    lengths = { verifyDays: 5, answerDays: 14, closeDays: 30, nonWorkingDays: await loadNonWorkingDays(db()) };
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

  // The complaint figures (lib/scores/handling.server.ts: SQL for the stamps that carry their
  // day, JS for the rest) against every case computed in JS: with the days stored, with none
  // (rows older than the columns), and after the backfill.
  const expectLikeReference = async (lengthsNow: DeadlineLengths) => {
    let cases = 0;
    for (const period of QUARTERS) {
      const expected = await reference(db(), period, lengthsNow);
      const figures = await complaintFiguresOf(db(), period, lengthsNow, now);
      expect([...figures.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [unitId, e] of expected) {
        const f = figures.get(unitId)!;
        const component = handlingComponentOf(f.tally);
        if (e.component === null) expect(component).toBeNull();
        else expect(component).toBeCloseTo(e.component, 10);
        expect({
          received: f.received,
          substantiated: f.substantiated,
          answeredWithinDeadline: f.answeredWithinDeadline,
          whatsapp: f.byChannel.whatsapp,
          verdicts: f.verdicts,
        }).toEqual({
          received: e.received,
          substantiated: e.substantiated,
          answeredWithinDeadline: e.answeredWithinDeadline,
          whatsapp: e.whatsapp,
          verdicts: e.verdicts,
        });
        cases += e.received;
      }
    }
    return cases;
  };

  it("complaint figures count as every case compared in JS, with the days stored by the seed", async () => {
    expect(await db().complaint.count({ where: { verifiedAt: { not: null }, verifiedOnWorkingDay: null } })).toBe(0);
    expect(await expectLikeReference(lengths)).toBeGreaterThan(50);
  });

  it("complaint figures count the same for other deadline lengths (a period's own settings), without storing anything again", async () => {
    await expectLikeReference({ ...lengths, verifyDays: 2, answerDays: 5, closeDays: 10 });
    await expectLikeReference({ ...lengths, verifyDays: 10, answerDays: 30, closeDays: 60 });
  });

  it("complaint figures count the same for rows without their days (older than the columns), and the backfill writes them", async () => {
    await db().complaint.updateMany({ data: { verifiedOnWorkingDay: null, answeredOnDay: null, closedOnDay: null } });
    await expectLikeReference(lengths);
    expect(await backfillNextDue(db(), { now })).toBeGreaterThan(50);
    expect(await db().complaint.count({ where: { closedAt: { not: null }, closedOnDay: null } })).toBe(0);
    await expectLikeReference(lengths);
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
