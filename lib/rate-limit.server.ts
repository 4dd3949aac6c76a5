// Rate limits whose counters live in the database (rate-limiter-flexible's Prisma store), so a
// limit holds across every instance behind the load balancer.
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db.server";

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
 * one key: deploy behind one (README, "Deploying").
 */
export function clientKey(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",") ?? [];
  const address = hops[hops.length - 1]?.trim() || headers.get("x-real-ip") || "unknown";
  return createHash("sha256").update(address).digest("base64url").slice(0, 22);
}
