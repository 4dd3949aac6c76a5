// The observations behind the hold signals (lib/survey/signals.ts decides): counts per browser,
// per address and per answer vector, kept in the database's counter table (RateLimiterFlexible,
// the one the rate limits use, under keys of their own) so they hold across instances, and the
// unit's usual rate from its monthly aggregates. Counters are keyed by hashes only: the address
// is already hashed by clientKey(), the browser id is random.
import { randomBytes } from "node:crypto";
import type { Db, DbProvider } from "@/lib/db/db.server";
import { countEvents } from "@/lib/security/rate-limit.server";
import { cityMonth } from "@/lib/time/clock";
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
  const browser = c.browserId ? `hold-browser:${u}:${c.browserId}` : null;
  const address = `hold-address:${u}:${c.clientKey}`;
  const vector = `hold-vector:${u}:${answerVector(c.answers)}`;
  const events = [
    { key: address, seconds: 3600 },
    { key: vector, seconds: settings.identicalWindowMinutes * 60 },
  ];
  if (browser) events.push({ key: browser, seconds: 86400 });
  const [counts, unitUsual] = await Promise.all([countEvents(db, provider, events, c.now), unitUsualHourly(db, u, c.now)]);
  return holdSignals(
    {
      verified: c.verified,
      browserAnswers: browser ? counts.get(browser)!.points : null,
      addressAnswers: counts.get(address)!.points,
      identicalAnswers: counts.get(vector)!.points,
      unitUsualHourly: unitUsual,
      secondsOnPage: c.secondsOnPage,
    },
    settings,
  );
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
