// Filing a complaint: a citizen's, from the web form or the API (within the complaint rate limit),
// or one received elsewhere and recorded by a handler. The reporter's contact is kept apart, and
// the case, its first history event and the unit head's notification are written in one
// transaction.
import { phoneKey } from "@/lib/complaints/case-query";
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { newTrackingCode } from "@/lib/complaints/tracking-code";
import { translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { enqueue } from "@/lib/notifications/outbox.server";
import { consume, type Limit } from "@/lib/security/rate-limit.server";
import type { ComplaintInput } from "@/lib/complaints/schema";
import type { RecordedComplaintInput } from "@/lib/complaints/recorded-schema";
import type { RecordedChannel } from "@/lib/complaints/channels";
import { isUniqueViolation } from "./errors";
import { nextDueAt } from "./next-due";
import { settingsAt } from "./queries.server";
import { baseUrl, headRecipients } from "./recipients.server";

/**
 * Filings per client address per hour (COMPLAINT_RATE_LIMIT_PER_CLIENT, default 5);
 * COMPLAINT_RATE_LIMIT=0 turns it off (load tests), like SURVEY_RATE_LIMIT. Read on every call.
 */
export function complaintLimit(env: Record<string, string | undefined> = process.env): Limit | null {
  if (env.COMPLAINT_RATE_LIMIT === "0") return null;
  const points = Number(env.COMPLAINT_RATE_LIMIT_PER_CLIENT ?? 5);
  return { points: Number.isFinite(points) && points > 0 ? points : 5, durationSeconds: 3600 };
}

export type FileOutcome =
  { ok: true; id: number; trackingCode: string } | { ok: false; reason: "unknown_unit" } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };
export type RecordOutcome =
  { ok: true; id: number; trackingCode: string } | { ok: false; reason: "unknown_unit" } | { ok: false; reason: "lapor_ticket_taken"; id: number };

/**
 * `channel` "web" (the form, the default) or "api"; `recorded` when a handler records a complaint
 * received elsewhere: its channel, when it was received (deadlines run from then), the LAPOR!
 * ticket, and the recorder, who is the actor of the first event. Recorded cases skip the
 * citizens' rate limit; the caller has checked the recorder's right to the unit.
 */
export type FileContext = {
  clientKey: string;
  now?: Date;
  t?: Translate;
  channel?: "web" | "api";
  recorded?: { channel: RecordedChannel; receivedAt: Date; laporTicket?: string; actorId: number };
};

/** A citizen's complaint, from the web form or the API. */
export async function fileComplaint(db: Db, input: ComplaintInput, context: Omit<FileContext, "recorded">): Promise<FileOutcome> {
  return createComplaint(db, input, context) as Promise<FileOutcome>;
}

/** A complaint received elsewhere, recorded by a handler (who may handle `input.unit`: checked by the caller). */
export async function recordComplaint(
  db: Db,
  input: RecordedComplaintInput,
  actorId: number,
  options: { now?: Date; t?: Translate } = {},
): Promise<RecordOutcome> {
  const recorded = { channel: input.channel, receivedAt: input.receivedAt, laporTicket: input.laporTicket, actorId };
  return createComplaint(db, input, { clientKey: "", ...options, recorded }) as Promise<RecordOutcome>;
}

async function createComplaint(db: Db, input: ComplaintInput | RecordedComplaintInput, context: FileContext): Promise<FileOutcome | RecordOutcome> {
  const unit = await db.unit.findFirst({ where: { slug: input.unit, active: true }, select: { id: true, name: true, headPhone: true } });
  if (!unit) return { ok: false, reason: "unknown_unit" };
  const recorded = context.recorded;
  if (recorded?.laporTicket) {
    const taken = await db.complaint.findUnique({ where: { laporTicket: recorded.laporTicket }, select: { id: true } });
    if (taken) return { ok: false, reason: "lapor_ticket_taken", id: taken.id };
  }
  const limit = recorded ? null : complaintLimit();
  if (limit) {
    const result = await consume("complaint-client", context.clientKey, limit);
    if (!result.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  const now = context.now ?? new Date();
  const receivedAt = recorded?.receivedAt ?? now;
  const t = context.t ?? (await translatorFor("id"));
  // The survey of the same visit is linked only when it is of the same unit (ids are guessable).
  const surveyId = "surveyResponseId" in input ? input.surveyResponseId : undefined;
  const surveyResponseId = surveyId
    ? ((await db.surveyResponse.findFirst({ where: { id: surveyId, unitId: unit.id }, select: { id: true } }))?.id ?? null)
    : null;
  // The head's workspace account by email; a head without an account on their posted number
  // (through the webhook gateway), so that every new case reaches the head directly.
  const heads = await headRecipients(db, unit);
  const contact = input.anonymous ? null : input.contact;

  const settings = await settingsAt(db, now); // the verification deadline, stored for the desk's order
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      const id = await db.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: {
            trackingCode,
            unitId: unit.id,
            category: input.category,
            description: input.description,
            occurredAt: new Date(`${input.occurredOn}T00:00:00+07:00`),
            staffName: input.staffName ?? null,
            room: input.room ?? null,
            anonymous: input.anonymous,
            receivedAt,
            surveyResponseId,
            channel: recorded?.channel ?? context.channel ?? "web",
            laporTicket: recorded?.laporTicket ?? null,
            nextDueAt: nextDueAt({ status: "received", receivedAt, verifiedAt: null, answeredAt: null, closedAt: null }, settings),
            // The anonymous choice stores no contact at all, not even an empty row.
            reporter: contact
              ? { create: { name: contact.name ?? null, phone: contact.phone || null, phoneKey: phoneKey(contact.phone), email: contact.email || null } }
              : undefined,
            // A recorded case's first event is the recorder's, at the time of recording.
            events: { create: { fromStatus: null, toStatus: "received", createdAt: now, actorId: recorded?.actorId ?? null } },
          },
          select: { id: true },
        });
        const link = `${baseUrl()}/admin/pengaduan/${created.id}`;
        await enqueue(
          tx,
          heads.map((h) => ({
            ...h,
            subject: t("complaints.notify.newSubject", { unit: unit.name }),
            body: t("complaints.notify.newBody", { unit: unit.name, category: t(`complaints.categories.${input.category}`), link }),
            complaintId: created.id,
          })),
          now,
        );
        if (recorded) {
          await recordAudit(tx, {
            actorId: recorded.actorId,
            action: "complaint.record",
            entity: "complaint",
            entityId: created.id,
            after: { channel: recorded.channel, receivedAt: receivedAt.toISOString(), laporTicket: recorded.laporTicket ?? null },
          });
        }
        return created.id;
      });
      return { ok: true, id, trackingCode };
    } catch (error) {
      if (recorded?.laporTicket && isUniqueViolation(error, "laporTicket")) {
        // Another handler recorded the same ticket a moment ago.
        const taken = await db.complaint.findUnique({ where: { laporTicket: recorded.laporTicket }, select: { id: true } });
        if (taken) return { ok: false, reason: "lapor_ticket_taken", id: taken.id };
      }
      // A clash of 59-bit random codes is all but impossible; retry once or twice rather than fail.
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
