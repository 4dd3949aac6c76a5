// The complaint backlog of the workspace's home page: open cases, and those past a deadline of
// their current stage, in total and per unit (issue 28: counted by the database, not read).
import { db as appDb, type Db } from "@/lib/db/db.server";
import { FINAL } from "@/lib/complaints/lifecycle";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";

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

const cityBacklog = new VersionedCache<Backlog>(1);

/**
 * The city's backlog as the secretariat's dashboard shows it: counted once per public data
 * version and lifetime, like the figures beside it (docs/caching.md). At a city's volume the two
 * counts walk every open case (tens of thousands of index entries); a step bumps the version, so a
 * handler's work shows on the next request, a citizen's new case within the lifetime.
 */
export async function getCityBacklog(version?: number): Promise<Backlog> {
  return cityBacklog.get("city", version ?? (await readPublicVersion()), () => complaintBacklog(appDb));
}
