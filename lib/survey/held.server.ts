// Held survey answers (docs/surveys.md, "Against ballot stuffing"): the review queue, grouped by unit,
// signals and hour, with the effect of a release on the unit's score computed beforehand, and
// the bulk release or exclusion. A held answer is not in MonthlyAggregate: a release adds it
// there (in the same transaction), an exclusion never touches the aggregate. Each answer is
// claimed by a conditional update on `held = true`, so two reviewers acting at once record each
// release or exclusion once. Every review is audited with its reason.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { ELEMENT_KEYS, emptyTotals, type ElementTotals } from "@/lib/scores/elements";
import { currentQuarter } from "@/lib/scores/period";
import { parseSignals, reviewWindowStart, type Signal } from "@/lib/survey/signals";
import { cityMonth } from "@/lib/time/clock";
import { computeScores, type ExtraAggregate } from "@/lib/scores/read-model.server";

export type Scope = { unitId?: number };

/** One group of the queue: the held answers of one unit, raising the same signals, in one hour. */
export type HeldGroup = {
  key: string; // `${unitId}|${signals}|${windowStart ISO}`, what the bulk actions post back
  unit: { id: number; slug: string; name: string };
  signals: Signal[];
  windowStart: Date;
  windowEnd: Date;
  count: number;
  /** Their answers per month, as they would enter the aggregates on release. */
  totals: ExtraAggregate[];
  /** The held answers themselves (the first SHOWN_ANSWERS, oldest first), for the reviewer to read before deciding. */
  answers: HeldAnswer[];
};

/** One held answer as the reviewer reads it: when, the nine values, the comment, and where it came from. */
export type HeldAnswer = {
  id: number;
  submittedAt: Date;
  values: (number | null)[];
  comment: string | null;
  channel: "web" | "api" | "kiosk";
  device: string | null;
  /** Seconds from the page's view to the submission (null: the API or a kiosk, or stored before it was kept). */
  secondsOnPage: number | null;
};

const SHOWN_ANSWERS = 50; // per group: enough to see a pattern, small enough for the page

const WINDOW_HOURS = 1;
const MAX_HELD_READ = 5000; // the queue reads at most this many held answers (oldest first)

type HeldRow = {
  id: number;
  unitId: number;
  submittedAt: Date;
  heldSignals: string | null;
  comment: string | null;
  channel: HeldAnswer["channel"];
  secondsOnPage: number | null;
  device: { name: string } | null;
} & Record<(typeof ELEMENT_KEYS)[number], number | null>;

function addAnswers(totals: ElementTotals, row: Record<string, unknown>) {
  totals.respondents++;
  for (const k of ELEMENT_KEYS) {
    const answer = row[k] as number | null;
    if (answer == null) continue;
    totals[`${k}Count`]++;
    totals[`${k}Sum`] += answer;
  }
}

function groupKey(unitId: number, signals: string, windowStart: Date) {
  return `${unitId}|${signals}|${windowStart.toISOString()}`;
}

/** The key's parts, or null for a malformed one (a tampered form). */
export function parseGroupKey(key: string): { unitId: number; signals: string; windowStart: Date } | null {
  const match = key.match(/^(\d{1,9})\|([a-z_,]{0,100})\|(\d{4}-\d\d-\d\dT\d\d:00:00\.000Z)$/);
  if (!match) return null;
  const windowStart = new Date(match[3]);
  return Number.isNaN(windowStart.getTime()) ? null : { unitId: Number(match[1]), signals: match[2], windowStart };
}

/** The held answers in scope, grouped; newest window first. */
export async function heldQueue(db: Db, scope: Scope = {}): Promise<HeldGroup[]> {
  const rows = await db.surveyResponse.findMany({
    where: { held: true, ...scope },
    orderBy: { submittedAt: "asc" },
    take: MAX_HELD_READ,
    select: {
      id: true,
      unitId: true,
      submittedAt: true,
      heldSignals: true,
      comment: true,
      channel: true,
      secondsOnPage: true,
      device: { select: { name: true } },
      ...Object.fromEntries(ELEMENT_KEYS.map((k) => [k, true])),
      unit: { select: { id: true, slug: true, name: true } },
    },
  });
  const groups = new Map<string, HeldGroup & { byMonth: Map<string, ExtraAggregate> }>();
  for (const row of rows as unknown as (HeldRow & { unit: HeldGroup["unit"] })[]) {
    const signals = parseSignals(row.heldSignals);
    const windowStart = reviewWindowStart(row.submittedAt, WINDOW_HOURS);
    const key = groupKey(row.unitId, signals.join(","), windowStart);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        unit: row.unit,
        signals,
        windowStart,
        windowEnd: new Date(windowStart.getTime() + WINDOW_HOURS * 3600_000),
        count: 0,
        totals: [],
        answers: [],
        byMonth: new Map(),
      };
      groups.set(key, group);
    }
    group.count++;
    if (group.answers.length < SHOWN_ANSWERS)
      group.answers.push({
        id: row.id,
        submittedAt: row.submittedAt,
        values: ELEMENT_KEYS.map((k) => row[k]),
        comment: row.comment,
        channel: row.channel,
        device: row.device?.name ?? null,
        secondsOnPage: row.secondsOnPage,
      });
    const month = cityMonth(row.submittedAt);
    let totals = group.byMonth.get(month);
    if (!totals) {
      totals = { unitId: row.unitId, month, ...emptyTotals() };
      group.byMonth.set(month, totals);
    }
    addAnswers(totals, row);
  }
  return [...groups.values()]
    .map(({ byMonth, ...group }) => ({ ...group, totals: [...byMonth.values()] }))
    .sort((a, b) => b.windowStart.getTime() - a.windowStart.getTime() || a.unit.name.localeCompare(b.unit.name));
}

/** Held answers per unit id in scope (the dashboard's count). */
export async function heldCountsByUnit(db: Db, scope: Scope = {}): Promise<Map<number, number>> {
  const rows = await db.surveyResponse.groupBy({ by: ["unitId"], where: { held: true, ...scope }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.unitId, r._count._all]));
}

export type ScoreFigure = { score: number | null; ikm: number | null; respondents: number };
export type ReleaseEffect = { period: string; before: ScoreFigure; afterRelease: ScoreFigure };

/**
 * What releasing a group would do to its unit's live figures for the quarter of its window (an
 * exclusion leaves them as they are: held answers are not in them).
 */
export async function releaseEffect(db: Db, group: Pick<HeldGroup, "unit" | "windowStart" | "totals">, now = new Date()): Promise<ReleaseEffect> {
  return (await releaseEffects(db, [group], now))[0];
}

/** releaseEffect for several groups, computing each quarter's present figures once. */
export async function releaseEffects(
  db: Db,
  groups: readonly Pick<HeldGroup, "unit" | "windowStart" | "totals">[],
  now = new Date(),
): Promise<ReleaseEffect[]> {
  const baselines = new Map<string, ReturnType<typeof computeScores>>();
  const figure = (report: Awaited<ReturnType<typeof computeScores>>, slug: string): ScoreFigure => {
    const row = report.units.find((u) => u.slug === slug);
    return { score: row?.score ?? null, ikm: row?.ikm?.converted ?? null, respondents: row?.respondents ?? 0 };
  };
  const effects: ReleaseEffect[] = [];
  for (const group of groups) {
    const period = currentQuarter(group.windowStart);
    if (!baselines.has(period.key)) baselines.set(period.key, computeScores(db, period, now));
    const [before, after] = await Promise.all([baselines.get(period.key)!, computeScores(db, period, now, group.totals)]);
    effects.push({ period: period.key, before: figure(before, group.unit.slug), afterRelease: figure(after, group.unit.slug) });
  }
  return effects;
}

export type ReviewDecision = "release" | "exclude";
export class NothingToReviewError extends Error {}

/**
 * Releases (into the scores) or excludes (kept, never scored) the held answers of one group.
 * Answers that another reviewer took first are skipped; returns how many this call recorded.
 */
export async function reviewHeldGroup(
  db: Db,
  groupKeyText: string,
  decision: ReviewDecision,
  reason: string,
  actorId: number | null,
  scope: Scope = {},
  now = new Date(),
): Promise<{ count: number; unitId: number }> {
  const group = parseGroupKey(groupKeyText);
  if (!group || (scope.unitId !== undefined && scope.unitId !== group.unitId)) throw new NothingToReviewError(groupKeyText);
  const candidates = await db.surveyResponse.findMany({
    where: {
      held: true,
      unitId: group.unitId,
      ...scope,
      heldSignals: group.signals === "" ? null : group.signals,
      submittedAt: { gte: group.windowStart, lt: new Date(group.windowStart.getTime() + WINDOW_HOURS * 3600_000) },
    },
    select: { id: true },
    take: MAX_HELD_READ,
  });
  if (!candidates.length) throw new NothingToReviewError(groupKeyText);
  const count = await reviewHeld(
    db,
    candidates.map((c) => c.id),
    decision,
    reason,
    actorId,
    scope,
    now,
  );
  if (count === 0) throw new NothingToReviewError(groupKeyText);
  return { count, unitId: group.unitId };
}

/** Releases or excludes held answers by id (those still held and in scope); returns how many it recorded. */
export async function reviewHeld(
  db: Db,
  ids: readonly number[],
  decision: ReviewDecision,
  reason: string,
  actorId: number | null,
  scope: Scope = {},
  now = new Date(),
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.surveyResponse.findMany({ where: { id: { in: [...ids] }, held: true, ...scope } });
      const added = new Map<string, ExtraAggregate>();
      const recorded: number[] = [];
      for (const row of rows) {
        // The claim: only one reviewer can turn `held` from true to false.
        const review = { held: false, reviewedAt: now, reviewedById: actorId, reviewReason: reason };
        const claimed = await tx.surveyResponse.updateMany({
          where: { id: row.id, held: true },
          data:
            decision === "release"
              ? { ...review, reviewOutcome: "released" }
              : { ...review, reviewOutcome: "excluded", excluded: true, excludedReason: reason, excludedAt: now, excludedById: actorId },
        });
        if (claimed.count !== 1) continue;
        recorded.push(row.id);
        if (decision !== "release" || row.excluded) continue;
        const month = cityMonth(row.submittedAt);
        const key = `${row.unitId}|${month}`;
        const totals = added.get(key) ?? { unitId: row.unitId, month, ...emptyTotals() };
        addAnswers(totals, row);
        added.set(key, totals);
      }
      for (const { unitId, month, ...totals } of added.values()) {
        const increments = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, { increment: v }]));
        await tx.monthlyAggregate.upsert({ where: { unitId_month: { unitId, month } }, create: { unitId, month, ...totals }, update: increments });
      }
      if (recorded.length) {
        if (decision === "release") await bumpPublicVersion(tx); // the figures changed: every instance recomputes
        const unitIds = [...new Set(rows.filter((r) => recorded.includes(r.id)).map((r) => r.unitId))];
        await recordAudit(tx, {
          actorId,
          action: decision === "release" ? "response.release" : "response.exclude-held",
          entity: "response",
          entityId: recorded.length === 1 ? recorded[0] : null,
          before: { held: true, ids: recorded },
          after: { held: false, outcome: decision === "release" ? "released" : "excluded", reason, unitIds, count: recorded.length },
        });
      }
      return recorded.length;
    },
    { timeout: 30_000 },
  );
}
