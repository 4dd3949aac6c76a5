// The SKM report of a unit, or of the whole city, and a period (PermenPAN-RB 14/2017, domain.md
// section 3b) as one serialisable object: the figures of the period (the published snapshot once the period is
// published, provisional before), the respondent profile counted from the stored responses, the
// complaint counts by category and by channel, the approved plan with its date, the previous plan's results,
// the trend of the last four periods and a conclusion generated from the figures. Issuing a report
// freezes this object whole (SkmReport), with the citizens' comments the secretariat selected and
// approved (anonymised; a draft has none); a correction is a new version beside the old. The
// city's report (subject segment "kota") has the same chapters, with the city's figures from the
// same read model and the units by zone with their plan status in place of a plan and comments.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import type { ScoringSettings, Zone } from "@/lib/scores/compliance";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import { boundsOf, parsePeriod, previousPeriod, type Period } from "@/lib/scores/period";
import { anonymiseComment } from "@/lib/report/anonymise";
import { COMMENT_CANDIDATE_LIMIT, lowestElement, type ReportComment } from "@/lib/report/comments";
import type { PlanStatus } from "@/lib/plans/rules";
import { citySample, cityElements, isCitySegment, unitsByZone, weakAndStrong, type ZoneUnit } from "@/lib/report/city";
import { publicPlans, type PublicPlan } from "@/lib/plans/plans.server";
import { COUNTED_RESPONSES } from "@/lib/survey/counted";
import { reportCounts, type ProfileField } from "./counts.server";
import { getCitySignatory, type Signatory } from "./signatory.server";
import { scoresFor, type IkmFigure, type ScoresReport } from "@/lib/scores/read-model.server";

type ReportBase = {
  version: 1;
  period: string;
  periodStart: string;
  periodEnd: string; // exclusive
  published: boolean;
  publishedAt: string | null;
  generatedAt: string;
  settings: ScoringSettings;
  figures: {
    respondents: number;
    minimumSample: number;
    sufficient: boolean;
    rank: number | null;
    ikm: IkmFigure;
    elements: Record<ElementKey, number | null>;
    weakest: { element: ElementKey; nrr: number }[];
    strongest: { element: ElementKey; nrr: number }[];
    complaintHandling: number | null;
    standards: number | null;
    score: number | null;
    zone: Zone | null;
    /** Issue 27: the quality category under the period's scheme; absent in reports issued before. */
    category?: string | null;
  };
  /** Counts of the stored responses of the period neither excluded nor held; "unknown" where not given. */
  profile: Record<ProfileField, Record<string, number>>;
  complaintsByCategory: Record<string, number>;
  /** Absent in reports issued before channels were counted, and where the frozen counts lack them. */
  complaintsByChannel?: Record<string, number>;
  trend: { period: string; ikm: number | null; grade: string | null; score: number | null; zone: Zone | null; published: boolean }[];
};

export type UnitReportContent = ReportBase & {
  kind?: "unit"; // absent in reports issued before the city's report existed
  // headNip: absent from reports issued before the signature block printed it.
  unit: {
    slug: string;
    name: string;
    typeName: { id: string; en: string };
    kecamatan: string | null;
    headName: string;
    headTitle: string | null;
    headNip?: string | null;
  };
  /** Only in an issued report: the comments the secretariat selected, anonymised, newest first. */
  comments?: ReportComment[];
  plan: PublicPlan | null;
  previousPlan: PublicPlan | null;
};

export type CityReportContent = ReportBase & {
  kind: "city";
  /** The active units, those with their minimum sample, and the ranked ones by zone (the name is translated: plans.cityReport.name). */
  city: { units: number; sufficientUnits: number; zones: Record<Zone, ZoneUnit[]> };
  /** Who signs it (the Sekretaris Daerah, lib/report/signatory.server.ts); absent in reports issued before, null while not filled. */
  signatory?: Signatory | null;
};

export type ReportContent = UnitReportContent | CityReportContent;

export const isCityReport = (c: ReportContent): c is CityReportContent => c.kind === "city";

export class ReportNotFoundError extends Error {}

/**
 * What every report of a period reads: the scores of its last four periods (the snapshot of a
 * published one), and the profile and complaint counts of a unit or, `unitId` null, the city.
 */
async function periodBasis(db: Db, periodKey: string, unitId: number | null, now: Date) {
  const period = parsePeriod(periodKey);
  if (!period) throw new ReportNotFoundError(periodKey);
  const { start, end } = boundsOf(period);
  const published = !!(await db.publishedSnapshot.findUnique({ where: { period: period.key }, select: { period: true } }));
  const trendPeriods = [period];
  while (trendPeriods.length < 4) trendPeriods.unshift(previousPeriod(trendPeriods[0]));
  const [reports, counts] = await Promise.all([Promise.all(trendPeriods.map((p) => scoresFor(db, p.key, now))), reportCounts(db, period, unitId, published)]);
  const report = reports[reports.length - 1];
  const { profile, complaintsByCategory, complaintsByChannel } = counts;
  const base = {
    version: 1 as const,
    period: period.key,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    published: report.published,
    publishedAt: report.publishedAt,
    generatedAt: now.toISOString(),
    settings: report.settings,
    profile,
    complaintsByCategory,
    ...(complaintsByChannel ? { complaintsByChannel } : {}),
  };
  /** The trend table's rows, from each period's figure of the report's subject. */
  const trend = (figure: (r: ScoresReport) => { ikm: IkmFigure; score: number | null; zone: Zone | null } | undefined): ReportBase["trend"] =>
    reports.map((r) => {
      const x = figure(r);
      return {
        period: r.period,
        ikm: x?.ikm?.converted ?? null,
        grade: x?.ikm?.grade ?? null,
        score: x?.score ?? null,
        zone: x?.zone ?? null,
        published: r.published,
      };
    });
  return { period, report, base, trend };
}

/** Builds the report of `slug` for `periodKey` from the database as it is now. */
export async function buildUnitReport(db: Db, slug: string, periodKey: string, now = new Date()): Promise<UnitReportContent> {
  if (!parsePeriod(periodKey)) throw new ReportNotFoundError(periodKey);
  const unit = await db.unit.findFirst({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      headName: true,
      headTitle: true,
      headNip: true,
      type: { select: { nameId: true, nameEn: true } },
      kecamatan: { select: { name: true } },
    },
  });
  if (!unit) throw new ReportNotFoundError(slug);
  const [{ period, report, base, trend }, plans] = await Promise.all([periodBasis(db, periodKey, unit.id, now), publicPlans(db, slug, now)]);
  const score = report.units.find((u) => u.slug === slug);
  const elements = score?.elements ?? (Object.fromEntries(ELEMENT_KEYS.map((k) => [k, null])) as Record<ElementKey, number | null>);
  const plan = plans?.find((p) => p.period === period.key) ?? null;
  const previousPlan = plans?.find((p) => p.period === previousPeriod(period).key) ?? null;
  return {
    ...base,
    kind: "unit",
    unit: {
      slug: unit.slug,
      name: unit.name,
      typeName: { id: unit.type.nameId, en: unit.type.nameEn },
      kecamatan: unit.kecamatan?.name ?? null,
      headName: unit.headName,
      headTitle: unit.headTitle,
      headNip: unit.headNip,
    },
    figures: {
      respondents: score?.respondents ?? 0,
      minimumSample: score?.minimumSample ?? report.settings.sampleFloor,
      sufficient: score?.sufficient ?? false,
      rank: score?.rank ?? null,
      ikm: score?.ikm ?? null,
      elements,
      ...weakAndStrong(elements),
      complaintHandling: score?.complaintHandling ?? null,
      standards: score?.standards ?? null,
      score: score?.score ?? null,
      zone: score?.zone ?? null,
      category: score?.category ?? null,
    },
    plan,
    previousPlan,
    trend: trend((r) => r.units.find((x) => x.slug === slug)),
  };
}

/**
 * Builds the city's report for `periodKey`: the city's IKM, score and zone of the scores read
 * model (what the dashboard and /api/v1/scores show), the profile and complaints of every unit
 * summed, and each ranked unit by zone with its plan status for the period.
 */
export async function buildCityReport(db: Db, periodKey: string, now = new Date()): Promise<CityReportContent> {
  const [{ report, base, trend }, plans, signatory] = await Promise.all([
    periodBasis(db, periodKey, null, now),
    db.improvementPlan.findMany({ where: { period: periodKey }, select: { status: true, approvedAt: true, unit: { select: { slug: true } } } }),
    getCitySignatory(db),
  ]);
  const { respondents, elements } = cityElements(report);
  const sample = citySample(report.units);
  const zones = unitsByZone(
    report.units,
    new Map(plans.map((p) => [p.unit.slug, { status: p.status as PlanStatus, approvedAt: p.approvedAt?.toISOString() ?? null }])),
  );
  return {
    ...base,
    kind: "city",
    city: { units: sample.units, sufficientUnits: sample.sufficientUnits, zones },
    figures: {
      respondents,
      minimumSample: sample.minimumSample,
      sufficient: sample.sufficientUnits === sample.units,
      rank: null,
      ikm: report.city.ikm,
      elements,
      ...weakAndStrong(elements),
      complaintHandling: null,
      standards: null,
      score: report.city.score,
      zone: report.city.zone,
      category: report.city.category ?? null,
    },
    trend: trend((r) => r.city),
    signatory,
  };
}

/** Whose issued versions: a unit's (SkmReport) or, null, the city's (CitySkmReport). */
export type ReportOwner = { unitId: number } | null;
type Versions = Pick<Db, "skmReport" | "citySkmReport">;

/** The latest issued version of a report, or a given version. */
export async function issuedReport(db: Versions, owner: ReportOwner, period: string, version?: number) {
  const where = { period, ...(version ? { version } : {}) };
  const orderBy = { version: "desc" } as const;
  return owner ? db.skmReport.findFirst({ where: { ...where, unitId: owner.unitId }, orderBy }) : db.citySkmReport.findFirst({ where, orderBy });
}

export async function reportVersions(db: Versions, owner: ReportOwner, period: string) {
  const query = { select: { version: true, issuedAt: true, note: true }, orderBy: { version: "asc" } } as const;
  return owner ? db.skmReport.findMany({ where: { unitId: owner.unitId, period }, ...query }) : db.citySkmReport.findMany({ where: { period }, ...query });
}

/** The periods of the city's issued reports, the latest issued first (the home page links them). */
export async function issuedCityReportPeriods(db: Db, limit = 4): Promise<string[]> {
  const rows = await db.citySkmReport.findMany({ where: { version: 1 }, select: { period: true }, orderBy: { issuedAt: "desc" }, take: limit });
  return rows.map((r) => r.period);
}

/** A report's content as it is now: of a unit by its slug, or of the city by its segment ("kota"). */
export function buildReport(db: Db, segment: string, periodKey: string, now = new Date()): Promise<ReportContent> {
  return isCitySegment(segment) ? buildCityReport(db, periodKey, now) : buildUnitReport(db, segment, periodKey, now);
}

/** The responses whose comments may go into a report: stored in the period, not excluded, not held. */
function commentSource(unitId: number, period: Period) {
  const { start, end } = boundsOf(period);
  return { unitId, ...COUNTED_RESPONSES, submittedAt: { gte: start, lt: end }, AND: [{ comment: { not: null } }, { comment: { not: "" } }] };
}
const ANSWERS = Object.fromEntries(ELEMENT_KEYS.map((k) => [k, true])) as Record<ElementKey, true>;

export type CommentCandidate = { id: number; element: ElementKey | null; text: string; submittedAt: Date };

/**
 * The comments the secretariat may select for the report of a unit and period, newest first, each
 * with the element its respondent rated lowest and its text already anonymised: the raw text
 * stays in the database.
 */
export async function commentCandidates(db: Db, unitId: number, periodKey: string, limit = COMMENT_CANDIDATE_LIMIT): Promise<CommentCandidate[]> {
  const period = parsePeriod(periodKey);
  if (!period) return [];
  const rows = await db.surveyResponse.findMany({
    where: commentSource(unitId, period),
    select: { id: true, submittedAt: true, comment: true, ...ANSWERS },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: limit + 50, // room for blank comments (spaces only), left out below
  });
  return rows
    .filter((r) => r.comment!.trim() !== "")
    .slice(0, limit)
    .map((r) => ({ id: r.id, element: lowestElement(r), text: anonymiseComment(r.comment!.trim()), submittedAt: r.submittedAt }));
}

export class IssueError extends Error {
  constructor(public readonly code: "plan_not_approved" | "not_found" | "comment_unavailable" | "correction_note_required") {
    super(code);
  }
}

export type SelectedComment = { responseId: number; text: string };

/**
 * Issues the report of a unit (by slug) or of the city (segment "kota"): freezes the content as it
 * is now with the secretariat's conclusion and, for a unit, the comments it selected (the text it
 * approved, anonymised again here: the form is not trusted), as version 1, or as the next version
 * (a dated correction beside the old, which stays, with a note saying what it corrects: required). A unit's report needs its approved plan, and a
 * selected comment must still be one the form may offer (of the unit and period, not excluded,
 * not held). The city's has no plan and no comments of its own.
 */
export async function issueReport(
  db: Db,
  segment: string,
  periodKey: string,
  input: { conclusion: string; note: string | null; comments?: SelectedComment[] },
  actorId: number | null,
  now = new Date(),
) {
  const content = await buildReport(db, segment, periodKey, now);
  let owner: ReportOwner = null;
  if (!isCityReport(content)) {
    if (!content.plan) throw new IssueError("plan_not_approved");
    owner = { unitId: (await db.unit.findUniqueOrThrow({ where: { slug: segment }, select: { id: true } })).id };
    const selected = new Map((input.comments ?? []).map((c) => [c.responseId, c.text]));
    if (selected.size) {
      const rows = await db.surveyResponse.findMany({
        where: { ...commentSource(owner.unitId, parsePeriod(content.period)!), id: { in: [...selected.keys()] } },
        select: { id: true, ...ANSWERS },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      });
      if (rows.length !== selected.size) throw new IssueError("comment_unavailable");
      // Newest first; the report groups them by element (lib/report/comments.ts).
      content.comments = rows.map((r) => ({ responseId: r.id, element: lowestElement(r), text: anonymiseComment(selected.get(r.id)!.trim()) }));
    }
  }
  return db.$transaction(async (tx) => {
    const last = await issuedReport(tx, owner, content.period);
    // A correction says what it corrects: the new version prints the note, the old one links it.
    if (last && !input.note?.trim()) throw new IssueError("correction_note_required");
    const version = (last?.version ?? 0) + 1;
    const data = {
      period: content.period,
      version,
      conclusion: input.conclusion,
      note: input.note,
      content: content as never,
      issuedAt: now,
      issuedById: actorId,
    };
    const issued = owner ? await tx.skmReport.create({ data: { ...data, unitId: owner.unitId } }) : await tx.citySkmReport.create({ data });
    await bumpPublicVersion(tx); // plans and issued reports are public
    const comments = isCityReport(content) ? undefined : (content.comments ?? []);
    await recordAudit(tx, {
      actorId,
      action: version === 1 ? "report.issue" : "report.correct",
      entity: "report",
      entityId: `${segment}:${content.period}:${version}`,
      after: { version, note: input.note, conclusion: input.conclusion, ...(comments ? { comments } : {}) },
    });
    return issued;
  });
}
