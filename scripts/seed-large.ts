// npm run seed:large -- --responses 1000000 [--complaints 200000]
// Adds N survey responses over the last twelve months to the database in use (DATABASE_URL;
// default the embedded SQLite), spread over the demo units by their usual volume, and adds them to
// the monthly aggregates in the same transactions, so scores stay consistent with the responses.
// Uses the raw drivers with batched inserts: Prisma's per-row overhead would make 1,000,000 rows
// take many minutes. Loads the demo data first if the database has no units.
// --complaints N adds N complaints over three years and every unit, with reporters, histories and
// verdicts (scripts/seed-large-complaints.ts); given alone, it adds no responses.
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb } from "@/lib/db/db.server";
import { resolveDatabase } from "@/lib/db/database-url.mjs";
import { addResponse, ELEMENT_KEYS, emptyTotals, type ElementTotals } from "@/lib/scores/elements";
import { cityMidnight, cityMonth } from "@/lib/time/clock";
import { DEMO_UNITS } from "@/prisma/seed/bengkulu";
import { generateAnswers, seedDemo } from "@/prisma/seed/demo";
import { prng } from "@/prisma/seed/random";
import { migrate } from "./db-migrate.mjs";
import { seedLargeComplaints } from "./seed-large-complaints";

const { values } = parseArgs({
  options: { responses: { type: "string" }, complaints: { type: "string", default: "0" }, seed: { type: "string", default: "42" } },
});
const complaints = Number(values.complaints);
const total = Number(values.responses ?? (complaints > 0 ? "0" : "1000000"));
if (!Number.isInteger(total) || total < 0) throw new Error("--responses must be a whole number");
if (!Number.isInteger(complaints) || complaints < 0) throw new Error("--complaints must be a whole number");

const target = resolveDatabase();
await migrate();
const { db } = createDb();
if ((await db.unit.count()) === 0) await seedDemo(db, { log: console.log });
const units = await db.unit.findMany({ where: { active: true }, select: { id: true, slug: true } });
if (complaints > 0) {
  const done = await seedLargeComplaints(db, target, complaints, Number(values.seed));
  console.log(
    `${target.provider}: added ${done.written.toLocaleString("en")} complaints in ${done.seconds.toFixed(1)} s (${Math.round(done.written / done.seconds).toLocaleString("en")}/s)`,
  );
}
await db.$disconnect();

const profiles = units.map((u) => ({
  id: u.id,
  demo: DEMO_UNITS.find((d) => d.slug === u.slug) ?? { quality: 3, trend: 0, monthlyResponses: 20, weakElement: 3 },
}));
const weights = profiles.map((p) => Math.max(1, p.demo.monthlyResponses));
const weightSum = weights.reduce((a, b) => a + b, 0);
const random = prng(Number(values.seed));
const now = new Date();
const [year, month] = cityMonth(now).split("-").map(Number);
const start = cityMidnight(year - 1, month).getTime();
const span = now.getTime() - start;

type Row = { unitId: number; submittedAt: Date; answers: Record<string, number | null> };
function* rows(): Generator<Row> {
  for (let i = 0; i < total; i++) {
    let r = random() * weightSum;
    let k = 0;
    while (r >= weights[k]) r -= weights[k++];
    const profile = profiles[Math.min(k, profiles.length - 1)];
    const t = random();
    const mean = profile.demo.quality + profile.demo.trend * t;
    yield { unitId: profile.id, submittedAt: new Date(start + t * span), answers: generateAnswers(random, profile.demo, mean) };
  }
}

const BATCH = 20_000;
const started = performance.now();
let written = 0;
const columns = ["unitId", "submittedAt", ...ELEMENT_KEYS, "channel"];
const aggregateColumns = ["respondents", ...ELEMENT_KEYS.flatMap((e) => [`${e}Count`, `${e}Sum`])];

function batchAggregates(batch: Row[]) {
  const byKey = new Map<string, ElementTotals & { unitId: number; month: string }>();
  for (const row of batch) {
    const m = cityMonth(row.submittedAt);
    const key = `${row.unitId}:${m}`;
    let totals = byKey.get(key);
    if (!totals) byKey.set(key, (totals = { ...emptyTotals(), unitId: row.unitId, month: m }));
    addResponse(totals, row.answers);
  }
  return [...byKey.values()];
}

if (target.provider === "sqlite") {
  const sqlite = new Database(target.file!);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  const insert = sqlite.prepare(`INSERT INTO "SurveyResponse" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
  const upsert = sqlite.prepare(
    `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${aggregateColumns.map((c) => `"${c}"`).join(", ")}) VALUES (?, ?, ${aggregateColumns.map(() => "?").join(", ")})
     ON CONFLICT ("unitId", "month") DO UPDATE SET ${aggregateColumns.map((c) => `"${c}" = "${c}" + excluded."${c}"`).join(", ")}`,
  );
  const writeBatch = sqlite.transaction((batch: Row[]) => {
    for (const row of batch) {
      // Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset.
      insert.run(row.unitId, row.submittedAt.toISOString().replace("Z", "+00:00"), ...ELEMENT_KEYS.map((e) => row.answers[e]), "api");
    }
    for (const a of batchAggregates(batch)) upsert.run(a.unitId, a.month, ...aggregateColumns.map((c) => a[c as keyof ElementTotals]));
  });
  let batch: Row[] = [];
  for (const row of rows()) {
    batch.push(row);
    if (batch.length === BATCH) {
      writeBatch(batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length) writeBatch(batch);
  written += batch.length;
  sqlite.close();
} else {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const types = ["int[]", "timestamp[]", ...ELEMENT_KEYS.map(() => "int[]"), `"ResponseChannel"[]`];
  const insertSql = `INSERT INTO "SurveyResponse" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(", ")})`;
  const upsertSql = `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${aggregateColumns.map((c) => `"${c}"`).join(", ")})
     SELECT * FROM unnest($1::int[], $2::text[], ${aggregateColumns.map((_, i) => `$${i + 3}::int[]`).join(", ")})
     ON CONFLICT ("unitId", "month") DO UPDATE SET ${aggregateColumns.map((c) => `"${c}" = "MonthlyAggregate"."${c}" + excluded."${c}"`).join(", ")}`;
  const writeBatch = async (batch: Row[]) => {
    const cols: unknown[][] = columns.map(() => []);
    for (const row of batch) {
      cols[0].push(row.unitId);
      cols[1].push(row.submittedAt.toISOString());
      ELEMENT_KEYS.forEach((e, i) => cols[2 + i].push(row.answers[e]));
      cols[11].push("api");
    }
    const aggregates = batchAggregates(batch);
    await client.query("BEGIN");
    try {
      await client.query(insertSql, cols);
      await client.query(upsertSql, [
        aggregates.map((a) => a.unitId),
        aggregates.map((a) => a.month),
        ...aggregateColumns.map((c) => aggregates.map((a) => a[c as keyof ElementTotals])),
      ]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  };
  let batch: Row[] = [];
  for (const row of rows()) {
    batch.push(row);
    if (batch.length === BATCH) {
      await writeBatch(batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length) await writeBatch(batch);
  written += batch.length;
  await client.end();
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${target.provider}: added ${written.toLocaleString("en")} responses in ${seconds.toFixed(1)} s (${Math.round(written / seconds).toLocaleString("en")}/s)`,
);
// Statistics for the planner after a bulk load (PostgreSQL's autovacuum may be off, or not have
// run yet): without them a query over the new rows can pick a plan made for an empty table.
if (target.provider === "sqlite") {
  const sqlite = new Database(target.file!);
  sqlite.exec("ANALYZE");
  sqlite.close();
} else {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
}
