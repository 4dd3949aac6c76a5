// The notification outbox: messages are written in the same transaction as the change they tell
// about (so none is lost when the change commits and none is sent when it rolls back), then
// delivered by deliverPending — right after the request, and by `npm run outbox:deliver` on a
// schedule — with retries and backoff. A message is claimed by moving its next attempt into the
// future before sending, so two deliverers never send the same message at once.
import type { Db } from "@/lib/db/db.server";
import { afterFailure } from "./backoff";
import { transportsFromEnv, type Transport } from "./transport.server";

/** `html`: an email's HTML part beside the plain-text `body` (the weekly digest). */
export type NewMessage = { channel: "email" | "phone"; recipient: string; subject: string; body: string; html?: string | null; complaintId?: number | null };

type Tx = Pick<Db, "notificationOutbox">;

export async function enqueue(tx: Tx, messages: NewMessage[], now = new Date()): Promise<void> {
  if (!messages.length) return;
  await tx.notificationOutbox.createMany({
    data: messages.map((m) => ({
      channel: m.channel,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      html: m.html ?? null,
      complaintId: m.complaintId ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })),
  });
}

export type DeliveryReport = { sent: number; failed: number; retried: number; waiting: number };

const CLAIM_MS = 5 * 60_000; // a crashed deliverer's claim lapses after this

/**
 * Sends up to `limit` messages due at `now`, each through the first transport of its channel.
 * Messages no transport can carry stay pending, untouched (delivery is not configured; that is
 * not a failure), and are counted as waiting.
 */
export async function deliverPending(db: Db, options: { now?: Date; transports?: Transport[]; limit?: number } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const transports = options.transports ?? transportsFromEnv();
  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0, waiting: 0 };
  const channels = [...new Set(transports.flatMap((t) => t.channels))];
  // Only what some transport can send is fetched, so waiting messages never crowd out the rest.
  report.waiting = await db.notificationOutbox.count({ where: { status: "pending", channel: { notIn: channels } } });
  const due = channels.length
    ? await db.notificationOutbox.findMany({
        where: { status: "pending", nextAttemptAt: { lte: now }, channel: { in: channels } },
        orderBy: { id: "asc" },
        take: options.limit ?? 100,
      })
    : [];
  for (const message of due) {
    const transport = transports.find((t) => t.channels.includes(message.channel))!;
    const claimed = await db.notificationOutbox.updateMany({
      where: { id: message.id, status: "pending", nextAttemptAt: message.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue; // another deliverer has it
    const attempts = message.attempts + 1;
    try {
      await transport.send(message);
      await db.notificationOutbox.update({ where: { id: message.id }, data: { status: "sent", attempts, sentAt: new Date(), lastError: null } });
      report.sent++;
    } catch (error) {
      const next = afterFailure(attempts, now);
      await db.notificationOutbox.update({
        where: { id: message.id },
        data: {
          status: next.status,
          attempts,
          nextAttemptAt: next.nextAttemptAt,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
      });
      if (next.status === "failed") report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** A message whose recipient was erased with the reporter's contact (lib/privacy): it can never be sent. */
export function erasedRecipient(message: { recipient: string }): boolean {
  return message.recipient === "";
}

/** Puts a failed message back in the queue (the admin's "try again"); not one whose recipient was erased. */
export async function requeue(db: Db, id: number, now = new Date()): Promise<boolean> {
  const result = await db.notificationOutbox.updateMany({
    where: { id, status: "failed", recipient: { not: "" } },
    data: { status: "pending", attempts: 0, nextAttemptAt: now },
  });
  return result.count === 1;
}

/**
 * Starts a delivery round in the background after a request queued messages, when a transport is
 * configured; a failure here is only logged (the message stays queued for the next round or for
 * `npm run outbox:deliver`).
 */
export function deliverSoon(db: Db): void {
  const transports = transportsFromEnv();
  if (!transports.length) return;
  void deliverPending(db, { transports, limit: 20 }).catch((error) => console.error("outbox delivery failed", error));
}

/** The outbox for the admin, newest first. */
export async function listOutbox(db: Db, take = 200) {
  return db.notificationOutbox.findMany({ orderBy: { id: "desc" }, take });
}
