// The JSON shape of a plan in the workspace API, and of its actions (which the public plans of
// lib/plans/plans.server.ts print the same way, without their ids).
import type { PlanDetail } from "./plans.server";

/** An action of a plan: the element it improves, what, who, by when, how far it got. */
export function actionJson(a: {
  element: string;
  description: string;
  responsible: string;
  dueOn: Date;
  status: string;
  droppedReason: string | null;
  evidence: string | null;
}) {
  return {
    element: a.element,
    description: a.description,
    responsible: a.responsible,
    dueOn: a.dueOn.toISOString().slice(0, 10),
    status: a.status,
    droppedReason: a.droppedReason,
    evidence: a.evidence,
  };
}

export function planJson(plan: PlanDetail) {
  return {
    id: plan.id,
    unit: { slug: plan.unit.slug, name: plan.unit.name },
    period: plan.period,
    status: plan.status,
    reviewComment: plan.reviewComment,
    submittedAt: plan.submittedAt?.toISOString() ?? null,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    actions: plan.actions.map((a) => ({ id: a.id, ...actionJson(a) })),
  };
}
