// The scores read model: every unit's IKM, components, compliance score, zone and rank for a
// period, computed from the per-month aggregates (O(units x months), never reading responses),
// the period's complaints and the standards checklists; or, for a published period, the frozen
// snapshot. Takes the database as an argument so that tests run it on both databases; the app
// reads it through lib/scores/cache.server.ts.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { freezeReportCounts } from "@/lib/report/counts.server";
import {
  category,
  CHECKLIST_ITEMS,
  cityScore,
  handlingComponentOf,
  complianceScore,
  DEFAULT_SETTINGS,
  minimumSample,
  ranks,
  satisfactionComponent,
  standardsComponent,
  substantiatedPerThousand,
  withSettingDefaults,
  zone,
  type Checklist,
  type ScoringSettings,
  type Zone,
} from "@/lib/scores/compliance";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import type { DeadlineLengths } from "@/lib/complaints/deadlines";
import { complaintFiguresOf, countedCases, noChannelCounts, type ChannelCounts, type UnitComplaintFigures } from "./handling.server";
import { ELEMENT_KEYS, emptyTotals, mergeTotals, type ElementKey, type ElementTotals } from "@/lib/scores/elements";
import { convertIkm, elementMeans, grade, ikm, weakestElement, type Grade } from "@/lib/scores/ikm";
import { boundsOf, hasEnded, monthsOf, parsePeriod, previousPeriod, quartersBetween, type Period } from "@/lib/scores/period";
import { unitIdentity, unitIdentitySelect } from "@/lib/units/identity";
import { schemeByKey } from "@/lib/scores/zones.server";
import { redLine, zoneLimits } from "@/lib/scores/zones";

export type IkmFigure = { value: number; converted: number; grade: Grade } | null;

export type UnitScore = {
  slug: string;
  name: string;
  type: string; // unit type code
  typeName: { id: string; en: string };
  kecamatan: string | null;
  respondents: number;
  minimumSample: number;
  sufficient: boolean;
  ranked: boolean;
  rank: number | null;
  ikm: IkmFigure;
  elements: Record<ElementKey, number | null>;
  weakestElement: ElementKey | null;
  complaintHandling: number | null;
  standards: number | null;
  score: number | null;
  zone: Zone | null;
  // Issue 27: the band's category letter under the period's scheme (null without a score or in a
  // scheme without letters); derived from the frozen scheme for snapshots published before.
  category: string | null;
  complaints: {
    received: number;
    substantiated: number;
    answeredWithinDeadline: number;
    substantiatedPer1000: number | null;
    // Added with the channels and verdicts (issue 12); absent from snapshots published before.
    byChannel?: ChannelCounts;
    verdicts?: number;
    satisfiedShare?: number | null;
  };
};

export type ScoresReport = {
  period: string;
  published: boolean;
  publishedAt: string | null;
  settings: ScoringSettings;
  city: {
    score: number | null;
    zone: Zone | null;
    category: string | null; // issue 27, as the units'
    ikm: IkmFigure;
    rankedUnits: number;
    zones: Record<Zone, number>;
    // Added with the city's SKM report (issue 13): the respondents and NRR per element behind the
    // city's IKM; absent from snapshots published before (lib/report/city.ts derives them then).
    respondents?: number;
    elements?: Record<ElementKey, number | null>;
  };
  units: UnitScore[];
};

export class UnknownPeriodError extends Error {}

/** The settings in force for a period: its own row, else the default row, else the built-ins. */
export async function settingsFor(db: Db, period: string): Promise<ScoringSettings> {
  const rows = await db.scoringSettings.findMany({ where: { scope: { in: [period, "default"] } } });
  const row = rows.find((r) => r.scope === period) ?? rows.find((r) => r.scope === "default");
  if (!row) return DEFAULT_SETTINGS;
  const { weightSatisfaction, weightComplaints, weightStandards, verifyDays, answerDays, closeDays, sampleFloor } = row;
  const { handlingWeightVerify, handlingWeightAnswer, handlingWeightClose, handlingWeightVerdict, verdictDays } = row;
  const zoneScheme = await schemeByKey(db, row.zoneScheme);
  return {
    weightSatisfaction,
    weightComplaints,
    weightStandards,
    zoneScheme,
    ...zoneLimits(zoneScheme),
    verifyDays,
    answerDays,
    closeDays,
    sampleFloor,
    handlingWeightVerify,
    handlingWeightAnswer,
    handlingWeightClose,
    handlingWeightVerdict,
    verdictDays,
  };
}

function ikmFigure(totals: ElementTotals): IkmFigure {
  const value = ikm(totals);
  return value === null ? null : { value, converted: convertIkm(value), grade: grade(convertIkm(value)) };
}

export type { ChannelCounts } from "./handling.server";

/**
 * Complaints counted per channel, per unit, in a period (the same cases as the score: rejected
 * and duplicate cases left out). For reports and exports; never anything of the reporter.
 */
export async function complaintCountsByChannel(db: Db, periodKey: string, unitId?: number): Promise<Map<number, ChannelCounts>> {
  const period = parsePeriod(periodKey);
  if (!period) throw new UnknownPeriodError(periodKey);
  const groups = await db.complaint.groupBy({
    by: ["unitId", "channel"],
    where: { ...countedCases(period), ...(unitId ? { unitId } : {}) },
    _count: { _all: true },
  });
  const result = new Map<number, ChannelCounts>();
  for (const g of groups) {
    const counts = result.get(g.unitId) ?? noChannelCounts();
    counts[g.channel] += g._count._all;
    result.set(g.unitId, counts);
  }
  return result;
}

/**
 * The checklist in force for a period: the one filled for that exact period, else the most
 * recent one filled for a period that started before this period ended.
 */
function checklistInForce(checklists: { period: string; items: Checklist }[], period: Period): Checklist | null {
  const exact = checklists.find((c) => c.period === period.key);
  if (exact) return exact.items;
  const end = boundsOf(period).end.getTime();
  let best: { start: number; end: number; items: Checklist } | null = null;
  for (const c of checklists) {
    const p = parsePeriod(c.period);
    if (!p) continue;
    const b = boundsOf(p);
    if (b.start.getTime() >= end) continue;
    if (!best || b.end.getTime() > best.end || (b.end.getTime() === best.end && b.start.getTime() > best.start)) {
      best = { start: b.start.getTime(), end: b.end.getTime(), items: c.items };
    }
  }
  return best?.items ?? null;
}

/** A month's answers added to the stored aggregates, for a "what if" (held answers released: lib/survey/held.server.ts). */
export type ExtraAggregate = { unitId: number; month: string } & ElementTotals;

/** How computeScores gets a period's complaint figures: the cached reads share them between a quarter and the next (cache.server.ts). */
export type FiguresSource = (db: Db, period: Period, lengths: DeadlineLengths, now: Date) => Promise<Map<number, UnitComplaintFigures>>;

/** Live figures for a period (ignores any snapshot); `extra` answers are counted as if stored. */
export async function computeScores(
  db: Db,
  period: Period,
  now = new Date(),
  extra: readonly ExtraAggregate[] = [],
  figuresOf: FiguresSource = complaintFiguresOf,
): Promise<ScoresReport> {
  const settings = await settingsFor(db, period.key);
  const previous = previousPeriod(period);
  // The city's holidays move verification deadlines.
  const lengths = { ...settings, nonWorkingDays: await loadNonWorkingDays(db) };
  const [units, aggregates, complaints, previousComplaints, checklists] = await Promise.all([
    db.unit.findMany({
      where: { active: true },
      select: { id: true, ...unitIdentitySelect, yearlyServiceVolume: true },
      orderBy: { name: "asc" },
    }),
    db.monthlyAggregate
      .findMany({ where: { month: { in: monthsOf(period) } } })
      .then((rows) => [...rows, ...extra.filter((e) => monthsOf(period).includes(e.month))]),
    figuresOf(db, period, lengths, now),
    figuresOf(db, previous, lengths, now),
    db.standardsChecklist.findMany(),
  ]);

  const totalsByUnit = new Map<number, ElementTotals[]>();
  for (const a of aggregates) totalsByUnit.set(a.unitId, [...(totalsByUnit.get(a.unitId) ?? []), a]);
  const checklistsByUnit = new Map<number, { period: string; items: Checklist }[]>();
  for (const c of checklists) {
    const items = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, c[k]])) as Checklist;
    checklistsByUnit.set(c.unitId, [...(checklistsByUnit.get(c.unitId) ?? []), { period: c.period, items }]);
  }
  const monthsInPeriod = monthsOf(period).length;

  const rows = units.map((unit) => {
    const totals = mergeTotals(totalsByUnit.get(unit.id) ?? [emptyTotals()]);
    const figure = ikmFigure(totals);
    const elements = elementMeans(totals);
    const own = complaints.get(unit.id);
    const previousOwn = previousComplaints.get(unit.id);
    const complaintHandling = (own && handlingComponentOf(own.tally, settings)) ?? (previousOwn ? handlingComponentOf(previousOwn.tally, settings) : null);
    const standards = standardsComponent(checklistInForce(checklistsByUnit.get(unit.id) ?? [], period));
    const score = complianceScore({ satisfaction: satisfactionComponent(figure?.converted ?? null), complaints: complaintHandling, standards }, settings);
    const population = unit.yearlyServiceVolume == null ? null : Math.round((unit.yearlyServiceVolume * monthsInPeriod) / 12);
    const needed = minimumSample(population, settings.sampleFloor);
    const substantiated = own?.substantiated ?? 0;
    return {
      ...unitIdentity(unit),
      respondents: totals.respondents,
      minimumSample: needed,
      sufficient: totals.respondents >= needed,
      ranked: false as boolean,
      rank: null as number | null,
      ikm: figure,
      elements,
      weakestElement: weakestElement(elements),
      complaintHandling,
      standards,
      score,
      zone: score === null ? null : zone(score, settings),
      category: score === null ? null : category(score, settings),
      complaints: {
        received: own?.received ?? 0,
        substantiated,
        answeredWithinDeadline: own?.answeredWithinDeadline ?? 0,
        substantiatedPer1000: substantiatedPerThousand(substantiated, totals.respondents),
        byChannel: own?.byChannel ?? noChannelCounts(),
        verdicts: own?.verdicts ?? 0,
        // Satisfied verdicts among all verdicts on the unit's cases, 0-100; null without verdicts.
        satisfiedShare: own?.verdicts ? (own.tally.onTime[3] / own.verdicts) * 100 : null,
      },
    } satisfies UnitScore;
  });

  ranks(rows).forEach((rank, i) => {
    rows[i].rank = rank;
    rows[i].ranked = rank !== null;
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
  const ranked = rows.filter((r) => r.ranked);
  const city = cityScore(ranked.map((r) => r.score as number));
  const zones: Record<Zone, number> = { red: 0, yellow: 0, green: 0 };
  for (const r of ranked) zones[r.zone as Zone]++;
  const cityTotals = mergeTotals(aggregates); // every answer of the period, as the city's IKM always was
  return {
    period: period.key,
    published: false,
    publishedAt: null,
    settings,
    city: {
      score: city,
      zone: city === null ? null : zone(city, settings),
      category: city === null ? null : category(city, settings),
      ikm: ikmFigure(cityTotals),
      rankedUnits: ranked.length,
      zones,
      respondents: cityTotals.respondents,
      elements: elementMeans(cityTotals),
    },
    units: rows,
  };
}

/** The report of a period: the published snapshot if there is one, else live figures. */
export async function scoresFor(db: Db, periodKey: string, now = new Date(), figuresOf?: FiguresSource): Promise<ScoresReport> {
  const period = parsePeriod(periodKey);
  if (!period) throw new UnknownPeriodError(periodKey);
  const snapshot = await db.publishedSnapshot.findUnique({ where: { period: period.key } });
  if (snapshot) return readSnapshot(snapshot.data as unknown as ScoresReport);
  return computeScores(db, period, now, [], figuresOf);
}

/**
 * A snapshot as published, in today's shape: one frozen before zone schemes (issue 27) reads its
 * two thresholds as the scheme they made, and its categories from that scheme. Zones are never
 * recomputed: a published figure does not change.
 */
export function readSnapshot(report: ScoresReport): ScoresReport {
  if (report.settings.zoneScheme && report.city.category !== undefined) return report;
  const settings = withSettingDefaults(report.settings);
  const categoryOf = (score: number | null) => (score === null ? null : category(score, settings));
  return {
    ...report,
    settings,
    city: { ...report.city, category: report.city.category ?? categoryOf(report.city.score) },
    units: report.units.map((u) => ({ ...u, category: u.category ?? categoryOf(u.score) })),
  };
}

export type TrendPoint = { period: string; score: number | null; zone: Zone | null; ikm: number | null; published: boolean; redLine: number };

/** The city's score per quarter since the first data (published quarters from their snapshot). */
export async function cityTrend(
  db: Db,
  now = new Date(),
  // The cached reads (lib/scores/cache.server.ts) pass theirs: a quarter the dashboard also shows is then computed once.
  scoresOf: (key: string) => Promise<ScoresReport> = (key) => scoresFor(db, key, now),
): Promise<TrendPoint[]> {
  const first = await db.monthlyAggregate.findFirst({ orderBy: { month: "asc" }, select: { month: true } });
  if (!first) return [];
  const reports = await Promise.all(quartersBetween(first.month, now).map((q) => scoresOf(q.key)));
  return reports.map((r) => ({
    period: r.period,
    score: r.city.score,
    zone: r.city.zone,
    ikm: r.city.ikm?.converted ?? null,
    published: r.published,
    redLine: redLine(r.settings.zoneScheme),
  }));
}

export class PublishError extends Error {
  constructor(public readonly code: "malformed" | "not_ended" | "already_published") {
    super(code);
  }
}

/** Freezes a period's figures, settings and thresholds; refuses open or already published periods. */
export async function publishPeriod(db: Db, periodKey: string, actorId: number | null, now = new Date()): Promise<ScoresReport> {
  const period = parsePeriod(periodKey);
  if (!period) throw new PublishError("malformed");
  if (!hasEnded(period, now)) throw new PublishError("not_ended");
  if (await db.publishedSnapshot.findUnique({ where: { period: period.key } })) throw new PublishError("already_published");
  const live = await computeScores(db, period, now);
  // Stored with 10 decimals: JSON columns keep about 15 significant digits, and the snapshot
  // must read back exactly as it was published.
  const report: ScoresReport = JSON.parse(JSON.stringify({ ...live, published: true, publishedAt: now.toISOString() }), (_key, value) =>
    typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1e10) / 1e10 : value,
  );
  await db.$transaction(async (tx) => {
    await tx.publishedSnapshot.create({
      data: { period: period.key, publishedAt: now, publishedById: actorId, settings: report.settings as never, data: report as never },
    });
    // The SKM reports' profile and complaint counts are frozen with the figures (issue 13).
    await freezeReportCounts(tx, period);
    await recordAudit(tx, {
      actorId,
      action: "period.publish",
      entity: "period",
      entityId: period.key,
      after: { city: report.city, units: report.units.length },
    });
    await bumpPublicVersion(tx);
  });
  return report;
}

export { ELEMENT_KEYS };
