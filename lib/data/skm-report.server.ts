// The SKM report of a unit and a period (PermenPAN-RB 14/2017, domain.md section 3b) as one
// serialisable object: the figures of the period (the published snapshot once the period is
// published, provisional before), the respondent profile counted from the stored responses, the
// complaint counts by category and by channel, the approved plan with its date, the previous plan's results,
// the trend of the last four periods and a conclusion generated from the figures. Issuing a report
// freezes this object whole (SkmReport), with the citizens' comments the secretariat selected and
// approved (anonymised; a draft has none); a correction is a new version beside the old.
import type { Db } from "@/lib/db.server";
import { recordAudit } from "@/lib/audit.server";
import { bumpPublicVersion } from "./public-version.server";
import type { ScoringSettings, Zone } from "@/lib/scoring/compliance";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scoring/elements";
import { boundsOf, parsePeriod, previousPeriod, type Period } from "@/lib/scoring/period";
import { anonymiseComment } from "@/lib/report/anonymise";
import { COMMENT_CANDIDATE_LIMIT, lowestElement, type ReportComment } from "@/lib/report/comments";
import { proposeElements } from "@/lib/scoring/plans";
import { publicPlans, type PublicPlan } from "./plans.server";
import { COUNTED_RESPONSES } from "./counted";
import { unitCounts, type ProfileField } from "./report-counts.server";
import { scoresFor, type IkmFigure } from "./scores.server";

export type ReportContent = {
  version: 1;
  period: string;
  periodStart: string;
  periodEnd: string; // exclusive
  published: boolean;
  publishedAt: string | null;
  generatedAt: string;
  unit: { slug: string; name: string; typeName: { id: string; en: string }; kecamatan: string | null; headName: string; headTitle: string | null };
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
  };
  /** Counts of the stored responses of the period neither excluded nor held; "unknown" where not given. */
  profile: Record<ProfileField, Record<string, number>>;
  complaintsByCategory: Record<string, number>;
  /** Absent in reports issued before channels were counted, and where the frozen counts lack them. */
  complaintsByChannel?: Record<string, number>;
  /** Only in an issued report: the comments the secretariat selected, anonymised, newest first. */
  comments?: ReportComment[];
  plan: PublicPlan | null;
  previousPlan: PublicPlan | null;
  trend: { period: string; ikm: number | null; grade: string | null; score: number | null; zone: Zone | null; published: boolean }[];
};

export class ReportNotFoundError extends Error {}

/** Builds the report of `slug` for `periodKey` from the database as it is now. */
export async function buildUnitReport(db: Db, slug: string, periodKey: string, now = new Date()): Promise<ReportContent> {
  const period = parsePeriod(periodKey);
  if (!period) throw new ReportNotFoundError(periodKey);
  const unit = await db.unit.findFirst({
    where: { slug },
    select: { id: true, slug: true, name: true, headName: true, headTitle: true, type: { select: { nameId: true, nameEn: true } }, kecamatan: { select: { name: true } } },
  });
  if (!unit) throw new ReportNotFoundError(slug);
  const { start, end } = boundsOf(period);
  const published = !!(await db.publishedSnapshot.findUnique({ where: { period: period.key }, select: { period: true } }));
  const trendPeriods = [period];
  while (trendPeriods.length < 4) trendPeriods.unshift(previousPeriod(trendPeriods[0]));
  const [reports, plans, counts] = await Promise.all([
    Promise.all(trendPeriods.map((p) => scoresFor(db, p.key, now))),
    publicPlans(db, slug, now),
    unitCounts(db, period, unit.id, published),
  ]);
  const report = reports[reports.length - 1];
  const score = report.units.find((u) => u.slug === slug);
  const elements = score?.elements ?? (Object.fromEntries(ELEMENT_KEYS.map((k) => [k, null])) as Record<ElementKey, number | null>);
  const ranked = proposeElements(elements, 9);
  const { profile, complaintsByCategory, complaintsByChannel } = counts;
  const plan = plans?.find((p) => p.period === period.key) ?? null;
  const previousPlan = plans?.find((p) => p.period === previousPeriod(period).key) ?? null;
  return {
    version: 1,
    period: period.key,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    published: report.published,
    publishedAt: report.publishedAt,
    generatedAt: now.toISOString(),
    unit: { slug: unit.slug, name: unit.name, typeName: { id: unit.type.nameId, en: unit.type.nameEn }, kecamatan: unit.kecamatan?.name ?? null, headName: unit.headName, headTitle: unit.headTitle },
    settings: report.settings,
    figures: {
      respondents: score?.respondents ?? 0,
      minimumSample: score?.minimumSample ?? report.settings.sampleFloor,
      sufficient: score?.sufficient ?? false,
      rank: score?.rank ?? null,
      ikm: score?.ikm ?? null,
      elements,
      weakest: ranked.slice(0, 3),
      strongest: [...ranked].reverse().slice(0, 3),
      complaintHandling: score?.complaintHandling ?? null,
      standards: score?.standards ?? null,
      score: score?.score ?? null,
      zone: score?.zone ?? null,
    },
    profile,
    complaintsByCategory,
    ...(complaintsByChannel ? { complaintsByChannel } : {}),
    plan,
    previousPlan,
    trend: reports.map((r) => {
      const u = r.units.find((x) => x.slug === slug);
      return { period: r.period, ikm: u?.ikm?.converted ?? null, grade: u?.ikm?.grade ?? null, score: u?.score ?? null, zone: u?.zone ?? null, published: r.published };
    }),
  };
}

/** The latest issued version of a report, or a given version. */
export async function issuedReport(db: Db, unitId: number, period: string, version?: number) {
  return db.skmReport.findFirst({ where: { unitId, period, ...(version ? { version } : {}) }, orderBy: { version: "desc" } });
}

export async function reportVersions(db: Db, unitId: number, period: string) {
  return db.skmReport.findMany({ where: { unitId, period }, select: { version: true, issuedAt: true, note: true }, orderBy: { version: "asc" } });
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
  constructor(public readonly code: "plan_not_approved" | "not_found" | "comment_unavailable") {
    super(code);
  }
}

export type SelectedComment = { responseId: number; text: string };

/**
 * Issues the report: freezes the content as it is now with the secretariat's conclusion and the
 * comments it selected (the text it approved, anonymised again here: the form is not trusted), as
 * version 1, or as the next version (a dated correction beside the old, which stays). A selected
 * comment must still be one the form may offer (of the unit and period, not excluded, not held).
 */
export async function issueReport(db: Db, slug: string, periodKey: string, input: { conclusion: string; note: string | null; comments?: SelectedComment[] }, actorId: number | null, now = new Date()) {
  const content = await buildUnitReport(db, slug, periodKey, now);
  if (!content.plan) throw new IssueError("plan_not_approved");
  const unit = await db.unit.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const selected = new Map((input.comments ?? []).map((c) => [c.responseId, c.text]));
  if (selected.size) {
    const rows = await db.surveyResponse.findMany({
      where: { ...commentSource(unit.id, parsePeriod(content.period)!), id: { in: [...selected.keys()] } },
      select: { id: true, ...ANSWERS },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    });
    if (rows.length !== selected.size) throw new IssueError("comment_unavailable");
    // Newest first; the report groups them by element (lib/report/comments.ts).
    content.comments = rows.map((r) => ({ element: lowestElement(r), text: anonymiseComment(selected.get(r.id)!.trim()) }));
  }
  return db.$transaction(async (tx) => {
    const last = await tx.skmReport.findFirst({ where: { unitId: unit.id, period: content.period }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const issued = await tx.skmReport.create({
      data: { unitId: unit.id, period: content.period, version, conclusion: input.conclusion, note: input.note, content: content as never, issuedAt: now, issuedById: actorId },
    });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: version === 1 ? "report.issue" : "report.correct", entity: "report", entityId: `${slug}:${content.period}:${version}`, after: { version, note: input.note, conclusion: input.conclusion, comments: content.comments ?? [] } });
    return issued;
  });
}
