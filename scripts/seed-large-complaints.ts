// The complaints half of `npm run seed:large -- --complaints N` (scripts/seed-large.ts): the cases of
// prisma/seed/large-complaints.ts with their reporters, histories and verdicts, written with the
// raw drivers in batches of 5,000 cases, one transaction each (PostgreSQL: unnest arrays, ids
// taken from the sequence first; SQLite: prepared statements). Prints the rate as it goes.
import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "@/lib/db/db.server";
import { settingsAt } from "@/lib/complaints/queries.server";
import { DEMO_UNITS } from "@/prisma/seed/bengkulu";
import { largeComplaint, unitWeights, type LargeComplaint } from "@/prisma/seed/large-complaints";
import { prng } from "@/prisma/seed/random";

const BATCH = 5_000;
const COMPLAINT_COLUMNS = [
  "id",
  "trackingCode",
  "unitId",
  "category",
  "description",
  "occurredAt",
  "anonymous",
  "status",
  "action",
  "severity",
  "publicAnswer",
  "receivedAt",
  "verifiedAt",
  "answeredAt",
  "closedAt",
  "channel",
  "laporTicket",
  "reopenedAt",
  "reopenCount",
  "inspectorateAt",
  "nextDueAt",
  "verifiedOnWorkingDay",
  "answeredOnDay",
  "closedOnDay",
  "verdictCount",
  "satisfiedVerdictCount",
  "updatedAt",
] as const;
const PG_TYPES = [
  "int",
  "text",
  "int",
  `"ComplaintCategory"`,
  "text",
  "timestamp",
  "boolean",
  `"ComplaintStatus"`,
  `"ComplaintAction"`,
  `"Severity"`,
  "text",
  "timestamp",
  "timestamp",
  "timestamp",
  "timestamp",
  `"ComplaintChannel"`,
  "text",
  "timestamp",
  "int",
  "timestamp",
  "timestamp",
  "int",
  "int",
  "int",
  "int",
  "int",
  "timestamp",
];
const EVENT_COLUMNS = ["complaintId", "fromStatus", "toStatus", "actorId", "reason", "evidence", "publicNote", "answer", "action", "severity", "createdAt"];
const EVENT_TYPES = ["int", `"ComplaintStatus"`, `"ComplaintStatus"`, "int", "text", "text", "text", "text", `"ComplaintAction"`, `"Severity"`, "timestamp"];
const REPORTER_COLUMNS = ["complaintId", "name", "phone", "phoneKey", "email"];
const VERDICT_COLUMNS = ["complaintId", "round", "satisfied", "createdAt"];

type Target = { provider: "sqlite" | "postgresql"; file?: string; url?: string };

export async function seedLargeComplaints(db: Db, target: Target, total: number, seed: number): Promise<{ written: number; seconds: number }> {
  const now = new Date();
  const settings = await settingsAt(db, now);
  const units = await db.unit.findMany({ where: { active: true }, select: { id: true, slug: true }, orderBy: { id: "asc" } });
  const profiles = units.map((u) => DEMO_UNITS.find((d) => d.slug === u.slug) ?? { quality: 3 });
  const weights = unitWeights(profiles);
  const heads = new Map((await db.user.findMany({ where: { role: "unit_head" }, select: { id: true, unitId: true } })).map((u) => [u.unitId, u.id]));
  const admin = (await db.user.findFirst({ where: { role: "admin" }, select: { id: true } }))?.id ?? null;
  const first = ((await db.complaint.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const random = prng(seed);
  const started = performance.now();
  let written = 0;

  const rowsOf = (batch: LargeComplaint[], ids: number[]) => {
    const complaints = batch.map((c, k) => [
      ids[k],
      c.trackingCode,
      units[c.unitIndex].id,
      c.category,
      c.description,
      c.occurredAt,
      c.anonymous,
      c.status,
      c.action,
      c.severity,
      c.publicAnswer,
      c.receivedAt,
      c.verifiedAt,
      c.answeredAt,
      c.closedAt,
      c.channel,
      c.laporTicket,
      c.reopenedAt,
      c.reopenCount,
      c.inspectorateAt,
      c.nextDueAt,
      c.verifiedOnWorkingDay,
      c.answeredOnDay,
      c.closedOnDay,
      c.verdictCount,
      c.satisfiedVerdictCount,
      c.updatedAt,
    ]);
    const events = batch.flatMap((c, k) =>
      c.events.map((e) => {
        const actor = e.actor ? (heads.get(units[c.unitIndex].id) ?? admin) : null;
        return [ids[k], e.fromStatus, e.toStatus, actor, e.reason, e.evidence, e.publicNote, e.answer, e.action, e.severity, e.at];
      }),
    );
    const reporters = batch.flatMap((c, k) => (c.reporter ? [[ids[k], c.reporter.name, c.reporter.phone, c.reporter.phoneKey, c.reporter.email]] : []));
    const verdicts = batch.flatMap((c, k) => c.verdicts.map((v) => [ids[k], v.round, v.satisfied, v.at]));
    return { complaints, events, reporters, verdicts };
  };
  const progress = () => {
    const seconds = (performance.now() - started) / 1000;
    console.log(`complaints: ${written.toLocaleString("en")} of ${total.toLocaleString("en")} (${Math.round(written / seconds).toLocaleString("en")}/s)`);
  };

  if (target.provider === "sqlite") {
    const sqlite = new Database(target.file!);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    const insert = (table: string, columns: readonly string[]) =>
      sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    // Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset, booleans as 0/1.
    const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);
    const statements = {
      complaints: insert("Complaint", COMPLAINT_COLUMNS),
      events: insert("ComplaintEvent", EVENT_COLUMNS),
      reporters: insert("ComplaintReporter", REPORTER_COLUMNS),
      verdicts: insert("ComplaintVerdict", VERDICT_COLUMNS),
    };
    const write = sqlite.transaction((rows: ReturnType<typeof rowsOf>) => {
      for (const key of ["complaints", "events", "reporters", "verdicts"] as const) for (const row of rows[key]) statements[key].run(...row.map(value));
    });
    for (let done = 0; done < total; done += BATCH) {
      const n = Math.min(BATCH, total - done);
      const ids = Array.from({ length: n }, (_, k) => first + done + k);
      const batch = ids.map((id) => largeComplaint(random, id, profiles, weights, now, settings));
      write(rowsOf(batch, ids));
      written += n;
      progress();
    }
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const unnest = (table: string, columns: readonly string[], types: string[]) =>
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})`;
    const sql = {
      complaints: unnest("Complaint", COMPLAINT_COLUMNS, PG_TYPES),
      events: unnest("ComplaintEvent", EVENT_COLUMNS, EVENT_TYPES),
      reporters: unnest("ComplaintReporter", REPORTER_COLUMNS, ["int", "text", "text", "text", "text"]),
      verdicts: unnest("ComplaintVerdict", VERDICT_COLUMNS, ["int", "int", "boolean", "timestamp"]),
    };
    // Timestamps are written as UTC text (the columns are "timestamp" without a zone, as Prisma makes them).
    const value = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
    const columnsOf = (rows: unknown[][], width: number) => Array.from({ length: width }, (_, i) => rows.map((r) => value(r[i])));
    for (let done = 0; done < total; done += BATCH) {
      const n = Math.min(BATCH, total - done);
      // Ids from the table's own sequence, so the app's later inserts never collide with them.
      const ids = (await client.query(`SELECT nextval(pg_get_serial_sequence('"Complaint"', 'id'))::int AS id FROM generate_series(1, $1)`, [n])).rows.map(
        (r: { id: number }) => r.id,
      );
      const batch = ids.map((id: number) => largeComplaint(random, id, profiles, weights, now, settings));
      const rows = rowsOf(batch, ids);
      await client.query("BEGIN");
      try {
        await client.query(sql.complaints, columnsOf(rows.complaints, COMPLAINT_COLUMNS.length));
        await client.query(sql.events, columnsOf(rows.events, EVENT_COLUMNS.length));
        await client.query(sql.reporters, columnsOf(rows.reporters, REPORTER_COLUMNS.length));
        await client.query(sql.verdicts, columnsOf(rows.verdicts, VERDICT_COLUMNS.length));
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      written += n;
      progress();
    }
    await client.query(`ANALYZE "Complaint", "ComplaintEvent", "ComplaintReporter", "ComplaintVerdict"`);
    await client.end();
  }
  return { written, seconds: (performance.now() - started) / 1000 };
}
