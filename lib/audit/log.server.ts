// The audit log of admin actions: who did what, when, with the record before and after.
// Write it in the same transaction as the change it describes.
import type { Db } from "@/lib/db/db.server";

type Tx = Pick<Db, "auditLog">;

export type AuditEntry = {
  actorId: number | null;
  action: string; // "<entity>.<verb>", e.g. "unit.update", "period.publish"
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before === undefined ? undefined : toJson(entry.before),
      after: entry.after === undefined ? undefined : toJson(entry.after),
    },
  });
}

/** Dates as ISO strings and no password hashes: what JSON columns can and should hold. */
function toJson(value: unknown) {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === "passwordHash" ? undefined : v)));
}
