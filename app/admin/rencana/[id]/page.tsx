import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { getPlan, planProposal, planResults, planUnitId } from "@/lib/plans/plans.server";
import { PlanActionsSection, PlanFacts, ProposalSection, ResultsSection, ReviewSection, SubmitSection } from "@/lib/plans/workspace/plan-page";
import { db } from "@/lib/db/db.server";
import { planAllows } from "@/lib/plans/rules";
import { addActionAction, progressAction, removeActionAction, reviewPlanAction, submitPlanAction, updateActionAction } from "@/app/admin/rencana/actions";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const user = await requirePermission("plan:read", { from: `/admin/rencana/${encodeURIComponent(raw)}` });
  const id = recordId(raw) ?? 0; // 0 is no record
  const unitId = await planUnitId(db, id);
  if (unitId === null) notFound();
  // Another unit's plan is refused before anything of it is read.
  if (!can(user, "plan:read", unitId)) forbidden();
  const plan = await getPlan(db, id, unitScope(user));
  if (!plan) notFound();
  const t = await getTranslations("plans");
  const [proposal, results] = await Promise.all([planProposal(db, plan.unitId, plan.period), planResults(db, plan)]);
  const writes = can(user, "plan:write", plan.unitId);
  const editable = writes && planAllows(plan.status, "edit");
  const progress = writes && planAllows(plan.status, "progress");
  const reviews = can(user, "plan:review") && planAllows(plan.status, "approve");
  const actions = { add: addActionAction, update: updateActionAction, remove: removeActionAction, progress: progressAction };
  return (
    <div className="narrow">
      <h1>{t("planTitle", { unit: plan.unit.name, period: plan.period })}</h1>
      <p>
        <Link href="/admin/rencana">{t("back")}</Link>
      </p>
      <PlanFacts plan={plan} />
      <ProposalSection proposal={proposal} />
      <PlanActionsSection plan={plan} proposal={proposal} editable={editable} progress={progress} actions={actions} />
      {editable && <SubmitSection plan={plan} action={submitPlanAction} />}
      {reviews && <ReviewSection plan={plan} action={reviewPlanAction} />}
      <ResultsSection plan={plan} results={results} />
    </div>
  );
}
