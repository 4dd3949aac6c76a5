// Demo alerts (lib/alerts): RSHD's waiting room turned unhappy two days ago and its director
// acknowledged it with what was done; Dukcapil's turned unhappy this morning and is open; a
// puskesmas's survey went quiet on a working day last week and is open.
import type { Db } from "@/lib/db/db.server";
import { cityDay } from "@/lib/time/clock";
import { DEMO_USERS } from "./demo";

const MINUTE = 60_000;

export async function seedAlerts(db: Db, unitIds: Map<string, number>, now: Date): Promise<number> {
  const head = await db.user.findUnique({ where: { email: DEMO_USERS.unitHeads.rshd }, select: { id: true } });
  const unhappy = (slug: string, endsAgoMinutes: number, answers: number, unhappyCount: number, weakestElement: string) => {
    const windowEnd = new Date(now.getTime() - endsAgoMinutes * MINUTE);
    return {
      unitId: unitIds.get(slug)!,
      kind: "unhappy",
      windowKey: new Date(windowEnd.getTime() - 15 * MINUTE).toISOString(),
      windowStart: new Date(windowEnd.getTime() - 15 * MINUTE),
      windowEnd,
      answers,
      unhappy: unhappyCount,
      weakestElement,
      createdAt: windowEnd,
    };
  };
  const rshd = unhappy("rshd", 2 * 24 * 60 + 150, 9, 6, "u3");
  const quietDay = new Date(now.getTime() - 6 * 24 * 60 * MINUTE);
  const alerts = [
    {
      ...rshd,
      acknowledgedAt: new Date(rshd.createdAt.getTime() + 25 * MINUTE),
      acknowledgedById: head?.id ?? null,
      note: "Loket pendaftaran kedua dibuka dan dua petugas dipindahkan dari bagian arsip; antrean turun dari 40 menjadi 12 orang.",
    },
    unhappy("dukcapil", 90, 7, 5, "u5"),
    {
      unitId: unitIds.get("puskesmas-jalan-gedang")!,
      kind: "quiet",
      windowKey: cityDay(quietDay),
      windowStart: new Date(Date.parse(`${cityDay(quietDay)}T00:00:00+07:00`)),
      windowEnd: new Date(Date.parse(`${cityDay(quietDay)}T00:00:00+07:00`) + 24 * 60 * MINUTE),
      answers: 6,
      unhappy: 0,
      weakestElement: null,
      createdAt: new Date(Date.parse(`${cityDay(now)}T07:00:00+07:00`) - 5 * 24 * 60 * MINUTE),
    },
  ].filter((a) => a.unitId !== undefined);
  await db.alert.createMany({ data: alerts });
  return alerts.length;
}
