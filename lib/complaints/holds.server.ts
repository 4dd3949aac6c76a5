// Held complaints (docs/complaints.md, "Hold, don't drop"): the secretariat's review list, and its
// two decisions. A release hands the case to the unit as if it arrived then (receivedAt becomes
// the release time, so its deadlines run from there; heldAt keeps the filing time) and sends the
// unit head the usual notice; a rejection as spam closes it with a reason the reporter reads on
// /lacak. Each case is claimed by a conditional update on status "held", so two reviewers acting
// at once decide it once. Both are audited.
import type { Db, Prisma } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { enqueue } from "@/lib/notifications/outbox.server";
import { newCaseNotices } from "./filing.server";
import { derivedDeadlineColumns } from "./next-due";
import { settingsAt } from "./queries.server";
import { headRecipients } from "./recipients.server";

export type HeldComplaint = {
  id: number;
  trackingCode: string;
  unit: { slug: string; name: string };
  category: string;
  description: string;
  channel: string;
  heldAt: Date;
  heldReason: string;
  heldNth: number | null;
};

const MAX_LISTED = 200; // the oldest first; a flood beyond this waits for the next page load

/** The held complaints, oldest first, with why each was held. */
export async function heldComplaints(db: Db): Promise<{ rows: HeldComplaint[]; total: number }> {
  const where = { status: "held" as const };
  const [rows, total] = await Promise.all([
    db.complaint.findMany({
      where,
      select: {
        id: true,
        trackingCode: true,
        category: true,
        description: true,
        channel: true,
        receivedAt: true,
        heldAt: true,
        heldReason: true,
        heldNth: true,
        unit: { select: { slug: true, name: true } },
      },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: MAX_LISTED,
    }),
    db.complaint.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, heldAt: r.heldAt ?? r.receivedAt, heldReason: r.heldReason ?? "network" })),
    total,
  };
}

export type HoldDecisionOutcome = { ok: true; trackingCode: string } | { ok: false; reason: "gone" };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One decision on a held case, in one transaction: the move (only if it is still held, so two
 * reviewers decide it once), its event and its audit, then whatever else the decision writes.
 * False when the case was no longer held.
 */
async function decideHeld(
  db: Db,
  id: number,
  actorId: number,
  now: Date,
  decision: {
    data: Prisma.ComplaintUpdateManyMutationInput & { status: "received" | "rejected" };
    event?: { reason?: string; answer?: string };
    action: string;
    after: Record<string, unknown>;
    then?: (tx: Tx) => Promise<void>;
  },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const moved = await tx.complaint.updateMany({ where: { id, status: "held" }, data: decision.data });
    if (moved.count !== 1) return false;
    await tx.complaintEvent.create({
      data: { complaintId: id, fromStatus: "held", toStatus: decision.data.status, actorId, ...decision.event, createdAt: now },
    });
    await recordAudit(tx, {
      actorId,
      action: decision.action,
      entity: "complaint",
      entityId: id,
      before: { status: "held" },
      after: decision.after,
    });
    await decision.then?.(tx);
    return true;
  });
}

/** Releases a held complaint to its unit: deadlines from `now`, the head's notice queued, audited. */
export async function releaseHeld(db: Db, id: number, actorId: number, options: { now?: Date; t?: Translate } = {}): Promise<HoldDecisionOutcome> {
  const now = options.now ?? new Date();
  const t = options.t ?? (await translatorFor("id"));
  const found = await db.complaint.findFirst({
    where: { id, status: "held" },
    select: { trackingCode: true, category: true, unit: { select: { id: true, name: true, headPhone: true } } },
  });
  if (!found) return { ok: false, reason: "gone" };
  const heads = await headRecipients(db, found.unit);
  // Released, the case arrives now: its verification deadline (the desk's order) counts from here.
  const due = derivedDeadlineColumns(
    { status: "received", receivedAt: now, reopenedAt: null, verifiedAt: null, answeredAt: null, closedAt: null },
    await settingsAt(db, now),
  );
  const done = await decideHeld(db, id, actorId, now, {
    data: { status: "received", receivedAt: now, releasedAt: now, ...due },
    action: "complaint.release",
    after: { status: "received" },
    then: async (tx) => {
      await enqueue(tx, newCaseNotices(heads, found.unit.name, found.category, id, t), now);
      await bumpPublicVersion(tx);
    },
  });
  return done ? { ok: true, trackingCode: found.trackingCode } : { ok: false, reason: "gone" };
}

/** Rejects a held complaint as spam: final, with the reason shown to the reporter; audited. */
export async function rejectHeld(db: Db, id: number, reason: string, actorId: number, options: { now?: Date } = {}): Promise<HoldDecisionOutcome> {
  const now = options.now ?? new Date();
  const found = await db.complaint.findFirst({ where: { id, status: "held" }, select: { trackingCode: true } });
  if (!found) return { ok: false, reason: "gone" };
  const text = reason.trim();
  const done = await decideHeld(db, id, actorId, now, {
    data: { status: "rejected", publicAnswer: text },
    // The reason is the reporter's answer (shown on /lacak), as a handler's rejection gives its own.
    event: { reason: "spam", answer: text },
    action: "complaint.reject_held",
    after: { status: "rejected", reason: text },
  });
  return done ? { ok: true, trackingCode: found.trackingCode } : { ok: false, reason: "gone" };
}
