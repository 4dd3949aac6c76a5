// The complaint backlog of the workspace's home page: open cases, and those past a deadline of
// their current stage, in total and per unit (issue 28: counted by the database, not read).
import type { Db } from "@/lib/db/db.server";
import { FINAL } from "@/lib/complaints/lifecycle";

export type Backlog = { open: number; overdue: number; byUnit: Map<number, { open: number; overdue: number }> };

/**
 * Open complaints (not closed or rejected) and those past a deadline they still owe, counted by the
 * database per unit: the open ones on the index (unitId, status), the late ones on (unitId,
 * nextDueAt) as nextDueAt < now (lib/complaints/next-due.ts: exactly "a stage overdue"). Two counts
 * per unit whatever the volume, never the cases themselves.
 */
export async function complaintBacklog(db: Db, scope: { unitId?: number } = {}, now = new Date()): Promise<Backlog> {
  const [open, late] = await Promise.all([
    // Held cases are not the unit's yet (lib/complaints/reached.ts) and owe nothing (nextDueAt null).
    db.complaint.groupBy({ by: ["unitId"], where: { status: { notIn: [...FINAL, "held"] }, ...scope }, _count: { _all: true } }),
    db.complaint.groupBy({ by: ["unitId"], where: { nextDueAt: { lt: now }, ...scope }, _count: { _all: true } }),
  ]);
  const byUnit = new Map<number, { open: number; overdue: number }>(open.map((g) => [g.unitId, { open: g._count._all, overdue: 0 }]));
  for (const g of late) byUnit.set(g.unitId, { open: byUnit.get(g.unitId)?.open ?? g._count._all, overdue: g._count._all });
  return {
    open: open.reduce((n, g) => n + g._count._all, 0),
    overdue: late.reduce((n, g) => n + g._count._all, 0),
    byUnit,
  };
}
