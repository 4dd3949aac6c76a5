// Exactly once, on any number of instances: a scheduled message is queued in the transaction that
// inserts its key (recipient, kind, period). A second run, a catch-up run and the cron job of
// another instance at the same moment all meet the unique index: the loser's transaction rolls
// back, its messages with it. Delivery stays the outbox's (lib/notifications), with its retries.
import type { Db } from "@/lib/db/db.server";
import { isUniqueViolation } from "@/lib/complaints/errors";
import { enqueue, type NewMessage } from "@/lib/notifications/outbox.server";

export type OnceKey = { recipient: string; kind: string; period: string };

/** Whether a message with this key was ever queued. */
export async function alreadyQueued(db: Db, key: OnceKey): Promise<boolean> {
  return (await db.notificationKey.count({ where: key })) > 0;
}

/** Queues `message` under `key` unless that key exists (null: only the key, a marker); true when this call inserted it. */
export async function queueOnce(db: Db, key: OnceKey, message: NewMessage | null, now: Date): Promise<boolean> {
  if (await alreadyQueued(db, key)) return false; // the common case, without an error round trip
  try {
    await db.$transaction(async (tx) => {
      await tx.notificationKey.create({ data: { ...key, createdAt: now } });
      if (message) await enqueue(tx, [message], now);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false; // another run queued it first
    throw error;
  }
}
