// The complaint figures of a period, per unit, for the scores (read-model.server.ts): the tally of
// the handling component, and the counts the unit pages and the report show.
//
// At a city's volume (200,000 cases over three years) loading every case of each quarter to
// compare its stamps with its deadlines cost the dashboard seconds (issue 28). Each stamp now
// carries the day of its deadline count it fell on (Complaint.verifiedOnWorkingDay, answeredOnDay,
// closedOnDay; lib/complaints/deadlines.ts stampDays), so a step done is on time when its day is
// at most the period's length: one GROUP BY per period counts those. Loaded and counted here, as
// before, only what SQL cannot decide: verifications not done (whether their working-day
// deadline has passed depends on the calendar) and stamps without their day (rows older than the
// columns, until db:backfill-next-due). Each step of each case is counted exactly once, on one
// side or the other. The verdicts are counted on the case too (verdictCount, satisfiedVerdictCount).
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Db } from "@/lib/db/db.server";
import { CHANNELS, type ComplaintChannel } from "@/lib/complaints/channels";
import { complaintDeadlines, deadlineStart, type DeadlineLengths } from "@/lib/complaints/deadlines";
import type { ComplaintStatus } from "@/lib/complaints/lifecycle";
import { REACHED_UNIT, REACHED_UNIT_SQL } from "@/lib/complaints/reached";
import { addHandlingTally, emptyHandlingTally, tallyComplaint, type HandlingTally } from "./compliance";
import { boundsOf, type Period } from "./period";

const DAY_MS = 86_400_000;

export type ChannelCounts = Record<ComplaintChannel, number>;

export type UnitComplaintFigures = {
  tally: HandlingTally;
  received: number;
  substantiated: number;
  answeredWithinDeadline: number;
  byChannel: ChannelCounts;
  verdicts: number;
};

export function noChannelCounts(): ChannelCounts {
  return Object.fromEntries(CHANNELS.map((c) => [c, 0])) as ChannelCounts;
}

function emptyFigures(): UnitComplaintFigures {
  return { tally: emptyHandlingTally(), received: 0, substantiated: 0, answeredWithinDeadline: 0, byChannel: noChannelCounts(), verdicts: 0 };
}

/** Statuses a period never counts. */
const NOT_COUNTED: ComplaintStatus[] = ["rejected", "held"];

/** The cases a period counts: every channel, never a rejected or held case or one closed as a duplicate. */
export function countedCases(period: Period): Prisma.ComplaintWhereInput {
  const { start, end } = boundsOf(period);
  return { receivedAt: { gte: start, lt: end }, status: { notIn: NOT_COUNTED }, duplicateOfId: null, ...REACHED_UNIT };
}

/** countedCases as a raw SQL condition over "Complaint", from the same parts, for the aggregate below. */
function countedCasesSql(period: Period): Prisma.Sql {
  const { start, end } = boundsOf(period);
  return Prisma.sql`"receivedAt" >= ${start} AND "receivedAt" < ${end} AND status NOT IN (${Prisma.join(NOT_COUNTED)})
    AND "duplicateOfId" IS NULL AND ${REACHED_UNIT_SQL}`;
}

type Aggregate = {
  unitId: number;
  channel: ComplaintChannel;
  received: bigint | number;
  substantiated: bigint | number;
  verified: bigint | number;
  verifiedOnTime: bigint | number;
  answered: bigint | number;
  answeredOnTime: bigint | number;
  closed: bigint | number;
  closedOnTime: bigint | number;
  verdicts: bigint | number;
  satisfied: bigint | number;
};

/**
 * The period's complaint figures per unit, with the period's deadline lengths (and the city's
 * non-working days, for the cases counted here). Units without counted cases are absent.
 */
export async function complaintFiguresOf(db: Db, period: Period, lengths: DeadlineLengths, now: Date): Promise<Map<number, UnitComplaintFigures>> {
  // A step not done counts (as late) once its deadline has passed: for the calendar-day deadlines
  // that is a start before now minus the days, which SQL compares; verification runs in working
  // days, so unverified cases are counted here.
  const answerOverdueBefore = new Date(now.getTime() - lengths.answerDays * DAY_MS);
  const closeOverdueBefore = new Date(now.getTime() - lengths.closeDays * DAY_MS);
  const [aggregates, pending] = await Promise.all([
    db.$queryRaw<Aggregate[]>`
      SELECT "unitId", channel, COUNT(*) AS received,
        SUM(CASE WHEN status IN ('substantiated', 'action_taken') OR (status = 'closed' AND action IS NOT NULL) THEN 1 ELSE 0 END) AS substantiated,
        SUM(CASE WHEN "verifiedAt" IS NOT NULL AND "verifiedOnWorkingDay" IS NOT NULL THEN 1 ELSE 0 END) AS verified,
        SUM(CASE WHEN "verifiedAt" IS NOT NULL AND "verifiedOnWorkingDay" <= ${lengths.verifyDays} THEN 1 ELSE 0 END) AS "verifiedOnTime",
        SUM(CASE WHEN ("answeredAt" IS NOT NULL AND "answeredOnDay" IS NOT NULL) OR ("answeredAt" IS NULL AND COALESCE("reopenedAt", "receivedAt") < ${answerOverdueBefore}) THEN 1 ELSE 0 END) AS answered,
        SUM(CASE WHEN "answeredAt" IS NOT NULL AND "answeredOnDay" <= ${lengths.answerDays} THEN 1 ELSE 0 END) AS "answeredOnTime",
        SUM(CASE WHEN ("closedAt" IS NOT NULL AND "closedOnDay" IS NOT NULL) OR ("closedAt" IS NULL AND COALESCE("reopenedAt", "receivedAt") < ${closeOverdueBefore}) THEN 1 ELSE 0 END) AS closed,
        SUM(CASE WHEN "closedAt" IS NOT NULL AND "closedOnDay" <= ${lengths.closeDays} THEN 1 ELSE 0 END) AS "closedOnTime",
        SUM("verdictCount") AS verdicts, SUM("satisfiedVerdictCount") AS satisfied
      FROM "Complaint"
      WHERE ${countedCasesSql(period)}
      GROUP BY "unitId", channel`,
    db.complaint.findMany({
      where: {
        ...countedCases(period),
        OR: [
          { verifiedAt: null },
          { verifiedOnWorkingDay: null },
          { answeredAt: { not: null }, answeredOnDay: null },
          { closedAt: { not: null }, closedOnDay: null },
        ],
      },
      select: {
        unitId: true,
        receivedAt: true,
        reopenedAt: true,
        verifiedAt: true,
        answeredAt: true,
        closedAt: true,
        verifiedOnWorkingDay: true,
        answeredOnDay: true,
        closedOnDay: true,
      },
    }),
  ]);
  const byUnit = new Map<number, UnitComplaintFigures>();
  const figuresOf = (unitId: number) => {
    let figures = byUnit.get(unitId);
    if (!figures) byUnit.set(unitId, (figures = emptyFigures()));
    return figures;
  };
  for (const a of aggregates) {
    const f = figuresOf(a.unitId);
    const received = Number(a.received);
    f.received += received;
    f.byChannel[a.channel] += received;
    f.substantiated += Number(a.substantiated);
    f.answeredWithinDeadline += Number(a.answeredOnTime);
    f.verdicts += Number(a.verdicts);
    addHandlingTally(f.tally, {
      onTime: [Number(a.verifiedOnTime), Number(a.answeredOnTime), Number(a.closedOnTime), Number(a.satisfied)],
      counted: [Number(a.verified), Number(a.answered), Number(a.closed), Number(a.verdicts)],
    });
  }
  for (const c of pending) {
    const f = figuresOf(c.unitId);
    const deadlines = complaintDeadlines(deadlineStart(c), lengths);
    // Only the steps SQL left out: not done yet, or done without its day.
    const steps = [
      c.verifiedAt === null || c.verifiedOnWorkingDay === null,
      c.answeredAt !== null && c.answeredOnDay === null,
      c.closedAt !== null && c.closedOnDay === null,
    ] as const;
    const before = f.tally.onTime[1];
    tallyComplaint(f.tally, c, deadlines, now, steps, false);
    if (c.answeredAt) f.answeredWithinDeadline += f.tally.onTime[1] - before;
  }
  return byUnit;
}
