// The reporter's verdict on the case's answer, given by anyone holding the tracking code: once per
// answer, within the settings' window; "not satisfied" reopens the case (the rules are
// lib/complaints/verdict.ts).
import type { Db } from "@/lib/db/db.server";
import { checkVerdict, reopening, verdictStateOf, type VerdictError } from "@/lib/complaints/verdict";
import { translatorFor } from "@/lib/i18n/translator.server";
import { enqueue } from "@/lib/notifications/outbox.server";
import type { VerdictInput } from "@/lib/complaints/recorded-schema";
import { isUniqueViolation, StaleCaseError } from "./errors";
import { findByTrackingCode, settingsAt, type NoticeOptions } from "./queries.server";
import { refreshNextDue } from "./next-due.server";
import { baseUrl, headRecipients, roleRecipients } from "./recipients.server";

export type VerdictOutcome = { ok: true; reopened: boolean; inspectorate: boolean } | { ok: false; error: VerdictError | "notFound" };

/**
 * The reporter's verdict on the case's current answer (anyone holding the tracking code): once
 * per answer, within the settings' verdictDays. "Not satisfied" reopens the case, closed or not,
 * to verifying with new deadlines from now, appends the reopening to the history and notifies the
 * head; the second reopening also assigns the case to the Inspektorat and notifies every
 * inspector. The verdict's reason is internal: the handlers see it, no public page does.
 */
export async function submitVerdict(db: Db, code: unknown, input: VerdictInput, options: NoticeOptions = {}): Promise<VerdictOutcome> {
  const now = options.now ?? new Date();
  const row = await findByTrackingCode(db, code, {
    id: true,
    trackingCode: true,
    status: true,
    receivedAt: true,
    reopenedAt: true,
    reopenCount: true,
    inspectorateAt: true,
    unit: { select: { id: true, name: true, headPhone: true } },
    events: { select: { toStatus: true, createdAt: true, answer: true } },
    verdicts: { select: { round: true } },
  });
  if (!row) return { ok: false, error: "notFound" };
  const settings = await settingsAt(db, now);
  const check = checkVerdict(verdictStateOf(row), now, settings.verdictDays);
  if (!check.ok) return { ok: false, error: check.error };
  const t = options.t ?? (await translatorFor("id"));
  const reason = input.reason?.trim() || null;
  const change = input.satisfied ? null : reopening(row.reopenCount, now);
  const toInspectorate = !!change?.toInspectorate && row.inspectorateAt === null;
  const recipients = change ? [...(await headRecipients(db, row.unit)), ...(toInspectorate ? await roleRecipients(db, "inspector") : [])] : [];
  try {
    await db.$transaction(async (tx) => {
      await tx.complaintVerdict.create({ data: { complaintId: row.id, round: row.reopenCount, satisfied: input.satisfied, reason, createdAt: now } });
      // The case's own count of verdicts, which the figures read (lib/scores/handling.server.ts).
      await tx.complaint.update({
        where: { id: row.id },
        data: { verdictCount: { increment: 1 }, ...(input.satisfied ? { satisfiedVerdictCount: { increment: 1 } } : {}) },
      });
      if (!change) return;
      const { status, reopenCount, reopenedAt, verifiedAt, answeredAt, closedAt, publicAnswer, action, severity } = change;
      const data = { status, reopenCount, reopenedAt, verifiedAt, answeredAt, closedAt, publicAnswer, action, severity };
      const moved = await tx.complaint.updateMany({
        where: { id: row.id, status: row.status, reopenCount: row.reopenCount },
        data: { ...data, ...(toInspectorate ? { inspectorateAt: now } : {}) },
      });
      if (moved.count !== 1) throw new StaleCaseError(String(row.id));
      await refreshNextDue(tx, row.id, settings);
      await tx.complaintEvent.create({
        data: {
          complaintId: row.id,
          fromStatus: row.status,
          toStatus: "verifying",
          actorId: null,
          createdAt: now,
          reason: t("complaintChannels.verdict.eventReason", { reason: reason ?? "" }),
          publicNote: t(toInspectorate ? "complaintChannels.verdict.reopenedInspectorateNote" : "complaintChannels.verdict.reopenedNote"),
        },
      });
      const link = `${baseUrl()}/admin/pengaduan/${row.id}`;
      await enqueue(
        tx,
        recipients.map((r) => ({
          ...r,
          subject: t(toInspectorate ? "complaintChannels.notify.inspectorateSubject" : "complaintChannels.notify.reopenedSubject", {
            code: row.trackingCode,
            unit: row.unit.name,
          }),
          body: t("complaintChannels.notify.reopenedBody", { code: row.trackingCode, unit: row.unit.name, link }),
          complaintId: row.id,
        })),
        now,
      );
    });
  } catch (error) {
    // Two verdicts on one answer at once: the unique (case, round) lets only one in.
    if (isUniqueViolation(error) || error instanceof StaleCaseError) return { ok: false, error: "alreadyJudged" };
    throw error;
  }
  return { ok: true, reopened: !!change, inspectorate: toInspectorate };
}
