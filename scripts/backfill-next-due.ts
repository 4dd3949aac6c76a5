// npm run db:backfill-next-due [-- --all]
// Fills Complaint.nextDueAt (the desk's default order) for the open cases that predate the column:
// once, after the migration 20261206043208_complaint_next_due on a database that already has
// cases (docs/complaints.md). Safe to run again: it only writes the rows still without one; with
// --all it recomputes every open case (after a change of the deadline lengths or of the calendar).
// Held cases are skipped: they owe no deadline until the secretariat releases them.
import { createDb } from "@/lib/db/db.server";
import { backfillNextDue } from "@/lib/complaints/next-due.server";

const { db } = createDb();
const started = performance.now();
const written = await backfillNextDue(db, { all: process.argv.includes("--all") });
console.log(`nextDueAt written for ${written.toLocaleString("en")} open cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await db.$disconnect();
