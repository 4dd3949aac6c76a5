// npm run outbox:deliver: sends the notifications that are due (docs/complaints.md). Run it from
// cron every minute or so; it exits when the due messages are handled. Without SMTP_URL or
// NOTIFY_WEBHOOK_URL nothing can be sent and the messages stay pending.
import { db } from "@/lib/db/db.server";
import { notifyOverdueVerifications } from "@/lib/complaints/overdue.server";
import { deliverPending } from "@/lib/notifications/outbox.server";
import { transportsFromEnv } from "@/lib/notifications/transport.server";

const transports = transportsFromEnv();
if (!transports.length) console.warn("outbox: neither SMTP_URL nor NOTIFY_WEBHOOK_URL is set; messages stay pending");
// Cases unverified past their deadline: their escalation contact and the secretariat are told, once.
const overdue = await notifyOverdueVerifications(db);
if (overdue) console.log(`complaints: ${overdue} unverified past the deadline, escalation contacts and the secretariat notified`);
let total = { sent: 0, failed: 0, retried: 0, waiting: 0 };
// Batches of 100 until a batch sends nothing new (what is left waits for its next attempt).
for (;;) {
  const report = await deliverPending(db, { transports });
  total = { sent: total.sent + report.sent, failed: total.failed + report.failed, retried: total.retried + report.retried, waiting: report.waiting };
  if (report.sent + report.failed + report.retried < 100) break;
}
console.log(`outbox: ${total.sent} sent, ${total.retried} to retry, ${total.failed} failed, ${total.waiting} waiting for a transport`);
await db.$disconnect();
