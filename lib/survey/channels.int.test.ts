// The split by channel on both databases: it adds up to the period's respondents of the scores.
import { beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { parsePeriod } from "@/lib/scores/period";
import { describeEachDatabase } from "@/test/databases";
import { channelCounts } from "./channels.server";

describeEachDatabase("answers by channel", ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
  });

  it("counts a unit's and the city's non-excluded answers of a period by channel", async () => {
    const period = parsePeriod("2026-Q3")!;
    const rshd = (await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } })).id;
    const unit = await channelCounts(db(), period, { unitId: rshd });
    const aggregate = await db().monthlyAggregate.aggregate({
      where: { unitId: rshd, month: { in: ["2026-07", "2026-08", "2026-09"] } },
      _sum: { respondents: true },
    });
    expect(unit.web + unit.kiosk + unit.api).toBe(aggregate._sum.respondents);
    expect(unit.kiosk).toBeGreaterThan(0); // RSHD has a kiosk in the demo data
    expect(await channelCounts(db(), period, { slug: "rshd" })).toEqual(unit);
    const city = await channelCounts(db(), period);
    const all = await db().monthlyAggregate.aggregate({ where: { month: { in: ["2026-07", "2026-08", "2026-09"] } }, _sum: { respondents: true } });
    expect(city.web + city.kiosk + city.api).toBe(all._sum.respondents);
  });
});
