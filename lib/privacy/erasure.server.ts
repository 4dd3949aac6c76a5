// A complaint reporter's personal data (UU PDP No. 27/2022): erased when its retention ends
// (runRetention, the daily `npm run privacy:retention`) or at once on the reporter's request (the
// secretariat's /admin/privasi), and handed over on request as one file (reporterData).
//
// What erasure does, in one transaction: the contact fields of ComplaintReporter become null (the
// row stays: it records that a contact was given, unlike an anonymous case); every outbox message
// of the case addressed to the reporter, or quoting their contact, loses its recipient and body
// (the columns are required, so they become empty); such a message not yet delivered can no
// longer be, so it is marked failed ("contact erased") instead of waiting, and cannot be
// requeued. The case, its history and its figures are untouched. The audit entry says which
// kinds of field were erased and why, never their values.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import { findByTrackingCode } from "@/lib/complaints/queries.server";
import { reportJson } from "@/lib/complaints/json";
import { retentionCutoff, retentionDays } from "./retention";

export type ErasureReason = "retention" | "request";
export const ERASE_ACTION = "complaint.contact_erase";
export const EXPORT_ACTION = "complaint.reporter_export";
export const UNDELIVERED_ERASED = "contact erased before delivery";

type Contact = { name: string | null; phone: string | null; email: string | null };

function heldValues(contact: Contact): string[] {
  // A name shorter than three letters would match inside unrelated words of other messages.
  return [contact.phone, contact.email, contact.name && contact.name.trim().length >= 3 ? contact.name.trim() : null].filter((v): v is string => !!v);
}

/** Whether an outbox message carries the reporter's contact (addressed to it or quoting it). */
export function carriesContact(message: { recipient: string; subject: string; body: string }, contact: Contact): boolean {
  return heldValues(contact).some((v) => message.recipient === v || message.body.includes(v) || message.subject.includes(v));
}

export type ErasureOutcome = { erased: false } | { erased: true; fields: string[]; notifications: number; undelivered: number };

/**
 * Erases the reporter's contact of one case and its copies in the outbox; `erased: false` when no
 * contact is held (an anonymous case, or erased already). Safe to run twice at once: only one
 * run finds the contact still there.
 */
export async function eraseReporterContact(
  db: Db,
  complaintId: number,
  context: { reason: ErasureReason; actorId: number | null; now?: Date },
): Promise<ErasureOutcome> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const reporter = await tx.complaintReporter.findUnique({ where: { complaintId } });
    if (!reporter || (!reporter.name && !reporter.phone && !reporter.email)) return { erased: false } as const;
    const cleared = await tx.complaintReporter.updateMany({
      where: { complaintId, OR: [{ name: { not: null } }, { phone: { not: null } }, { email: { not: null } }] },
      data: { name: null, phone: null, phoneKey: null, email: null },
    });
    if (cleared.count !== 1) return { erased: false } as const;
    const messages = await tx.notificationOutbox.findMany({
      where: { complaintId },
      select: { id: true, recipient: true, subject: true, body: true, status: true },
    });
    let notifications = 0;
    let undelivered = 0;
    for (const m of messages.filter((m) => carriesContact(m, reporter))) {
      const delivered = m.status === "sent";
      await tx.notificationOutbox.update({
        where: { id: m.id },
        data: {
          recipient: "",
          body: "",
          ...(heldValues(reporter).some((v) => m.subject.includes(v)) ? { subject: "" } : {}),
          ...(delivered ? {} : { status: "failed", lastError: UNDELIVERED_ERASED }),
        },
      });
      notifications++;
      if (!delivered) undelivered++;
    }
    const fields = (["name", "phone", "email"] as const).filter((k) => reporter[k]);
    await recordAudit(tx, {
      actorId: context.actorId,
      action: ERASE_ACTION,
      entity: "complaint",
      entityId: complaintId,
      after: { reason: context.reason, fields, notifications, undelivered, at: now.toISOString() },
    });
    return { erased: true, fields: [...fields], notifications, undelivered };
  });
}

/**
 * The daily job: erases the contacts of every case closed (or rejected) before its retention
 * cutoff at `now`. Each case in its own transaction, so a failure leaves the others done; what
 * fails is tried again by the next run. Returns how many contacts were erased.
 */
export async function runRetention(db: Db, options: { now?: Date; days?: number } = {}): Promise<{ erased: number; cutoff: Date; days: number }> {
  const now = options.now ?? new Date();
  const days = options.days ?? retentionDays();
  const cutoff = retentionCutoff(now, days);
  const held = { OR: [{ name: { not: null } }, { phone: { not: null } }, { email: { not: null } }] };
  let erased = 0;
  let afterId = 0;
  for (;;) {
    const batch = await db.complaint.findMany({
      where: {
        id: { gt: afterId },
        reporter: { is: held },
        OR: [
          { status: "closed", closedAt: { lt: cutoff } },
          // A rejection ends the case too; its time is the rejection's history event.
          { status: "rejected", events: { some: { toStatus: "rejected", createdAt: { lt: cutoff } } } },
        ],
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 200,
    });
    if (!batch.length) break;
    for (const { id } of batch) {
      const outcome = await eraseReporterContact(db, id, { reason: "retention", actorId: null, now });
      if (outcome.erased) erased++;
    }
    afterId = batch[batch.length - 1].id;
  }
  return { erased, cutoff, days };
}

/** A case as the privacy page shows it: enough to act on a reporter's request. */
export async function findCaseForPrivacy(db: Db, code: unknown) {
  const row = await findByTrackingCode(db, code, {
    id: true,
    trackingCode: true,
    status: true,
    anonymous: true,
    receivedAt: true,
    closedAt: true,
    unit: { select: { name: true } },
    reporter: { select: { name: true, phone: true, email: true } },
  });
  if (!row) return null;
  const held = !!row.reporter && !!(row.reporter.name || row.reporter.phone || row.reporter.email);
  return { ...row, contactHeld: held, erasedAt: await contactErasedAt(db, row.id) };
}

/** When the case's reporter contact was erased (on request or at the end of its retention), from the audit log; null if never. */
export async function contactErasedAt(db: Db, complaintId: number): Promise<Date | null> {
  const erasure = await db.auditLog.findFirst({
    where: { action: ERASE_ACTION, entity: "complaint", entityId: String(complaintId) },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  return erasure?.createdAt ?? null;
}

export type PrivacyCase = NonNullable<Awaited<ReturnType<typeof findCaseForPrivacy>>>;

/**
 * Everything held about the reporter of a tracking code, as one JSON document: their contact,
 * what they wrote (the complaint), the answers and public notes they were given, and the
 * notifications sent to them. Internal reasons and evidence are the handlers' records, not the
 * reporter's data, and are left out. Audited (who produced it, never its content).
 */
export async function reporterData(db: Db, code: unknown, actorId: number, now = new Date()) {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) return null;
  const c = await db.complaint.findUnique({
    where: { trackingCode },
    include: {
      unit: { select: { slug: true, name: true } },
      reporter: { select: { name: true, phone: true, email: true } },
      events: { select: { toStatus: true, createdAt: true, publicNote: true, answer: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!c) return null;
  const contact = c.reporter ?? { name: null, phone: null, email: null };
  const messages = await db.notificationOutbox.findMany({ where: { complaintId: c.id }, orderBy: { id: "asc" } });
  const toReporter = messages.filter((m) => carriesContact(m, contact));
  const document = {
    generatedAt: now.toISOString(),
    trackingCode: c.trackingCode,
    contact: c.reporter && (contact.name || contact.phone || contact.email) ? contact : null,
    anonymous: c.anonymous,
    complaint: {
      ...reportJson(c),
      receivedAt: c.receivedAt.toISOString(),
      status: c.status,
      answer: c.publicAnswer,
      closedAt: c.closedAt?.toISOString() ?? null,
      history: c.events.map((e) => ({ status: e.toStatus, at: e.createdAt.toISOString(), note: e.publicNote, answer: e.answer })),
    },
    notifications: toReporter.map((m) => ({
      channel: m.channel,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
  };
  await recordAudit(db, {
    actorId,
    action: EXPORT_ACTION,
    entity: "complaint",
    entityId: c.id,
    after: { contactIncluded: !!document.contact, notifications: document.notifications.length },
  });
  return document;
}
