// npm run db:backfill-next-due [-- --all]
// Fills the columns derived from a case's times where they are missing: Complaint.nextDueAt (the
// desk's default order) of the open cases, and the stamps' days (verifiedOnWorkingDay,
// answeredOnDay, closedOnDay: the figures' on-time counts) of every stamped case. Once, after the
// migrations 20261206043208_complaint_next_due and 20261206075343_complaint_stamp_days on a
// database that already has cases (docs/complaints.md). Safe to run again: it only writes the rows
// still missing one; with --all it recomputes every open case (after a change of the deadline
// lengths). Held cases are skipped: they owe no deadline until the secretariat releases them.
import { createDb } from "@/lib/db/db.server";
import { backfillNextDue } from "@/lib/complaints/next-due.server";

const { db } = createDb();
const started = performance.now();
const written = await backfillNextDue(db, { all: process.argv.includes("--all") });
console.log(`deadline columns written for ${written.toLocaleString("en")} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await db.$disconnect();
