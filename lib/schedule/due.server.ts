// What `npm run notify:due` queues at a moment: every scheduled kind, each exactly once
// (once.server.ts, and the alerts' own unique key). Safe to run every minute on every instance,
// and with `--at` to catch up. Each message in its recipient's language (User.language).
import type { Db } from "@/lib/db/db.server";
import { queueDeadlineReminders } from "@/lib/complaints/reminders.server";
import { raiseQuietAlerts, raiseUnhappyAlerts } from "@/lib/alerts/alerts.server";
import { queueDigests } from "@/lib/digest/digest.server";

export type DueReport = Record<string, number>;

export async function queueDue(db: Db, options: { now?: Date } = {}): Promise<DueReport> {
  const now = options.now ?? new Date();
  const unhappy = await raiseUnhappyAlerts(db, { now });
  const quiet = await raiseQuietAlerts(db, { now });
  const reminders = await queueDeadlineReminders(db, { now });
  const digests = await queueDigests(db, { now });
  return { "alert.unhappy": unhappy, "alert.quiet": quiet, "reminder.verify": reminders.verify, "reminder.answer": reminders.answer, digest: digests };
}
