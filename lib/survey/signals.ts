// Signals that a survey answer may be ballot stuffing (domain.md 1b: hold, don't drop). Pure: the
// counts are observed by lib/survey/hold.server.ts, the decision is made here. An answer with a
// signal is stored *held*: kept out of every score until a reviewer releases or excludes it; the
// citizen is thanked the same either way. A verified visit code is never held.
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";

export const SIGNALS = ["browser_repeat", "address_burst", "identical_burst", "too_fast"] as const;
export type Signal = (typeof SIGNALS)[number];

export type HoldSettings = {
  enabled: boolean;
  /** Answers one browser (anonymous signed cookie) may give one unit in 24 hours before the next are held. */
  perBrowserPerDay: number;
  /** Answers from one address to one unit in an hour that are never a burst, however quiet the unit. */
  addressBurstMin: number;
  /** A burst is also this many times the unit's usual hourly rate, when that is higher. */
  addressBurstFactor: number;
  /** Identical answer vectors for one unit within the window beyond which the next are held. */
  identicalMax: number;
  identicalWindowMinutes: number;
  /** Fewer seconds than this between the page view and the submission: faster than a person reads. */
  minSecondsOnPage: number;
};

export const DEFAULT_HOLD_SETTINGS: HoldSettings = {
  enabled: true,
  perBrowserPerDay: 2,
  addressBurstMin: 120,
  addressBurstFactor: 10,
  identicalMax: 10,
  identicalWindowMinutes: 10,
  minSecondsOnPage: 8,
};

/** Environment variable of each setting (docs/configuration.md). */
export const HOLD_ENV: Record<Exclude<keyof HoldSettings, "enabled">, string> = {
  perBrowserPerDay: "SURVEY_HOLD_PER_BROWSER_PER_DAY",
  addressBurstMin: "SURVEY_HOLD_ADDRESS_BURST_MIN",
  addressBurstFactor: "SURVEY_HOLD_ADDRESS_BURST_FACTOR",
  identicalMax: "SURVEY_HOLD_IDENTICAL_MAX",
  identicalWindowMinutes: "SURVEY_HOLD_IDENTICAL_MINUTES",
  minSecondsOnPage: "SURVEY_HOLD_MIN_SECONDS",
};

/**
 * The settings in force: SURVEY_HOLD=0 turns holding off (load tests only); each threshold from
 * its variable, a missing or malformed value (not a number >= 0) keeping the default, so a typo
 * can never refuse or lose an answer.
 */
export function holdSettings(env: Record<string, string | undefined> = process.env): HoldSettings {
  const settings = { ...DEFAULT_HOLD_SETTINGS, enabled: env.SURVEY_HOLD !== "0" };
  for (const [key, name] of Object.entries(HOLD_ENV) as [keyof typeof HOLD_ENV, string][]) {
    const raw = env[name]?.trim();
    const value = raw ? Number(raw) : NaN;
    if (Number.isFinite(value) && value >= 0) settings[key] = value;
  }
  return settings;
}

export type Observation = {
  verified: boolean;
  /** This browser's answers to this unit in the last 24 hours, this one included; null without the cookie (API clients). */
  browserAnswers: number | null;
  /** This address's answers to this unit in the current hour, this one included. */
  addressAnswers: number;
  /** The unit's usual answers per service hour (usualHourlyRate). */
  unitUsualHourly: number;
  /** Answers to this unit with the same nine answers in the window, this one included. */
  identicalAnswers: number;
  /** Seconds from the page view to the submission; null where there is no page (the JSON API). */
  secondsOnPage: number | null;
};

/** The signals an answer raises, in the order of SIGNALS; empty: it counts at once. */
export function holdSignals(o: Observation, s: HoldSettings): Signal[] {
  if (!s.enabled || o.verified) return [];
  const found: Signal[] = [];
  if (o.browserAnswers !== null && o.browserAnswers > s.perBrowserPerDay) found.push("browser_repeat");
  if (o.addressAnswers > addressBurstLimit(o.unitUsualHourly, s)) found.push("address_burst");
  if (o.identicalAnswers > s.identicalMax) found.push("identical_burst");
  if (o.secondsOnPage !== null && o.secondsOnPage < s.minSecondsOnPage) found.push("too_fast");
  return found;
}

/** Answers from one address to one unit in an hour above which they are a burst. */
export function addressBurstLimit(unitUsualHourly: number, s: Pick<HoldSettings, "addressBurstMin" | "addressBurstFactor">): number {
  return Math.max(s.addressBurstMin, Math.ceil(s.addressBurstFactor * Math.max(0, unitUsualHourly)));
}

/** Service hours in a month: about 22 working days of 8 hours. */
export const SERVICE_HOURS_PER_MONTH = 22 * 8;

/** A unit's usual answers per service hour: its busiest recent month spread over the month's service hours. */
export function usualHourlyRate(monthlyRespondents: readonly number[]): number {
  const busiest = Math.max(0, ...monthlyRespondents);
  return busiest / SERVICE_HOURS_PER_MONTH;
}

/** The nine answers as one key ("432433413"; "-" for an unanswered element). */
export function answerVector(answers: Partial<Record<ElementKey, number | null>>): string {
  return ELEMENT_KEYS.map((k) => answers[k] ?? "-").join("");
}

/** Codes as stored in SurveyResponse.heldSignals, and back (unknown codes dropped). */
export function formatSignals(signals: readonly Signal[]): string | null {
  return signals.length ? signals.join(",") : null;
}
export function parseSignals(stored: string | null | undefined): Signal[] {
  return (stored ?? "").split(",").filter((c): c is Signal => (SIGNALS as readonly string[]).includes(c));
}

/** The start of the review window (city-independent: fixed UTC hours, WIB has no DST) containing `date`. */
export function reviewWindowStart(date: Date, hours = 1): Date {
  const size = hours * 3600_000;
  return new Date(Math.floor(date.getTime() / size) * size);
}
