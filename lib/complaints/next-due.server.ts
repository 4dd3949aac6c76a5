// Writing Complaint.nextDueAt (lib/complaints/next-due.ts): inside the transaction of every write
// that changes what a case owes (filing, a step, a reopening, a duplicate's rejection), and once
// for the rows that predate the columns (scripts/backfill-next-due.ts, the seed). The stamps'
// days (deadlines.ts stampDays) are written with it, from the same row.
import type { Db, Prisma } from "@/lib/db/db.server";
import type { DeadlineLengths } from "./deadlines";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import { cityDayAt } from "@/lib/calendar/working-days";
import { FINAL } from "./lifecycle";
import { derivedDeadlineColumns } from "./next-due";
import { DEADLINE_TIMES, settingsAt } from "./queries.server";

/**
 * Recomputes one case's derived columns (its next deadline, its stamps' days) from its row as the
 * transaction now sees it, with the settings the caller loaded before the transaction
 * (settingsAt: it keeps the write short).
 */
export async function refreshNextDue(tx: Pick<Db, "complaint">, id: number, settings: DeadlineLengths): Promise<void> {
  const c = await tx.complaint.findUnique({ where: { id }, select: DEADLINE_TIMES });
  if (!c) return;
  await tx.complaint.update({ where: { id }, data: derivedDeadlineColumns(c, settings) });
}

/**
 * Fills the derived columns where they are missing: nextDueAt of the open cases that have none,
 * and the day of every stamp that has none (rows older than the columns). With `all`, recomputes
 * them for every open case (after a change of the deadline lengths: the stamps' days do not
 * depend on them); held cases owe nothing until released and are skipped either way. In batches by id so memory stays flat at
 * any volume; the working-day calendar is not SQL, hence not the migrations. Returns how many
 * cases it wrote.
 */
export async function backfillNextDue(db: Db, options: { now?: Date; batch?: number; all?: boolean } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 2000;
  const settings = await settingsAt(db, now);
  const missing: Prisma.ComplaintWhereInput = {
    OR: [
      // A held case owes nothing until it is released (next-due.ts): its null is already right.
      { nextDueAt: null, status: { notIn: [...FINAL, "held"] } },
      { verifiedAt: { not: null }, verifiedOnWorkingDay: null },
      { answeredAt: { not: null }, answeredOnDay: null },
      { closedAt: { not: null }, closedOnDay: null },
    ],
  };
  let after = 0;
  let written = 0;
  for (;;) {
    const rows = await db.complaint.findMany({
      where: { id: { gt: after }, ...(options.all ? { status: { notIn: [...FINAL, "held"] } } : missing) },
      select: { id: true, ...DEADLINE_TIMES },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (!rows.length) return written;
    await db.$transaction(rows.map((r) => db.complaint.update({ where: { id: r.id }, data: derivedDeadlineColumns(r, settings) })));
    written += rows.length;
    after = rows[rows.length - 1].id;
  }
}

/**
 * After the secretariat adds, changes or removes a non-working day (inside that transaction, the
 * calendar as it now stands): recomputes the derived columns of the cases whose verification
 * count may cross the day, those received before it and verified after it or not verified yet.
 * Returns how many it rewrote.
 */
export async function refreshCasesAroundDay(tx: Pick<Db, "complaint" | "nonWorkingDay">, day: string, lengths: DeadlineLengths): Promise<number> {
  const nonWorkingDays = await loadNonWorkingDays(tx);
  const dayStart = cityDayAt(day);
  const dayEnd = cityDayAt(day, 24);
  const rows = await tx.complaint.findMany({
    where: { receivedAt: { lt: dayEnd }, OR: [{ verifiedAt: { gte: dayStart } }, { verifiedAt: null, status: { notIn: [...FINAL, "held"] } }] },
    select: { id: true, ...DEADLINE_TIMES },
  });
  for (const r of rows) await tx.complaint.update({ where: { id: r.id }, data: derivedDeadlineColumns(r, { ...lengths, nonWorkingDays }) });
  return rows.length;
}
