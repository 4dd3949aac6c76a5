// Storing survey responses. The response row and its unit's monthly aggregate change in one
// transaction, so the aggregates always equal a recount of the stored responses; when this
// resolves, the response is committed (SQLite WAL or PostgreSQL), and survives a killed server.
import { dbProvider, type Db, type DbProvider } from "@/lib/db.server";
import { consume, type Limit } from "@/lib/rate-limit.server";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";
import { cityMonth } from "@/lib/time";
import type { SurveyInput } from "@/lib/validation/survey";
import { writeQueue } from "./write-queue";

export type RecordOutcome =
  | { ok: true; id: number; verified: boolean; replayed?: boolean }
  | { ok: false; reason: "unknown_unit" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; reason: "visit_code" };

/**
 * Limits per hour (SURVEY_RATE_LIMIT_PER_CLIENT, default 10; SURVEY_RATE_LIMIT_PER_UNIT,
 * default 600); SURVEY_RATE_LIMIT=0 turns them off (load tests). Read on every call, so tests and
 * operators can change them without a rebuild.
 */
export function surveyLimits(env: NodeJS.ProcessEnv = process.env): { perClient: Limit; perUnit: Limit } | null {
  if (env.SURVEY_RATE_LIMIT === "0") return null;
  return {
    perClient: { points: Number(env.SURVEY_RATE_LIMIT_PER_CLIENT ?? 10), durationSeconds: 3600 },
    perUnit: { points: Number(env.SURVEY_RATE_LIMIT_PER_UNIT ?? 600), durationSeconds: 3600 },
  };
}

/** Active units by slug: a tiny read that every submission needs (the routes pass a cached one). */
async function findUnitId(db: Db, slug: string): Promise<number | null> {
  const unit = await db.unit.findFirst({ where: { slug, active: true }, select: { id: true } });
  return unit?.id ?? null;
}

export type RecordContext = {
  channel: "web" | "api" | "kiosk";
  clientKey: string;
  now?: Date;
  resolveUnitId?: (slug: string) => Promise<number | null>;
  provider?: DbProvider; // of `db`, when it is not the app's own client (tests)
  idempotencyKey?: string; // the client's Idempotency-Key: a repeat is answered with the first result
};

export async function recordResponse(
  db: Db,
  input: SurveyInput,
  context: RecordContext,
): Promise<RecordOutcome> {
  const unitId = await (context.resolveUnitId ?? ((slug) => findUnitId(db, slug)))(input.unit);
  if (unitId === null) return { ok: false, reason: "unknown_unit" };

  // A retry of a stored submission: the first result again, without counting against any limit.
  const key = context.idempotencyKey;
  if (key) {
    const first = await findByIdempotencyKey(db, key);
    if (first) return first;
  }

  const limits = surveyLimits();
  if (limits) {
    // Per client across units (one phone stuffing many units) and per unit (many phones, one unit).
    for (const [name, key, limit] of [
      ["survey-client", context.clientKey, limits.perClient],
      ["survey-unit", String(unitId), limits.perUnit],
    ] as const) {
      const result = await consume(name, key, limit);
      if (!result.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
    }
  }

  const now = context.now ?? new Date();
  const month = cityMonth(now);
  const increments = Object.fromEntries(
    ELEMENT_KEYS.flatMap((k) => [
      [`${k}Count`, { increment: 1 }],
      [`${k}Sum`, { increment: input.answers[k] }],
    ]),
  );
  const created = Object.fromEntries(ELEMENT_KEYS.flatMap((k) => [[`${k}Count`, 1], [`${k}Sum`, input.answers[k]]]));
  const data = {
    unitId,
    submittedAt: now,
    ...input.answers,
    gender: input.profile?.gender ?? null,
    ageBand: input.profile?.ageBand ?? null,
    education: input.profile?.education ?? null,
    occupation: input.profile?.occupation ?? null,
    service: input.service ?? null,
    comment: input.comment ?? null,
    channel: context.channel,
    idempotencyKey: key ?? null,
  };
  const aggregate = {
    where: { unitId_month: { unitId, month } },
    create: { unitId, month, respondents: 1, ...created },
    update: { respondents: { increment: 1 }, ...increments },
  };

  if (!input.visitCode) {
    try {
      const id = await insertResponse(db, context.provider ?? dbProvider, { ...data, month });
      return { ok: true, id, verified: false };
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
      await tx.monthlyAggregate.upsert(aggregate);
      return response.id;
    });
    return { ok: true, id, verified: true };
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
  const row = await db.surveyResponse.findUnique({ where: { idempotencyKey: key }, select: { id: true, verified: true } });
  return row ? { ok: true, id: row.id, verified: row.verified, replayed: true } : null;
}

// The hot path of every submission, in SQL: one INSERT … RETURNING and one native upsert of the
// aggregate, in one transaction. Prisma's own create + upsert on the compound key took 6.5 ms
// per submission on this machine (query compilation and a read before the write); these two
// statements take 1.2 ms (bench/README "Performance"). Same tables and formats as Prisma writes.
const AGGREGATE_COLUMNS = ["respondents", ...ELEMENT_KEYS.flatMap((k) => [`${k}Count`, `${k}Sum`])];
const RESPONSE_COLUMNS = ["unitId", "submittedAt", ...ELEMENT_KEYS, "gender", "ageBand", "education", "occupation", "service", "comment", "idempotencyKey"];
const CHANNELS = new Set(["web", "api", "kiosk"]);

function statements(provider: DbProvider) {
  const p = (i: number) => (provider === "postgresql" ? `$${i}` : "?");
  const list = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");
  const params = (from: number, count: number) => Array.from({ length: count }, (_, i) => p(from + i)).join(", ");
  const channelCast = provider === "postgresql" ? `::"ResponseChannel"` : "";
  return {
    insert: (channel: string) =>
      `INSERT INTO "SurveyResponse" (${list(RESPONSE_COLUMNS)}, "channel", "verified", "excluded") ` +
      `VALUES (${params(1, RESPONSE_COLUMNS.length)}, '${channel}'${channelCast}, false, false) RETURNING id`,
    upsert:
      `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${list(AGGREGATE_COLUMNS)}) VALUES (${params(1, AGGREGATE_COLUMNS.length + 2)}) ` +
      `ON CONFLICT ("unitId", "month") DO UPDATE SET ${AGGREGATE_COLUMNS.map((c) => `"${c}" = "MonthlyAggregate"."${c}" + excluded."${c}"`).join(", ")}`,
  };
}
const SQL = { sqlite: statements("sqlite"), postgresql: statements("postgresql") };

type ResponseRow = { unitId: number; submittedAt: Date; month: string; channel: string } & Record<string, unknown>;

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

/** One transaction: an INSERT … RETURNING per response, one upsert per unit and month. */
async function insertResponses(db: Db, provider: DbProvider, rows: ResponseRow[]): Promise<number[]> {
  const sql = SQL[provider];
  const totals = new Map<string, { unitId: number; month: string; values: number[] }>();
  const inserts = rows.map((row) => {
    if (!CHANNELS.has(row.channel)) throw new Error(`unknown channel ${row.channel}`);
    // SQLite keeps DateTime as the ISO text Prisma writes; PostgreSQL takes the Date.
    const submittedAt = provider === "sqlite" ? row.submittedAt.toISOString().replace("Z", "+00:00") : row.submittedAt;
    const key = `${row.unitId}|${row.month}`;
    const sum = totals.get(key) ?? { unitId: row.unitId, month: row.month, values: AGGREGATE_COLUMNS.map(() => 0) };
    const increments = [1, ...ELEMENT_KEYS.flatMap((k) => [1, row[k] as number])];
    sum.values = sum.values.map((v, i) => v + increments[i]);
    totals.set(key, sum);
    return db.$queryRawUnsafe<{ id: number | bigint }[]>(sql.insert(row.channel), ...RESPONSE_COLUMNS.map((c) => (c === "submittedAt" ? submittedAt : (row[c] ?? null))));
  });
  const upserts = [...totals.values()].map((t) => db.$executeRawUnsafe(sql.upsert, t.unitId, t.month, ...t.values));
  const results = await db.$transaction([...inserts, ...upserts]);
  return results.slice(0, rows.length).map((inserted) => Number((inserted as { id: number | bigint }[])[0].id));
}
