// Improvement plans (rencana tindak lanjut, domain.md section 3b): reads and writes. Every write
// checks the plan's state (lib/plans/rules.ts), loads the plan WITH the caller's unit scope in
// its `where`, and writes its audit entry in the same transaction. Takes the database as an
// argument so that integration tests run it on both databases.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import { boundsOf, nextPeriod, parsePeriod } from "@/lib/scores/period";
import { elementResult, planAllows, planOverdue, proposeElements, type ElementResult, type PlanStatus } from "@/lib/plans/rules";
import type { ActionProgressInput, PlanActionInput, ReviewInput } from "@/lib/plans/schema";
import { COUNTED_RESPONSES } from "@/lib/survey/counted";
import { scoresFor, type ScoresReport, type UnitScore } from "@/lib/scores/read-model.server";
import { isRecordId } from "@/lib/http/record-id";
import { actionJson } from "./json";

export type Scope = { unitId?: number };

export class PlanNotFoundError extends Error {}
/** The plan is not in a state that allows the step (e.g. editing a submitted plan). */
export class PlanStateError extends Error {}

const planInclude = {
  unit: { select: { id: true, slug: true, name: true } },
  actions: { orderBy: [{ element: "asc" as const }, { id: "asc" as const }] },
};

/** The unit of a plan, to check the caller's scope before anything else of it is read. */
export async function planUnitId(db: Db, id: number): Promise<number | null> {
  if (!isRecordId(id)) return null;
  return (await db.improvementPlan.findUnique({ where: { id }, select: { unitId: true } }))?.unitId ?? null;
}

export async function getPlan(db: Db, id: number, scope: Scope) {
  if (!isRecordId(id)) return null;
  return db.improvementPlan.findFirst({ where: { id, ...scope }, include: planInclude });
}
export type PlanDetail = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

export async function listPlans(db: Db, scope: Scope, filter: { period?: string } = {}) {
  return db.improvementPlan.findMany({
    where: { ...scope, ...(filter.period ? { period: filter.period } : {}) },
    include: { unit: { select: { id: true, slug: true, name: true } }, _count: { select: { actions: true } } },
    orderBy: [{ updatedAt: "desc" }],
    take: 500,
  });
}

/** The plan of a unit and period, created as a draft if there is none yet (one per unit and period). */
export async function startPlan(db: Db, unitId: number, period: string, actorId: number | null) {
  return db.$transaction(async (tx) => {
    const existing = await tx.improvementPlan.findUnique({ where: { unitId_period: { unitId, period } } });
    if (existing) return existing;
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
    if (!unit) throw new PlanNotFoundError(`unit ${unitId}`);
    const plan = await tx.improvementPlan.create({ data: { unitId, period } });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: "plan.create", entity: "plan", entityId: plan.id, after: plan });
    return plan;
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function lockedPlan(tx: Tx, planId: number, scope: Scope) {
  const plan = await tx.improvementPlan.findFirst({ where: { id: planId, ...scope }, include: { actions: true } });
  if (!plan) throw new PlanNotFoundError(String(planId));
  return plan;
}

/** An action of a plan in the scope, with its plan locked and allowing `step`. */
async function lockedAction(tx: Tx, planId: number, actionId: number, scope: Scope, step: "edit" | "progress") {
  const before = await tx.planAction.findFirst({ where: { id: actionId, planId, plan: scope } });
  if (!before) throw new PlanNotFoundError(String(actionId));
  const plan = await lockedPlan(tx, before.planId, scope);
  if (!planAllows(plan.status, step)) throw new PlanStateError(plan.status);
  return { before, plan };
}

const dueDate = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

export async function addPlanAction(db: Db, planId: number, input: PlanActionInput, actorId: number | null, scope: Scope) {
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, planId, scope);
    if (!planAllows(plan.status, "edit")) throw new PlanStateError(plan.status);
    const action = await tx.planAction.create({
      data: { planId, element: input.element, description: input.description, responsible: input.responsible, dueOn: dueDate(input.dueOn) },
    });
    await tx.improvementPlan.update({ where: { id: planId }, data: { updatedAt: new Date() } });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: "plan.action.add", entity: "plan", entityId: planId, after: action });
    return action;
  });
}

export async function updatePlanAction(db: Db, planId: number, actionId: number, input: PlanActionInput, actorId: number | null, scope: Scope) {
  return db.$transaction(async (tx) => {
    const { before, plan } = await lockedAction(tx, planId, actionId, scope, "edit");
    const after = await tx.planAction.update({
      where: { id: actionId },
      data: { element: input.element, description: input.description, responsible: input.responsible, dueOn: dueDate(input.dueOn) },
    });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: "plan.action.update", entity: "plan", entityId: plan.id, before, after });
    return after;
  });
}

export async function removePlanAction(db: Db, planId: number, actionId: number, actorId: number | null, scope: Scope) {
  return db.$transaction(async (tx) => {
    const { before, plan } = await lockedAction(tx, planId, actionId, scope, "edit");
    await tx.planAction.delete({ where: { id: actionId } });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: "plan.action.remove", entity: "plan", entityId: plan.id, before });
  });
}

/** Progress of an approved plan's action: status, the reason it was dropped, the evidence. */
export async function recordActionProgress(db: Db, planId: number, actionId: number, input: ActionProgressInput, actorId: number | null, scope: Scope) {
  return db.$transaction(async (tx) => {
    const { before, plan } = await lockedAction(tx, planId, actionId, scope, "progress");
    const after = await tx.planAction.update({
      where: { id: actionId },
      data: { status: input.status, droppedReason: input.status === "dropped" ? input.droppedReason : null, evidence: input.evidence },
    });
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, { actorId, action: "plan.action.progress", entity: "plan", entityId: plan.id, before, after });
    return after;
  });
}

export async function submitPlan(db: Db, planId: number, actorId: number | null, scope: Scope, now = new Date()) {
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, planId, scope);
    if (!planAllows(plan.status, "submit", plan.actions.length)) throw new PlanStateError(plan.status);
    // Guarded on the status read, so two concurrent steps cannot both move the plan.
    const moved = await tx.improvementPlan.updateMany({ where: { id: planId, status: plan.status }, data: { status: "submitted", submittedAt: now } });
    if (moved.count !== 1) throw new PlanStateError(plan.status);
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, {
      actorId,
      action: "plan.submit",
      entity: "plan",
      entityId: planId,
      before: { status: plan.status },
      after: { status: "submitted" },
    });
  });
}

/** The secretariat's decision on a submitted plan: approved, or returned with a comment. */
export async function reviewPlan(db: Db, planId: number, input: ReviewInput, actorId: number | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, planId, {});
    if (!planAllows(plan.status, input.decision)) throw new PlanStateError(plan.status);
    const status: PlanStatus = input.decision === "approve" ? "approved" : "returned";
    const moved = await tx.improvementPlan.updateMany({
      where: { id: planId, status: plan.status },
      data: { status, reviewComment: input.comment, ...(status === "approved" ? { approvedAt: now, approvedById: actorId } : {}) },
    });
    if (moved.count !== 1) throw new PlanStateError(plan.status);
    await bumpPublicVersion(tx); // plans and issued reports are public
    await recordAudit(tx, {
      actorId,
      action: status === "approved" ? "plan.approve" : "plan.return",
      entity: "plan",
      entityId: planId,
      before: { status: plan.status },
      after: { status, comment: input.comment, actions: plan.actions },
    });
  });
}

export type PlanProposal = {
  period: string;
  unitScore: UnitScore | null;
  proposed: { element: ElementKey; nrr: number }[];
  /** Citizens' comments of the period, text and day only: never who wrote them. */
  comments: { text: string; submittedAt: Date }[];
};

/** What a plan starts from: the period's weakest elements and the citizens' comments of that period. */
export async function planProposal(db: Db, unitId: number, periodKey: string, now = new Date()): Promise<PlanProposal> {
  const period = parsePeriod(periodKey)!;
  const { start, end } = boundsOf(period);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { slug: true } });
  const [report, comments] = await Promise.all([
    scoresFor(db, period.key, now),
    db.surveyResponse.findMany({
      where: { unitId, ...COUNTED_RESPONSES, submittedAt: { gte: start, lt: end }, comment: { not: null } },
      select: { comment: true, submittedAt: true },
      orderBy: { submittedAt: "desc" },
      take: 200,
    }),
  ]);
  const unitScore = report.units.find((u) => u.slug === unit.slug) ?? null;
  return {
    period: period.key,
    unitScore,
    proposed: unitScore ? proposeElements(unitScore.elements) : [],
    comments: comments.filter((c) => c.comment && c.comment.trim() !== "").map((c) => ({ text: c.comment as string, submittedAt: c.submittedAt })),
  };
}

export type PlanResults = { nextPeriod: string; available: boolean; elements: ElementResult[] };

/**
 * Before and after of each planned element: the NRR in the plan's period and in the next period
 * (snapshots where published). Not available until the next period has respondents.
 */
export async function planResults(
  db: Db,
  plan: { period: string; unit: { slug: string }; actions: { element: string }[] },
  now = new Date(),
): Promise<PlanResults> {
  const period = parsePeriod(plan.period)!;
  const next = nextPeriod(period);
  const elements = ELEMENT_KEYS.filter((k) => plan.actions.some((a) => a.element === k));
  if (boundsOf(next).start > now) return { nextPeriod: next.key, available: false, elements: elements.map((k) => elementResult(k, null, null)) };
  const [before, after] = await Promise.all([scoresFor(db, period.key, now), scoresFor(db, next.key, now)]);
  const b = before.units.find((u) => u.slug === plan.unit.slug);
  const a = after.units.find((u) => u.slug === plan.unit.slug);
  const available = !!a && a.respondents > 0;
  return {
    nextPeriod: next.key,
    available,
    elements: elements.map((k) => elementResult(k, b?.elements[k] ?? null, available ? (a?.elements[k] ?? null) : null)),
  };
}

export type OverduePlanUnit = { unitId: number; slug: string; name: string; score: number | null; planStatus: PlanStatus | null; planId: number | null };

/**
 * Ranked red units of a period without an approved plan, once PLAN_DUE_DAYS have passed since the
 * period ended (none before).
 */
export async function redUnitsWithoutApprovedPlan(
  db: Db,
  periodKey: string,
  now = new Date(),
  // The dashboard passes its cached reads (lib/scores/cache.server.ts): the figures are computed once per data version.
  scoresOf: (key: string) => Promise<ScoresReport> = (key) => scoresFor(db, key, now),
): Promise<OverduePlanUnit[]> {
  const period = parsePeriod(periodKey);
  if (!period || !planOverdue(boundsOf(period).end, now)) return [];
  const report = await scoresOf(period.key);
  const red = report.units.filter((u) => u.ranked && u.zone === "red");
  if (red.length === 0) return [];
  const units = await db.unit.findMany({
    where: { slug: { in: red.map((u) => u.slug) } },
    select: { id: true, slug: true, plans: { where: { period: period.key }, select: { id: true, status: true } } },
  });
  const bySlug = new Map(units.map((u) => [u.slug, u]));
  return red
    .map((u) => {
      const unit = bySlug.get(u.slug);
      const plan = unit?.plans[0] ?? null;
      return { unitId: unit?.id ?? 0, slug: u.slug, name: u.name, score: u.score, planStatus: plan?.status ?? null, planId: plan?.id ?? null };
    })
    .filter((u) => u.unitId > 0 && u.planStatus !== "approved");
}

/** Slugs of the units that have an approved plan for a period (the leaderboard's mark). */
export async function unitsWithApprovedPlan(db: Db, periodKey: string): Promise<Set<string>> {
  const rows = await db.improvementPlan.findMany({ where: { period: periodKey, status: "approved" }, select: { unit: { select: { slug: true } } } });
  return new Set(rows.map((r) => r.unit.slug));
}

export type PublicPlan = {
  period: string;
  approvedAt: string | null;
  actions: {
    element: ElementKey;
    description: string;
    responsible: string;
    dueOn: string;
    status: string;
    droppedReason: string | null;
    evidence: string | null;
  }[];
  results: PlanResults;
};

/**
 * A unit's approved plans, newest period first, with their results: what the public sees (the
 * unit page, the open data API). Only approved plans, and only these fields.
 */
export async function publicPlans(db: Db, slug: string, now = new Date()): Promise<PublicPlan[] | null> {
  const unit = await db.unit.findFirst({ where: { slug, active: true }, select: { id: true, slug: true } });
  if (!unit) return null;
  const plans = await db.improvementPlan.findMany({
    where: { unitId: unit.id, status: "approved" },
    select: { period: true, approvedAt: true, actions: { orderBy: [{ element: "asc" }, { id: "asc" }] } },
  });
  const ordered = plans.sort(
    (a, b) => boundsOf(parsePeriod(b.period)!).end.getTime() - boundsOf(parsePeriod(a.period)!).end.getTime() || b.period.localeCompare(a.period),
  );
  return Promise.all(
    ordered.map(async (p) => ({
      period: p.period,
      approvedAt: p.approvedAt?.toISOString() ?? null,
      actions: p.actions.map((a) => ({ ...actionJson(a), element: a.element as ElementKey })),
      results: await planResults(db, { period: p.period, unit, actions: p.actions }, now),
    })),
  );
}
