// The per-unit compliance score (Indeks Kepatuhan Pelayanan, 0-100), its components, zones,
// sample adequacy, ranking and the city score (domain.md sections 1 and 3). Pure functions.
import { round } from "./ikm";
import { bandOf, OMBUDSMAN_2022, schemeFromLimits, zoneLimits, type Zone, type ZoneScheme } from "./zones";

export type ScoringSettings = {
  weightSatisfaction: number;
  weightComplaints: number;
  weightStandards: number;
  zoneScheme: ZoneScheme; // the bands (zones and categories) of the period
  zoneRedMax: number; // derived from the scheme (zoneLimits), kept for the published shape: scores <= this are red
  zoneYellowMax: number; // derived: scores <= this (and above red) are yellow; above, green
  verifyDays: number; // working days
  answerDays: number;
  closeDays: number;
  sampleFloor: number;
  // Relative weights of the four parts of the complaint-handling component (see below).
  handlingWeightVerify: number;
  handlingWeightAnswer: number;
  handlingWeightClose: number;
  handlingWeightVerdict: number;
  verdictDays: number; // the reporter may judge an answer within this many days of it
};

export const DEFAULT_SETTINGS: ScoringSettings = {
  weightSatisfaction: 50,
  weightComplaints: 25,
  weightStandards: 25,
  zoneScheme: OMBUDSMAN_2022,
  ...zoneLimits(OMBUDSMAN_2022),
  verifyDays: 5,
  answerDays: 14,
  closeDays: 30,
  sampleFloor: 30,
  handlingWeightVerify: 1,
  handlingWeightAnswer: 1,
  handlingWeightClose: 1,
  handlingWeightVerdict: 1,
  verdictDays: 14,
};

/**
 * Settings frozen before the verdict existed lack its keys: they read as the defaults. Settings
 * frozen before zone schemes (issue 27) carry only the two thresholds: they read as the
 * three-band scheme those thresholds made, so a published figure keeps its zone.
 */
export function withSettingDefaults(settings: Partial<ScoringSettings>): ScoringSettings {
  const zoneScheme =
    settings.zoneScheme ??
    (settings.zoneRedMax !== undefined && settings.zoneYellowMax !== undefined
      ? schemeFromLimits(settings.zoneRedMax, settings.zoneYellowMax)
      : OMBUDSMAN_2022);
  return { ...DEFAULT_SETTINGS, ...settings, zoneScheme, ...zoneLimits(zoneScheme) };
}

/**
 * Krejcie & Morgan (1970): the minimum sample for a population of N service users,
 * s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)) with X² = 3.841, P = 0.5, d = 0.05, rounded to the
 * nearest whole number (never more than N). Where N is unknown, the configurable floor applies.
 */
export function minimumSample(population: number | null | undefined, floor: number): number {
  if (population == null || !(population > 0)) return floor;
  const chi2 = 3.841;
  const p = 0.5;
  const d = 0.05;
  const s = (chi2 * population * p * (1 - p)) / (d * d * (population - 1) + chi2 * p * (1 - p));
  return Math.min(Math.round(s), Math.ceil(population));
}

/** Satisfaction component, 0-100: the converted IKM (25-100) rescaled. */
export function satisfactionComponent(ikmConverted: number | null): number | null {
  return ikmConverted == null ? null : ((ikmConverted - 25) / 75) * 100;
}

/** What the complaint-handling component needs about each complaint of the period. */
export type ComplaintTimes = {
  receivedAt: Date;
  reopenedAt?: Date | null; // the last "not satisfied" reopening: the deadlines run from here
  verifiedAt: Date | null; // left "verifying" for substantiated or unsubstantiated (or rejected)
  answeredAt: Date | null; // first answer to the reporter (of the current round)
  closedAt: Date | null;
  verdicts?: readonly { satisfied: boolean }[]; // the reporter's verdicts on its answers
};

export type Deadlines = { verifyBy: Date; answerBy: Date; closeBy: Date };

export type HandlingWeights = Pick<ScoringSettings, "handlingWeightVerify" | "handlingWeightAnswer" | "handlingWeightClose" | "handlingWeightVerdict">;
const EQUAL_WEIGHTS: HandlingWeights = { handlingWeightVerify: 1, handlingWeightAnswer: 1, handlingWeightClose: 1, handlingWeightVerdict: 1 };

/**
 * Complaint-handling component, 0-100: the weighted mean of four shares of the period's
 * complaints — verified, answered and closed within their deadlines, and the reporters'
 * satisfied verdicts among all verdicts given. A step not yet done counts against the unit only
 * once its deadline has passed (`now`); a step still within its deadline is left out of that
 * share; the verdict share counts only where verdicts exist. A share nobody counts in drops out
 * with its weight. Null when no share remains (the caller falls back to the previous period or
 * renormalises the weights).
 */
export function complaintHandlingComponent(
  complaints: ComplaintTimes[],
  deadlinesOf: (c: ComplaintTimes) => Deadlines,
  now: Date,
  weights: HandlingWeights = EQUAL_WEIGHTS,
): number | null {
  const tally = emptyHandlingTally();
  for (const complaint of complaints) tallyComplaint(tally, complaint, deadlinesOf(complaint), now);
  return handlingComponentOf(tally, weights);
}

/**
 * The four shares' counts, in the order verify, answer, close, verdict: how many count in each
 * share and how many of those were on time (satisfied, for the verdicts). Tallies add up, so the
 * figures count the cases whose stamps carry their days in SQL and the rest here
 * (lib/scores/handling.server.ts), with the same result as counting every case here.
 */
export type HandlingTally = { onTime: [number, number, number, number]; counted: [number, number, number, number] };

export function emptyHandlingTally(): HandlingTally {
  return { onTime: [0, 0, 0, 0], counted: [0, 0, 0, 0] };
}

/** Adds `more` into `into`. */
export function addHandlingTally(into: HandlingTally, more: HandlingTally): HandlingTally {
  for (let i = 0; i < 4; i++) {
    into.onTime[i] += more.onTime[i];
    into.counted[i] += more.counted[i];
  }
  return into;
}

/** Which of a case's three steps to tally here: all by default; the others are counted elsewhere. */
export type StepsToTally = readonly [verify: boolean, answer: boolean, close: boolean];
const ALL_STEPS: StepsToTally = [true, true, true];

/** Adds one case to the tally: its steps (done on time, done late, or overdue and not done) and its verdicts. */
export function tallyComplaint(
  tally: HandlingTally,
  complaint: ComplaintTimes,
  deadlines: Deadlines,
  now: Date,
  steps: StepsToTally = ALL_STEPS,
  verdicts = true,
) {
  const stamped: [Date | null, Date][] = [
    [complaint.verifiedAt, deadlines.verifyBy],
    [complaint.answeredAt, deadlines.answerBy],
    [complaint.closedAt, deadlines.closeBy],
  ];
  stamped.forEach(([doneAt, by], i) => {
    if (!steps[i]) return;
    if (doneAt) {
      tally.counted[i]++;
      if (doneAt <= by) tally.onTime[i]++;
    } else if (now > by) {
      tally.counted[i]++; // overdue and still not done
    }
  });
  if (!verdicts) return;
  for (const verdict of complaint.verdicts ?? []) {
    tally.counted[3]++;
    if (verdict.satisfied) tally.onTime[3]++;
  }
}

/** The component from a tally (see complaintHandlingComponent). */
export function handlingComponentOf(tally: HandlingTally, weights: HandlingWeights = EQUAL_WEIGHTS): number | null {
  const partWeights = [weights.handlingWeightVerify, weights.handlingWeightAnswer, weights.handlingWeightClose, weights.handlingWeightVerdict];
  let weighted = 0;
  let total = 0;
  tally.onTime.forEach((s, i) => {
    if (tally.counted[i] === 0 || !(partWeights[i] > 0)) return;
    weighted += (s / tally.counted[i]) * partWeights[i];
    total += partWeights[i];
  });
  return total > 0 ? (weighted / total) * 100 : null;
}

/** The service-standard checklist of domain.md section 3. */
export const CHECKLIST_ITEMS = [
  "publishedStandard",
  "servicePledge",
  "headContactActive",
  "complaintChannel",
  "accessibleFacilities",
  "queueSystem",
  "skmPublished",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Checklist = Record<ChecklistItem, boolean>;

/** Standards component, 0-100: the share of checklist items in place. Null without a checklist. */
export function standardsComponent(checklist: Checklist | null | undefined): number | null {
  if (!checklist) return null;
  return (CHECKLIST_ITEMS.filter((item) => checklist[item]).length / CHECKLIST_ITEMS.length) * 100;
}

export type Components = { satisfaction: number | null; complaints: number | null; standards: number | null };

/**
 * The compliance score, 0-100: the weighted mean of the components present, the weights of the
 * missing ones renormalised away. Null when satisfaction is missing (no index, no score) or no
 * weight remains.
 */
export function complianceScore(
  components: Components,
  settings: Pick<ScoringSettings, "weightSatisfaction" | "weightComplaints" | "weightStandards">,
): number | null {
  if (components.satisfaction == null) return null;
  const parts: [number | null, number][] = [
    [components.satisfaction, settings.weightSatisfaction],
    [components.complaints, settings.weightComplaints],
    [components.standards, settings.weightStandards],
  ];
  let weighted = 0;
  let weights = 0;
  for (const [value, weight] of parts) {
    if (value == null || !(weight > 0)) continue;
    weighted += value * weight;
    weights += weight;
  }
  return weights > 0 ? weighted / weights : null;
}

export type { Zone } from "./zones";

/** The zone of a score under the period's scheme (lib/scores/zones.ts), on the score rounded to 2 decimals. */
export function zone(score: number, settings: Pick<ScoringSettings, "zoneScheme">): Zone {
  return bandOf(score, settings.zoneScheme).zone;
}

/** The category letter of a score under the period's scheme; null when the scheme has none. */
export function category(score: number, settings: Pick<ScoringSettings, "zoneScheme">): string | null {
  return bandOf(score, settings.zoneScheme).category;
}

export type Rankable = { score: number | null; sufficient: boolean };

/**
 * Ranks: 1 for the best score; equal scores (to 2 decimals) share a rank and the next rank
 * skips ("1, 2, 2, 4"). Units with an insufficient sample or no score get null (listed apart).
 */
export function ranks<T extends Rankable>(items: readonly T[]): (number | null)[] {
  const ranked = items
    .map((item, index) => ({ index, score: item.sufficient && item.score != null ? round(item.score, 2) : null }))
    .filter((x): x is { index: number; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score);
  const result: (number | null)[] = items.map(() => null);
  ranked.forEach((entry, position) => {
    const previous = ranked[position - 1];
    result[entry.index] = previous && previous.score === entry.score ? (result[previous.index] as number) : position + 1;
  });
  return result;
}

/** The city score: the mean of its ranked units' scores; null when none is ranked. */
export function cityScore(rankedScores: readonly number[]): number | null {
  if (rankedScores.length === 0) return null;
  return rankedScores.reduce((a, b) => a + b, 0) / rankedScores.length;
}

/** Substantiated complaints per 1,000 respondents, shown beside the score (never subtracted). */
export function substantiatedPerThousand(substantiated: number, respondents: number): number | null {
  return respondents > 0 ? (substantiated / respondents) * 1000 : null;
}
