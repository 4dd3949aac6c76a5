// Filing a complaint: a citizen's, from the web form or the API (beyond the per-network limit it is
// stored and held for the secretariat's review, lib/complaints/hold.ts; only the server's ceiling
// refuses it), or one received elsewhere and recorded by a handler. The reporter's contact is kept apart, and
// the case, its first history event and the unit head's notification are written in one
// transaction.
import { phoneKey } from "@/lib/complaints/case-query";
import { dbProvider, type Db, type DbProvider } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { newTrackingCode } from "@/lib/complaints/tracking-code";
import { translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { enqueue } from "@/lib/notifications/outbox.server";
import { countEvents } from "@/lib/security/rate-limit.server";
import { complaintLimits, holdDecision, type HoldDecision } from "@/lib/complaints/hold";
import type { ComplaintInput } from "@/lib/complaints/schema";
import type { RecordedComplaintInput } from "@/lib/complaints/recorded-schema";
import type { RecordedChannel } from "@/lib/complaints/channels";
import { isUniqueViolation } from "./errors";
import { nextDueAt } from "./next-due";
import { settingsAt } from "./queries.server";
import { baseUrl, headRecipients } from "./recipients.server";

/** Who else a refused citizen can reach: the unit's head and its escalation line (public by design). */
export type OtherWay = { unit: string; headName: string; headPhone: string; escalationName: string | null; escalationPhone: string | null };
export type FileOutcome =
  | { ok: true; id: number; trackingCode: string; held: boolean }
  | { ok: false; reason: "unknown_unit" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number; otherWay: OtherWay };
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
  provider?: DbProvider;
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
  const unit = await db.unit.findFirst({
    where: { slug: input.unit, active: true },
    select: { id: true, name: true, headName: true, headPhone: true, escalationName: true, escalationPhone: true },
  });
  if (!unit) return { ok: false, reason: "unknown_unit" };
  const recorded = context.recorded;
  if (recorded?.laporTicket) {
    const taken = await db.complaint.findUnique({ where: { laporTicket: recorded.laporTicket }, select: { id: true } });
    if (taken) return { ok: false, reason: "lapor_ticket_taken", id: taken.id };
  }
  const now = context.now ?? new Date();
  // Recorded cases are exempt: the handler vouches for them.
  const limits = recorded ? null : complaintLimits();
  let decision: HoldDecision = { kind: "accept" };
  if (limits) {
    // The limiter's own row ("complaint-client:<address>"), counted in one statement on the driver.
    const key = `complaint-client:${context.clientKey}`;
    const counted = (await countEvents(db, context.provider ?? dbProvider, [{ key, seconds: limits.windowSeconds }], now)).get(key)!;
    decision = holdDecision(counted.points, limits);
    if (decision.kind === "refuse") {
      const retryAfterSeconds = Math.max(1, Math.ceil((counted.expire.getTime() - now.getTime()) / 1000));
      const otherWay = {
        unit: unit.name,
        headName: unit.headName,
        headPhone: unit.headPhone,
        escalationName: unit.escalationName,
        escalationPhone: unit.escalationPhone,
      };
      return { ok: false, reason: "rate_limited", retryAfterSeconds, otherWay };
    }
  }
  const held = decision.kind === "hold" ? decision : null;
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
            // A held case is stored and traceable but not yet the unit's: no notice, no deadline
            // (its nextDueAt is written when it is released).
            ...(held
              ? { status: "held" as const, heldAt: now, heldReason: held.reason, heldNth: held.nth, nextDueAt: null }
              : { nextDueAt: nextDueAt({ status: "received", receivedAt, verifiedAt: null, answeredAt: null, closedAt: null }, settings) }),
            // The anonymous choice stores no contact at all, not even an empty row.
            reporter: contact
              ? { create: { name: contact.name ?? null, phone: contact.phone || null, phoneKey: phoneKey(contact.phone), email: contact.email || null } }
              : undefined,
            // A recorded case's first event is the recorder's, at the time of recording.
            events: { create: { fromStatus: null, toStatus: held ? "held" : "received", createdAt: now, actorId: recorded?.actorId ?? null } },
          },
          select: { id: true },
        });
        if (!held) await enqueue(tx, newCaseNotices(heads, unit.name, input.category, created.id, t), now);
        if (recorded) {
          await recordAudit(tx, {
            actorId: recorded.actorId,
            action: "complaint.record",
            entity: "complaint",
            entityId: created.id,
            after: { channel: recorded.channel, receivedAt: receivedAt.toISOString(), laporTicket: recorded.laporTicket ?? null },
          });
          // A staff write: the recorded case joins the public counts on the next request, on every
          // instance (a citizen's filing, like an answer, shows within the cache's lifetime).
          await bumpPublicVersion(tx);
        }
        return created.id;
      });
      return { ok: true, id, trackingCode, held: held !== null };
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

/** The unit head's notices of a new case (on filing, or on a held case's release). */
export function newCaseNotices(heads: Awaited<ReturnType<typeof headRecipients>>, unit: string, category: string, complaintId: number, t: Translate) {
  const link = `${baseUrl()}/admin/pengaduan/${complaintId}`;
  return heads.map((h) => ({
    ...h,
    subject: t("complaints.notify.newSubject", { unit }),
    body: t("complaints.notify.newBody", { unit, category: t(`complaints.categories.${category}`), link }),
    complaintId,
  }));
}

/** The refusal beyond the ceiling, in the citizen's language, with the people they can call instead. */
export function refusalMessage(
  outcome: { retryAfterSeconds: number; otherWay: OtherWay },
  t: Translate,
  key: "complaints.form.rateLimited" | "complaints.errors.rateLimited",
): string {
  const { otherWay: o } = outcome;
  return [
    t(key, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }),
    t("complaints.form.otherWayHead", { name: o.headName, unit: o.unit, phone: o.headPhone }),
    ...(o.escalationPhone ? [t("complaints.form.otherWayEscalation", { name: o.escalationName ?? o.escalationPhone, phone: o.escalationPhone })] : []),
  ].join(" ");
}
