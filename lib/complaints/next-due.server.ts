// Writing Complaint.nextDueAt (lib/complaints/next-due.ts): inside the transaction of every write
// that changes what a case owes (filing, a step, a reopening, a duplicate's rejection), and once
// for the rows that predate the column (scripts/backfill-next-due.ts, the seed).
import type { Db } from "@/lib/db/db.server";
import type { DeadlineLengths } from "./deadlines";
import { FINAL } from "./lifecycle";
import { nextDueAt } from "./next-due";
import { DEADLINE_TIMES, settingsAt } from "./queries.server";

/**
 * Recomputes one case's next deadline from its row as the transaction now sees it, with the
 * settings the caller loaded before the transaction (settingsAt: it keeps the write short).
 */
export async function refreshNextDue(tx: Pick<Db, "complaint">, id: number, settings: DeadlineLengths): Promise<void> {
  const c = await tx.complaint.findUnique({ where: { id }, select: DEADLINE_TIMES });
  if (!c) return;
  await tx.complaint.update({ where: { id }, data: { nextDueAt: nextDueAt(c, settings) } });
}

/**
 * Fills nextDueAt for the open cases that have none (rows older than the column), or with `all` for
 * every open case, in batches by
 * id so memory stays flat at any volume. The working-day calendar is not SQL, hence not the
 * migration. Held cases are left alone: they owe nothing until released (nextDueAt null, as filing
 * writes it; the release writes theirs). Returns how many it wrote.
 */
export async function backfillNextDue(db: Db, options: { now?: Date; batch?: number; all?: boolean } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 2000;
  const settings = await settingsAt(db, now);
  let after = 0;
  let written = 0;
  for (;;) {
    const rows = await db.complaint.findMany({
      // `all`: every open case again (after a change of the deadline lengths or of the calendar).
      where: { id: { gt: after }, ...(options.all ? {} : { nextDueAt: null }), status: { notIn: [...FINAL, "held"] } },
      select: { id: true, ...DEADLINE_TIMES },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (!rows.length) return written;
    await db.$transaction(rows.map((r) => db.complaint.update({ where: { id: r.id }, data: { nextDueAt: nextDueAt(r, settings) } })));
    written += rows.length;
    after = rows[rows.length - 1].id;
  }
}
