// The complaint backlog of the workspace's home page: open cases, and those past a deadline of
// their current stage, in total and per unit.
import type { Db } from "@/lib/db/db.server";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { DEADLINE_TIMES, settingsAt } from "./queries.server";

export type Backlog = { open: number; overdue: number; byUnit: Map<number, { open: number; overdue: number }> };

/** Open complaints (not closed or rejected) and those past a deadline of their current stage. */
export async function complaintBacklog(db: Db, scope: { unitId?: number } = {}, now = new Date()): Promise<Backlog> {
  const settings = await settingsAt(db, now);
  const rows = await db.complaint.findMany({
    // Held cases are not the unit's yet (lib/complaints/reached.ts); deadlines run from the last reopening (DEADLINE_TIMES).
    where: { status: { notIn: ["closed", "rejected", "held"] }, ...scope },
    select: { unitId: true, ...DEADLINE_TIMES },
  });
  const byUnit = new Map<number, { open: number; overdue: number }>();
  let overdue = 0;
  for (const row of rows) {
    const late = deadlineState(row, settings, now).overdue.length > 0;
    const entry = byUnit.get(row.unitId) ?? { open: 0, overdue: 0 };
    entry.open++;
    if (late) {
      entry.overdue++;
      overdue++;
    }
    byUnit.set(row.unitId, entry);
  }
  return { open: rows.length, overdue, byUnit };
}
