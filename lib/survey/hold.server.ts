// The observations behind the hold signals (lib/survey/signals.ts decides): counts per browser,
// per address and per answer vector, kept in the database's counter table (RateLimiterFlexible,
// the one the rate limits use, under keys of their own) so they hold across instances, and the
// unit's usual rate from its monthly aggregates. Counters are keyed by hashes only: the address
// is already hashed by clientKey(), the browser id is random.
import { randomBytes } from "node:crypto";
import type { Db, DbProvider } from "@/lib/db.server";
import { cityMonth } from "@/lib/time";
import { newBrowserToken, unsign } from "./signed";
import { answerVector, holdSignals, usualHourlyRate, type HoldSettings, type Signal } from "./signals";

/** The secret that signs the browser cookie and the page-view field: next-auth's (scripts/start.mjs always sets it). */
let fallbackSecret: string | undefined;
export function surveySecret(env: NodeJS.ProcessEnv = process.env): string {
  // Without one (a bare `next dev`), a per-process secret: tokens then last until a restart.
  return env.NEXTAUTH_SECRET || (fallbackSecret ??= randomBytes(32).toString("base64url"));
}

export const BROWSER_COOKIE = "rl_sb";
export const PAGE_VIEW_FIELD = "pv";

// One statement, atomic on both databases: a new or expired key starts a window of `seconds` at
// 1, any other key counts one more; answers the count in the window, this event included.
function counterSql(provider: DbProvider) {
  if (provider === "postgresql")
    return `INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES ($1, 1, $2) ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" IS NOT NULL AND "RateLimiterFlexible"."expire" <= $3 THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" IS NOT NULL AND "RateLimiterFlexible"."expire" <= $3 THEN excluded."expire" ELSE "RateLimiterFlexible"."expire" END
      RETURNING "points"`;
  return `INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES (?, 1, ?) ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "expire" IS NOT NULL AND "expire" <= ? THEN 1 ELSE "points" + 1 END,
      "expire" = CASE WHEN "expire" IS NOT NULL AND "expire" <= ? THEN excluded."expire" ELSE "expire" END
      RETURNING "points"`;
}

async function countEvent(db: Db, provider: DbProvider, key: string, seconds: number, now: Date): Promise<number> {
  const expire = new Date(now.getTime() + seconds * 1000);
  // SQLite keeps DateTime as the ISO text Prisma writes, so text comparison orders it.
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const rows =
    provider === "postgresql"
      ? await db.$queryRawUnsafe<{ points: number }[]>(counterSql(provider), key, expire, now)
      : await db.$queryRawUnsafe<{ points: number }[]>(counterSql(provider), key, iso(expire), iso(now), iso(now));
  return Number(rows[0].points);
}

// The usual rate changes slowly: read each unit's recent months at most every ten minutes.
const usualRates = new WeakMap<Db, Map<number, { rate: number; until: number }>>();

async function unitUsualHourly(db: Db, unitId: number, now: Date): Promise<number> {
  let ofDb = usualRates.get(db);
  if (!ofDb) usualRates.set(db, (ofDb = new Map()));
  const key = unitId;
  const cached = ofDb.get(key);
  if (cached && cached.until > now.getTime()) return cached.rate;
  const months = [0, 1, 2, 3].map((back) => cityMonth(new Date(now.getTime() - back * 31 * 86400_000)));
  const rows = await db.monthlyAggregate.findMany({ where: { unitId, month: { in: months } }, select: { respondents: true } });
  const rate = usualHourlyRate(rows.map((r) => r.respondents));
  ofDb.set(key, { rate, until: now.getTime() + 600_000 });
  return rate;
}

export type HoldContext = {
  unitId: number;
  answers: Record<string, number>;
  verified: boolean;
  clientKey: string;
  browserId: string | null;
  secondsOnPage: number | null;
  now: Date;
};

/** Counts this answer and returns the signals it raises (empty: it counts at once). */
export async function observeAndJudge(db: Db, provider: DbProvider, c: HoldContext, settings: HoldSettings): Promise<Signal[]> {
  if (!settings.enabled || c.verified) return [];
  const u = c.unitId;
  const [browserAnswers, addressAnswers, identicalAnswers, unitUsual] = await Promise.all([
    c.browserId ? countEvent(db, provider, `hold-browser:${u}:${c.browserId}`, 86400, c.now) : Promise.resolve(null),
    countEvent(db, provider, `hold-address:${u}:${c.clientKey}`, 3600, c.now),
    countEvent(db, provider, `hold-vector:${u}:${answerVector(c.answers)}`, settings.identicalWindowMinutes * 60, c.now),
    unitUsualHourly(db, u, c.now),
  ]);
  return holdSignals({ verified: c.verified, browserAnswers, addressAnswers, identicalAnswers, unitUsualHourly: unitUsual, secondsOnPage: c.secondsOnPage }, settings);
}

/** The anonymous browser id of the survey cookie, when it is there and signed by us. */
export function browserIdOf(cookieValue: string | undefined, secret = surveySecret()): string | null {
  return unsign(cookieValue, secret);
}

/**
 * Set-Cookie for a browser that has no valid survey cookie yet: a random signed id, httpOnly,
 * first-party, only sent to the survey (/s), kept a year. No personal data.
 */
export function browserCookieHeader(cookieValue: string | undefined, secure: boolean, secret = surveySecret()): Record<string, string> {
  if (browserIdOf(cookieValue, secret)) return {};
  return { "Set-Cookie": `${BROWSER_COOKIE}=${newBrowserToken(secret)}; Path=/s; Max-Age=31536000; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}` };
}
