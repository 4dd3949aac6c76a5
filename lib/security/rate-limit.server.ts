// Rate limits whose counters live in the database (rate-limiter-flexible's Prisma store), so a
// limit holds across every instance behind the load balancer.
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db, rawQuery, type Db, type DbProvider } from "@/lib/db/db.server";

export type Limit = { points: number; durationSeconds: number };
export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const limiters = new Map<string, RateLimiterPrisma>();

function limiter(name: string, limit: Limit) {
  const id = `${name}:${limit.points}/${limit.durationSeconds}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible", // the Prisma client's property for model RateLimiterFlexible
      keyPrefix: name,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    limiters.set(id, found);
  }
  return found;
}

/** Counts one event against `key` under the named limit. */
export async function consume(name: string, key: string, limit: Limit): Promise<LimitResult> {
  try {
    await limiter(name, limit).consume(key);
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}

/** Whether `key` has used up the named limit, without counting an event. */
export async function isExhausted(name: string, key: string, limit: Limit): Promise<boolean> {
  const state = await limiter(name, limit).get(key);
  return !!state && state.consumedPoints >= limit.points;
}

/** Forgets the events counted against `key` (e.g. after a successful sign-in). */
export async function reset(name: string, key: string, limit: Limit): Promise<void> {
  await limiter(name, limit).delete(key);
}

/**
 * The client's address as a limiter key: the last X-Forwarded-For hop, the one our own reverse
 * proxy appended (hops to its left are whatever the client sent, so they are never trusted);
 * hashed so that the counters table holds no personal data. Without a proxy every client shares
 * one key: deploy behind one (docs/operations.md, "Behind a reverse proxy").
 */
export function clientKey(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",") ?? [];
  const address = hops[hops.length - 1]?.trim() || headers.get("x-real-ip") || "unknown";
  return createHash("sha256").update(address).digest("base64url").slice(0, 22);
}

// Several counters in one statement, atomic on both databases: a new or expired key starts a
// window of its own `seconds` at 1, any other key counts one more. The same rows and rules as
// rate-limiter-flexible's Prisma store above (key, points in the window, the window's end), so
// each reads the other's counts. Straight on the driver (rawQuery): for a survey submission the
// store's delete and upsert through the Prisma client cost three times the rest of the request.
function countEventsSql(provider: DbProvider, keys: number) {
  const p = (i: number) => (provider === "postgresql" ? `$${i}` : "?");
  const rows = Array.from({ length: keys }, (_, i) => `(${p(2 * i + 1)}, 1, ${p(2 * i + 2)})`).join(", ");
  const now = p(2 * keys + 1); // on SQLite, whose parameters are positional, given twice
  return `INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES ${rows} ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" IS NOT NULL AND "RateLimiterFlexible"."expire" <= ${now} THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" IS NOT NULL AND "RateLimiterFlexible"."expire" <= ${now} THEN excluded."expire" ELSE "RateLimiterFlexible"."expire" END
      RETURNING "key", "points", "expire"`;
}

export type EventCount = { points: number; expire: Date };

/** Counts one event under each of the (distinct) keys: each key's count in its window, this event included, and the window's end. */
export async function countEvents(db: Db, provider: DbProvider, events: { key: string; seconds: number }[], now: Date): Promise<Map<string, EventCount>> {
  // Times go as Dates: each driver adapter writes them as Prisma does (on SQLite the ISO text,
  // which text comparison orders).
  const args = events.flatMap((e) => [e.key, new Date(now.getTime() + e.seconds * 1000)]);
  const rows = await rawQuery(db, countEventsSql(provider, events.length), ...args, ...(provider === "postgresql" ? [now] : [now, now]));
  // Both drivers answer the time as ISO text.
  return new Map(rows.map(([key, points, expire]) => [String(key), { points: Number(points), expire: new Date(String(expire)) }]));
}
