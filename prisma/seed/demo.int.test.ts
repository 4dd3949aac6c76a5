import { beforeAll, expect, it } from "vitest";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import { describeEachDatabase } from "@/test/databases";
import { scoresFor } from "@/lib/scores/read-model.server";
import { latestPublished } from "@/lib/scores/period";
import { DEMO_RESPONSE_SCALE, seedDemo } from "./demo";

const now = new Date("2026-11-15T03:00:00Z");

// What `npm start` and `npm run db:seed` put in an empty database: the Bengkulu units with a year
// of answers and complaints, and a city that has published its last two ended quarters, in which
// most units reached their minimum sample (issue 14). Seeded once per database for every check.
describeEachDatabase("the product's demo data", ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true, responseScale: DEMO_RESPONSE_SCALE, publishQuarters: 2 });
  }, 180_000);

  it("creates the Bengkulu units with a year of responses and complaints", async () => {
    expect(await db().unit.count()).toBeGreaterThanOrEqual(40);
    expect(await db().kecamatan.count()).toBe(9);
    expect(await db().surveyResponse.count()).toBeGreaterThan(5000);
    expect(await db().complaint.count()).toBeGreaterThan(50);
    const months = await db().monthlyAggregate.findMany({ distinct: ["month"], select: { month: true } });
    expect(months.length).toBe(12);
  });

  it("has two paired kiosks with answers, and kiosk answers only where a kiosk is", async () => {
    const devices = await db().kioskDevice.findMany({
      where: { tokenHash: { not: null }, revokedAt: null },
      include: { _count: { select: { responses: true } } },
    });
    expect(devices).toHaveLength(2);
    for (const device of devices) expect(device._count.responses).toBeGreaterThan(10);
    expect(await db().surveyResponse.count({ where: { channel: "kiosk", deviceId: null } })).toBe(0);
  });

  it("includes a few alerts, one acknowledged with a note", async () => {
    const alerts = await db().alert.findMany({ orderBy: { createdAt: "asc" } });
    expect(alerts.length).toBeGreaterThanOrEqual(3);
    expect(alerts.filter((a) => a.acknowledgedAt && a.note)).toHaveLength(1);
    expect(new Set(alerts.map((a) => a.kind))).toEqual(new Set(["unhappy", "quiet"]));
  });

  it("includes complaints recorded from calls and WhatsApp, verdicts and a reopened case", async () => {
    const recorded = await db().complaint.findMany({
      where: { channel: { in: ["phone", "whatsapp"] } },
      select: { events: { select: { actorId: true }, orderBy: { id: "asc" }, take: 1 } },
    });
    expect(recorded.length).toBeGreaterThan(10);
    // The recorder is the first event's actor.
    expect(recorded.every((c) => c.events[0].actorId !== null)).toBe(true);
    expect(await db().complaintVerdict.count({ where: { satisfied: true } })).toBeGreaterThan(0);
    const reopened = await db().complaint.findFirst({ where: { reopenCount: { gt: 0 } }, include: { verdicts: true } });
    expect(reopened).toMatchObject({ status: "verifying", verifiedAt: null, answeredAt: null, publicAnswer: null });
    expect(reopened!.verdicts).toMatchObject([{ round: 0, satisfied: false }]);
    const tickets = await db().complaint.findMany({ where: { channel: "lapor" }, select: { laporTicket: true } });
    expect(tickets.every((t) => t.laporTicket)).toBe(true);
  });

  it("keeps the monthly aggregates equal to a recount of the responses", async () => {
    const responses = await db().surveyResponse.findMany({ where: { excluded: false } });
    const recount = new Map<string, Record<string, number>>();
    for (const r of responses) {
      const key = `${r.unitId}:${cityMonth(r.submittedAt)}`;
      const agg = recount.get(key) ?? { respondents: 0 };
      agg.respondents++;
      for (const e of ELEMENT_KEYS) {
        if (r[e] == null) continue;
        agg[`${e}Count`] = (agg[`${e}Count`] ?? 0) + 1;
        agg[`${e}Sum`] = (agg[`${e}Sum`] ?? 0) + r[e]!;
      }
      recount.set(key, agg);
    }
    const aggregates = await db().monthlyAggregate.findMany();
    expect(aggregates.length).toBe(recount.size);
    for (const a of aggregates) {
      const expected = recount.get(`${a.unitId}:${a.month}`)!;
      expect(a.respondents).toBe(expected.respondents);
      for (const e of ELEMENT_KEYS) {
        expect(a[`${e}Sum`]).toBe(expected[`${e}Sum`] ?? 0);
        expect(a[`${e}Count`]).toBe(expected[`${e}Count`] ?? 0);
      }
    }
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db().surveyResponse.count();
    const summary = await seedDemo(db(), { now });
    expect(summary.skipped).toBe(true);
    expect(await db().surveyResponse.count()).toBe(before);
  });

  it("keeps anonymous reporters without any stored contact", async () => {
    const anonymousWithContact = await db().complaint.count({ where: { anonymous: true, reporter: { isNot: null } } });
    expect(anonymousWithContact).toBe(0);
  });

  it("publishes the last two ended quarters, the latest of which is where the public pages open", async () => {
    const published = (await db().publishedSnapshot.findMany({ select: { period: true } })).map((s) => s.period).sort();
    expect(published).toEqual(["2026-Q2", "2026-Q3"]);
    expect(latestPublished(published)?.key).toBe("2026-Q3");
  });

  it("has most units ranked (minimum sample reached) in each published quarter", async () => {
    for (const period of ["2026-Q2", "2026-Q3"]) {
      const report = await scoresFor(db(), period, now);
      expect(report.published).toBe(true);
      expect(report.units.filter((u) => u.ranked).length, period).toBeGreaterThan(report.units.length / 2);
    }
  });

  it("gives every unit in the red of a published quarter a plan for it, some actions done, some in progress (BAB IV of its report)", async () => {
    const statuses = new Set<string>();
    for (const period of ["2026-Q2", "2026-Q3"]) {
      const red = (await scoresFor(db(), period, now)).units.filter((u) => u.zone === "red").map((u) => u.slug);
      expect(red.length, period).toBeGreaterThan(0);
      const plans = await db().improvementPlan.findMany({
        where: { period, unit: { slug: { in: red } } },
        select: { unit: { select: { slug: true } }, actions: true },
      });
      expect(plans.map((p) => p.unit.slug).sort(), period).toEqual([...red].sort());
      for (const plan of plans) for (const action of plan.actions) statuses.add(action.status);
    }
    expect([...statuses]).toEqual(expect.arrayContaining(["done", "in_progress"]));
  });
});
