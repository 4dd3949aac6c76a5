// The JSON shape of a plan in the workspace API.
import type { PlanDetail } from "./plans.server";

export function planJson(plan: PlanDetail) {
  return {
    id: plan.id,
    unit: { slug: plan.unit.slug, name: plan.unit.name },
    period: plan.period,
    status: plan.status,
    reviewComment: plan.reviewComment,
    submittedAt: plan.submittedAt?.toISOString() ?? null,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    actions: plan.actions.map((a) => ({
      id: a.id,
      element: a.element,
      description: a.description,
      responsible: a.responsible,
      dueOn: a.dueOn.toISOString().slice(0, 10),
      status: a.status,
      droppedReason: a.droppedReason,
      evidence: a.evidence,
    })),
  };
}
