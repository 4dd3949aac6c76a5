// npm run notify:due [-- --at <ISO time>]: queues the scheduled notifications due at that moment
// (now by default): deadline reminders (lib/schedule). Each has a key in the database, so cron on
// every instance may run it every minute and a run with an earlier `--at` catches up without
// sending twice. Delivery is `npm run outbox:deliver`'s (docs/operations.md).
import { parseArgs } from "node:util";
import { db } from "@/lib/db/db.server";
import { queueDue } from "@/lib/schedule/due.server";

const { values } = parseArgs({ options: { at: { type: "string" } } });
const now = values.at ? new Date(values.at) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`notify:due: --at must be an ISO time, e.g. 2026-03-09T07:00:00+07:00 (got ${values.at})`);
  process.exit(2);
}
try {
  const report = await queueDue(db, { now });
  console.log(
    `notify:due at ${now.toISOString()}: ${Object.entries(report)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ")} queued`,
  );
} finally {
  await db.$disconnect();
}
