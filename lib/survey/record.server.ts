// Storing survey responses. The response row and its unit's monthly aggregate change in one
// transaction, so the aggregates always equal a recount of the stored responses; when this
// resolves, the response is committed (SQLite WAL or PostgreSQL), and survives a killed server.
// An answer that raises a stuffing signal (./signals.ts) is stored *held*: its row is written,
// the aggregate is not, until a reviewer releases it (lib/survey/held.server.ts).
import { dbProvider, rawTransaction, type Db, type DbProvider } from "@/lib/db/db.server";
import { countEvents, type Limit } from "@/lib/security/rate-limit.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import type { SurveyInput } from "@/lib/survey/schema";
import { afterAnswersStored } from "@/lib/alerts/on-answer.server";
import type { Answer } from "@/lib/alerts/rule";
import { observeAndJudge } from "./hold.server";
import { aggregateUpsert, responseRow } from "./response-row";
import { formatSignals, holdSettings, type Signal } from "./signals";
import { writeQueue } from "./write-queue";

export type RecordOutcome =
  | { ok: true; id: number; verified: boolean; held: boolean; replayed?: boolean } // `held` is for the server only: the citizen is thanked the same
  | { ok: false; reason: "unknown_unit" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; reason: "visit_code" };

/**
 * The one wall left: a per-address ceiling that protects the server from a flood
 * (SURVEY_RATE_LIMIT_PER_CLIENT, default 300 an hour, far above what a clinic's WiFi or a
 * carrier's shared address sends); everything below it is stored, suspicious answers held.
 * SURVEY_RATE_LIMIT=0 turns it off (load tests). Read on every call, so tests and operators can
 * change it without a rebuild.
 */
export function surveyLimits(env: NodeJS.ProcessEnv = process.env): { perClient: Limit } | null {
  if (env.SURVEY_RATE_LIMIT === "0") return null;
  const points = Number(env.SURVEY_RATE_LIMIT_PER_CLIENT ?? 300);
  return { perClient: { points: Number.isFinite(points) && points > 0 ? points : 300, durationSeconds: 3600 } };
}

/** Active units by slug: a tiny read that every submission needs (the routes pass a cached one). */
async function findUnitId(db: Db, slug: string): Promise<number | null> {
  const unit = await db.unit.findFirst({ where: { slug, active: true }, select: { id: true } });
  return unit?.id ?? null;
}

export type RecordContext = {
  channel: "web" | "api" | "kiosk";
  clientKey: string;
  /** The anonymous browser id from the survey page's signed cookie (web form only). */
  browserId?: string | null;
  /** Seconds between the page view and the submission (web form only; null: no page). */
  secondsOnPage?: number | null;
  now?: Date;
  resolveUnitId?: (slug: string) => Promise<number | null>;
  provider?: DbProvider; // of `db`, when it is not the app's own client (tests)
  idempotencyKey?: string; // the client's Idempotency-Key: a repeat is answered with the first result
};

export async function recordResponse(db: Db, input: SurveyInput, context: RecordContext): Promise<RecordOutcome> {
  const unitId = await (context.resolveUnitId ?? ((slug) => findUnitId(db, slug)))(input.unit);
  if (unitId === null) return { ok: false, reason: "unknown_unit" };

  // A retry of a stored submission: the first result again, without counting against any limit.
  const key = context.idempotencyKey;
  if (key) {
    const first = await findByIdempotencyKey(db, key);
    if (first) return first;
  }

  const now = context.now ?? new Date();
  const provider = context.provider ?? dbProvider;
  const limits = surveyLimits();
  if (limits) {
    // The limiter's own row ("survey-client:<address>"), counted in one statement on the driver.
    const key = `survey-client:${context.clientKey}`;
    const counted = (await countEvents(db, provider, [{ key, seconds: limits.perClient.durationSeconds }], now)).get(key)!;
    if (counted.points > limits.perClient.points) {
      return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil((counted.expire.getTime() - now.getTime()) / 1000)) };
    }
  }
  const month = cityMonth(now);
  const data = responseRow(input, { unitId, submittedAt: now, channel: context.channel, idempotencyKey: key ?? null });
  if (!input.visitCode) {
    const signals: Signal[] = await observeAndJudge(
      db,
      provider,
      {
        unitId,
        answers: input.answers,
        verified: false,
        clientKey: context.clientKey,
        browserId: context.browserId ?? null,
        secondsOnPage: context.secondsOnPage ?? null,
        now,
      },
      holdSettings(),
    );
    const held = signals.length > 0;
    try {
      const id = await insertResponse(db, provider, {
        ...data,
        month,
        held,
        heldSignals: formatSignals(signals),
        secondsOnPage: context.secondsOnPage ?? null,
      });
      return { ok: true, id, verified: false, held };
    } catch (error) {
      // A concurrent repeat stored its row first: the unique key refused this one.
      const first = key ? await findByIdempotencyKey(db, key) : null;
      if (first) return first;
      throw error;
    }
  }

  const code = input.visitCode;
  try {
    const id = await db.$transaction(async (tx) => {
      // Claim the code first: only one submission can turn usedAt from null to a time.
      const claimed = await tx.visitCode.updateMany({ where: { code, unitId, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new VisitCodeRejected();
      const response = await tx.surveyResponse.create({ data: { ...data, verified: true }, select: { id: true } });
      await tx.visitCode.update({ where: { code }, data: { responseId: response.id } });
      await tx.monthlyAggregate.upsert(aggregateUpsert(unitId, month, input.answers));
      return response.id;
    });
    void afterAnswersStored(db, [{ unitId, ...input.answers }]); // off the response path (lib/alerts/on-answer.server.ts)
    return { ok: true, id, verified: true, held: false }; // a verified visit code is never held
  } catch (error) {
    const first = key ? await findByIdempotencyKey(db, key) : null;
    if (first) return first;
    if (error instanceof VisitCodeRejected) return { ok: false, reason: "visit_code" };
    throw error;
  }
}

class VisitCodeRejected extends Error {}

/** The response first stored under an Idempotency-Key, as the outcome it was answered with. */
export async function findByIdempotencyKey(db: Db, key: string): Promise<Extract<RecordOutcome, { ok: true }> | null> {
  const row = await db.surveyResponse.findUnique({ where: { idempotencyKey: key }, select: { id: true, verified: true, held: true } });
  return row ? { ok: true, id: row.id, verified: row.verified, held: row.held, replayed: true } : null;
}

// The hot path of every submission, in SQL: one INSERT … RETURNING for a whole batch of the group
// commit, its rows passed as ONE JSON parameter that the database unpacks (SQLite's json_each,
// PostgreSQL's jsonb_to_recordset), and one native upsert per unit and month, in one transaction.
// Prisma's own create + upsert on the compound key took 6.5 ms per submission on this machine; a
// statement with two dozen parameters per row still spent most of a submission's CPU passing
// parameters through the query engine and the driver adapter; the client's query pipeline then
// still cost as much CPU as the SQL, so the batch goes straight to the driver adapter
// (rawTransaction). Same tables and formats as Prisma.
const AGGREGATE_COLUMNS = ["respondents", ...ELEMENT_KEYS.flatMap((k) => [`${k}Count`, `${k}Sum`])];
const RESPONSE_COLUMNS = [
  "unitId",
  "submittedAt",
  ...ELEMENT_KEYS,
  "gender",
  "ageBand",
  "education",
  "occupation",
  "service",
  "comment",
  "idempotencyKey",
  "heldSignals",
  "secondsOnPage",
  "channel",
  "held",
];
const CHANNELS = new Set(["web", "api", "kiosk"]);
/** PostgreSQL types of RESPONSE_COLUMNS, for jsonb_to_recordset (prisma/schema.prisma). */
const POSTGRES_TYPES: Record<string, string> = {
  unitId: "integer",
  submittedAt: "timestamp(3)",
  channel: '"ResponseChannel"',
  held: "boolean",
  secondsOnPage: "double precision",
  ...Object.fromEntries(ELEMENT_KEYS.map((k) => [k, "integer"])),
};

function statements(provider: DbProvider) {
  const p = (i: number) => (provider === "postgresql" ? `$${i}` : "?");
  const list = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");
  const params = (from: number, count: number) => Array.from({ length: count }, (_, i) => p(from + i)).join(", ");
  const rows =
    provider === "postgresql"
      ? `SELECT ${RESPONSE_COLUMNS.map((c) => `r."${c}"`).join(", ")}, false, false FROM jsonb_to_recordset($1::jsonb) AS r(${RESPONSE_COLUMNS.map((c) => `"${c}" ${POSTGRES_TYPES[c] ?? "text"}`).join(", ")})`
      : `SELECT ${RESPONSE_COLUMNS.map((c) => `json_extract(value, '$.${c}')`).join(", ")}, false, false FROM json_each(?)`;
  const aggregateRows =
    provider === "postgresql"
      ? `SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("unitId" integer, "month" text, ${AGGREGATE_COLUMNS.map((c) => `"${c}" integer`).join(", ")})`
      : "";
  return {
    insert: `INSERT INTO "SurveyResponse" (${list(RESPONSE_COLUMNS)}, "verified", "excluded") ${rows} RETURNING id`,
    // PostgreSQL: every unit and month of a batch in one statement (one round trip, not one per
    // unit); a batch's totals hold each (unit, month) once, as ON CONFLICT requires.
    upsertAll:
      provider === "postgresql"
        ? `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${list(AGGREGATE_COLUMNS)}) ${aggregateRows} ` +
          `ON CONFLICT ("unitId", "month") DO UPDATE SET ${AGGREGATE_COLUMNS.map((c) => `"${c}" = "MonthlyAggregate"."${c}" + excluded."${c}"`).join(", ")}`
        : null,
    upsert:
      `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${list(AGGREGATE_COLUMNS)}) VALUES (${params(1, AGGREGATE_COLUMNS.length + 2)}) ` +
      `ON CONFLICT ("unitId", "month") DO UPDATE SET ${AGGREGATE_COLUMNS.map((c) => `"${c}" = "MonthlyAggregate"."${c}" + excluded."${c}"`).join(", ")}`,
  };
}
const SQL = { sqlite: statements("sqlite"), postgresql: statements("postgresql") };

type ResponseRow = { unitId: number; submittedAt: Date; month: string; channel: string; held: boolean } & Record<string, unknown>;

// Group commit (./write-queue.ts): one queue per database client.
const queues = new WeakMap<Db, (row: ResponseRow) => Promise<number>>();

function insertResponse(db: Db, provider: DbProvider, row: ResponseRow): Promise<number> {
  let enqueue = queues.get(db);
  if (!enqueue) {
    enqueue = writeQueue((rows) => insertResponses(db, provider, rows));
    queues.set(db, enqueue);
  }
  return enqueue(row);
}

/** One transaction: one INSERT … RETURNING of every response, one upsert per unit and month of the counted (not held) ones. */
async function insertResponses(db: Db, provider: DbProvider, rows: ResponseRow[]): Promise<number[]> {
  const sql = SQL[provider];
  const totals = new Map<string, { unitId: number; month: string; values: number[] }>();
  const records = rows.map((row) => {
    if (!CHANNELS.has(row.channel)) throw new Error(`unknown channel ${row.channel}`);
    if (!row.held) {
      // Held: out of the aggregate until released.
      const key = `${row.unitId}|${row.month}`;
      const sum = totals.get(key) ?? { unitId: row.unitId, month: row.month, values: AGGREGATE_COLUMNS.map(() => 0) };
      const increments = [1, ...ELEMENT_KEYS.flatMap((k) => [1, row[k] as number])];
      sum.values = sum.values.map((v, i) => v + increments[i]);
      totals.set(key, sum);
    }
    // SQLite keeps DateTime as the ISO text Prisma writes; PostgreSQL reads the ISO instant.
    const submittedAt = provider === "sqlite" ? row.submittedAt.toISOString().replace("Z", "+00:00") : row.submittedAt.toISOString();
    return Object.fromEntries(RESPONSE_COLUMNS.map((c) => [c, c === "submittedAt" ? submittedAt : c === "held" ? row.held === true : (row[c] ?? null)]));
  });
  const ids = await rawTransaction(db, async (tx) => {
    const inserted = await tx.query(sql.insert, JSON.stringify(records));
    if (sql.upsertAll && totals.size > 1) {
      const aggregates = [...totals.values()].map((t) => ({
        unitId: t.unitId,
        month: t.month,
        ...Object.fromEntries(AGGREGATE_COLUMNS.map((c, i) => [c, t.values[i]])),
      }));
      await tx.execute(sql.upsertAll, JSON.stringify(aggregates));
    } else {
      // SQLite: local calls, no round trip to save.
      for (const t of totals.values()) await tx.execute(sql.upsert, t.unitId, t.month, ...t.values);
    }
    return inserted.map(([id]) => Number(id));
  });
  // Committed: the alert rule for the batch's units with an unhappy answer, after the waiting
  // responses are answered (one check per round, not per answer: lib/alerts/on-answer.server.ts).
  void afterAnswersStored(db, rows as unknown as ({ unitId: number; held: boolean } & Answer)[]);
  // RETURNING's order is not specified; ids grow in the order the rows were inserted (the JSON
  // array's), so sorted ids line up with the rows.
  return ids.sort((a, b) => a - b);
}
