// The handlers' steps through the lifecycle (lib/complaints/lifecycle.ts): each checked against the
// rules, then written in one transaction only if the case is still where the check saw it,
// appended to the history (never edited), audited, and told to the reporter.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import {
  checkStep,
  ESCALATION_WINDOW_DAYS,
  escalationFor,
  stampsOf,
  type ComplaintStatus,
  type StepCheck,
  type StepInput,
  type StepKind,
} from "@/lib/complaints/lifecycle";
import { translatorFor } from "@/lib/i18n/translator.server";
import { enqueue, type NewMessage } from "@/lib/notifications/outbox.server";
import { CaseNotFoundError, StaleCaseError } from "./errors";
import { refreshNextDue } from "./next-due.server";
import { settingsAt, type CaseActor, type NoticeOptions } from "./queries.server";
import { baseUrl } from "./recipients.server";

export type StepOutcome = { ok: true; kind: StepKind; status: ComplaintStatus; escalate: boolean } | { ok: false; check: Extract<StepCheck, { ok: false }> };

/**
 * Applies one step of the lifecycle: checks it against the rules, then in one transaction moves
 * the status only if it is still the one the check saw, appends the event (who, when, why),
 * stamps the case, decides escalation on a verdict of "substantiated", audits it, and queues the
 * reporter's notification when they left a contact.
 */
export async function applyStep(db: Db, id: number, step: StepInput, actor: CaseActor, options: NoticeOptions = {}): Promise<StepOutcome> {
  const now = options.now ?? new Date();
  const t = options.t ?? (await translatorFor("id"));
  const current = await db.complaint.findFirst({
    where: { id, ...actor.scope },
    select: {
      id: true,
      unitId: true,
      status: true,
      staffName: true,
      answeredAt: true,
      inspectorateAt: true,
      trackingCode: true,
      reporter: { select: { phone: true, email: true } },
    },
  });
  if (!current) throw new CaseNotFoundError(String(id));
  // answeredAt is cleared by a reopening: it says whether this round has had its answer.
  const check = checkStep(current.status, current.answeredAt !== null, step, {
    inspectorate: current.inspectorateAt !== null,
    inspector: actor.role === "inspector",
  });
  if (!check.ok) return { ok: false, check };

  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const note = clean(step.publicNote);
  const answer = clean(step.answer);
  let escalate = false;
  if (step.to === "substantiated") {
    const earlier = await db.complaint.findMany({
      where: {
        unitId: current.unitId,
        id: { not: id },
        verifiedAt: { gte: new Date(now.getTime() - ESCALATION_WINDOW_DAYS * 86_400_000) },
        events: { some: { toStatus: "substantiated" } },
      },
      select: { staffName: true },
    });
    escalate = escalationFor(current.staffName, earlier).escalate;
  }

  const settings = await settingsAt(db, now); // the next deadline's lengths
  const status = await db.$transaction(async (tx) => {
    const moved = await tx.complaint.updateMany({
      where: { id, status: current.status },
      data: {
        status: step.to,
        ...stampsOf(step, current, now),
        ...(answer ? { publicAnswer: answer } : {}),
        ...(step.to === "action_taken" ? { action: step.action!, severity: step.severity! } : {}),
        ...(escalate ? { escalate: true } : {}),
      },
    });
    if (moved.count !== 1) throw new StaleCaseError(String(id));
    await refreshNextDue(tx, id, settings);
    await tx.complaintEvent.create({
      data: {
        complaintId: id,
        fromStatus: current.status,
        toStatus: step.to,
        actorId: actor.id,
        reason: clean(step.reason),
        evidence: clean(step.evidence),
        publicNote: note,
        answer,
        action: step.action ?? null,
        severity: step.severity ?? null,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: check.kind === "transition" ? "complaint.transition" : check.kind === "answer" ? "complaint.answer" : "complaint.note",
      entity: "complaint",
      entityId: id,
      before: { status: current.status },
      after: { status: step.to, escalate },
    });
    // The unit page counts received, substantiated and answered complaints.
    await bumpPublicVersion(tx);
    const reporter = current.reporter;
    if (reporter && (reporter.email || reporter.phone)) {
      const link = `${baseUrl()}/lacak/${current.trackingCode}`;
      const message: Omit<NewMessage, "channel" | "recipient"> = {
        subject: t("complaints.notify.updateSubject", { code: current.trackingCode }),
        body: t("complaints.notify.updateBody", { code: current.trackingCode, status: t(`complaints.status.${step.to}`), link }),
        complaintId: id,
      };
      await enqueue(
        tx,
        [reporter.email ? { ...message, channel: "email", recipient: reporter.email } : { ...message, channel: "phone", recipient: reporter.phone! }],
        now,
      );
    }
    return step.to;
  });
  return { ok: true, kind: check.kind, status, escalate };
}
