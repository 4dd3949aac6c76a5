// npm run privacy:retention: erases the contacts of complaint reporters whose retention has ended
// (PRIVACY_RETENTION_DAYS after the case was closed, default 365), with their copies in the
// notification outbox; each erasure is in the audit log without the data. Run it daily from cron
// (docs/complaints.md, "Personal data"). Idempotent: a second run the same day erases nothing more.
import { db } from "@/lib/db/db.server";
import { runRetention } from "@/lib/privacy/erasure.server";

try {
  const { erased, cutoff, days } = await runRetention(db);
  console.log(`privacy:retention: ${erased} reporter contact(s) erased (cases closed before ${cutoff.toISOString()}, retention ${days} days)`);
} catch (error) {
  console.error(`privacy:retention: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
