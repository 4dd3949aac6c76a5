// Closing a case as a duplicate of another: both loaded within the handler's scope, the other one
// a possible duplicate (lib/complaints/duplicates.ts), the step appended and audited, the
// reporter told which case goes on.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { FINAL } from "@/lib/complaints/lifecycle";
import { translatorFor } from "@/lib/i18n/translator.server";
import { possibleDuplicatesOf } from "./cases.server";
import { StaleCaseError } from "./errors";
import type { CaseActor, NoticeOptions } from "./queries.server";
import { baseUrl } from "./recipients.server";

export type DuplicateOutcome = { ok: true } | { ok: false; error: "notFound" | "notDuplicate" | "finalStatus" | "reasonRequired" | "stale" };

/**
 * Closes a case as a duplicate of another possible duplicate (same unit, same contact, within
 * the window): status rejected (outside the score), the other case linked, the reason recorded
 * and the reporter told which case goes on. Both cases are loaded within the actor's scope.
 */
export async function closeAsDuplicate(
  db: Db,
  id: number,
  otherId: number,
  reason: string,
  actor: CaseActor,
  options: NoticeOptions = {},
): Promise<DuplicateOutcome> {
  const now = options.now ?? new Date();
  if (!reason.trim()) return { ok: false, error: "reasonRequired" };
  const current = await db.complaint.findFirst({
    where: { id, ...actor.scope },
    select: { id: true, unitId: true, status: true, receivedAt: true, trackingCode: true, reporter: { select: { phone: true, email: true } } },
  });
  if (!current) return { ok: false, error: "notFound" };
  if (FINAL.has(current.status)) return { ok: false, error: "finalStatus" };
  const other = (await possibleDuplicatesOf(db, current)).find((d) => d.id === otherId && d.duplicateOfId === null);
  if (!other) return { ok: false, error: "notDuplicate" };
  const t = options.t ?? (await translatorFor("id"));
  const note = t("complaintChannels.duplicates.publicNote", { code: other.trackingCode, link: `${baseUrl()}/lacak/${other.trackingCode}` });
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.complaint.updateMany({
        where: { id, status: current.status },
        data: { status: "rejected", duplicateOfId: other.id, publicAnswer: note, nextDueAt: null }, // a rejected case owes nothing
      });
      if (moved.count !== 1) throw new StaleCaseError(String(id));
      await tx.complaintEvent.create({
        data: {
          complaintId: id,
          fromStatus: current.status,
          toStatus: "rejected",
          actorId: actor.id,
          reason: t("complaintChannels.duplicates.eventReason", { code: other.trackingCode, reason: reason.trim() }),
          answer: note,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "complaint.duplicate",
        entity: "complaint",
        entityId: id,
        before: { status: current.status },
        after: { status: "rejected", duplicateOf: other.id },
      });
      await bumpPublicVersion(tx); // the duplicate leaves the public counts at once
    });
  } catch (error) {
    if (error instanceof StaleCaseError) return { ok: false, error: "stale" };
    throw error;
  }
  return { ok: true };
}
