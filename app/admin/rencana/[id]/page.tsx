import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { fmt, fmtDate, fmtDelta } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { getPlan, planProposal, planResults, planUnitId } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { planAllows } from "@/lib/plans/rules";
import { ACTION_STATUSES } from "@/lib/plans/schema";
import { addActionAction, progressAction, removeActionAction, reviewPlanAction, submitPlanAction, updateActionAction } from "../actions";
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
  const el = await getTranslations("elements");
  const [proposal, results] = await Promise.all([planProposal(db, plan.unitId, plan.period), planResults(db, plan)]);
  const writes = can(user, "plan:write", plan.unitId);
  const editable = writes && planAllows(plan.status, "edit");
  const progress = writes && planAllows(plan.status, "progress");
  const reviews = can(user, "plan:review") && planAllows(plan.status, "approve");
  const elementName = (k: string) => `${k.toUpperCase()} ${el(`${k as "u1"}.name`)}`;
  // Proposed (weakest) elements first, then the rest in order.
  const order = [...proposal.proposed.map((p) => p.element), ...ELEMENT_KEYS.filter((k) => !proposal.proposed.some((p) => p.element === k))];
  const elementOptions = order.map((k) => ({ value: k, label: `${elementName(k)}${proposal.unitScore?.elements[k] != null ? ` (NRR ${fmt(proposal.unitScore.elements[k])})` : ""}` }));
  const hidden = (name: string, value: string | number): FormField => ({ name, label: name, type: "hidden", defaultValue: String(value) });
  const actionFields = (a?: (typeof plan.actions)[number]): FormField[] => [
    { name: "element", label: t("element"), type: "select", defaultValue: a?.element ?? order[0], options: elementOptions },
    { name: "description", label: t("description"), type: "textarea", defaultValue: a?.description, required: true },
    { name: "responsible", label: t("responsible"), defaultValue: a?.responsible, required: true },
    { name: "dueOn", label: t("dueOn"), type: "date", defaultValue: a ? a.dueOn.toISOString().slice(0, 10) : undefined, required: true },
  ];

  return (
    <div className="narrow">
      <h1>{t("planTitle", { unit: plan.unit.name, period: plan.period })}</h1>
      <p>
        <Link href="/admin/rencana">{t("back")}</Link>
      </p>
      <dl className="facts">
        <dt>{t("status")}</dt>
        <dd id="plan-status">{t(`statuses.${plan.status}`)}</dd>
        {plan.reviewComment && (
          <>
            <dt>{t("reviewComment")}</dt>
            <dd id="plan-review-comment">{plan.reviewComment}</dd>
          </>
        )}
        {plan.approvedAt && (
          <>
            <dt>{t("statuses.approved")}</dt>
            <dd>{t("approvedOn", { date: fmtDate(plan.approvedAt) })}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="proposed-heading">
        <h2 id="proposed-heading">{t("proposedHeading")}</h2>
        <p>{t("proposedIntro")}</p>
        {proposal.proposed.length === 0 ? (
          <p>{t("noFigures")}</p>
        ) : (
          <table id="proposed">
            <thead>
              <tr>
                <th scope="col">{t("element")}</th>
                <th scope="col">{t("nrr")}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.proposed.map((p) => (
                <tr key={p.element} data-element={p.element}>
                  <th scope="row">{elementName(p.element)}</th>
                  <td>{fmt(p.nrr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t("commentsHeading", { count: proposal.comments.length })}</h3>
        {proposal.comments.length === 0 ? (
          <p>{t("noComments")}</p>
        ) : (
          <ul className="comments" id="period-comments">
            {proposal.comments.map((c, i) => (
              <li key={i}>
                <q>{c.text}</q> <span className="muted">({fmtDate(c.submittedAt)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("actionsHeading")}</h2>
        {plan.actions.length === 0 && <p>{t("noActions")}</p>}
        {plan.actions.map((a) => (
          <article key={a.id} className="plan-action" data-action={a.id} aria-label={`${elementName(a.element)}: ${a.description}`}>
            <h3>{elementName(a.element)}</h3>
            <dl className="facts">
              <dt>{t("description")}</dt>
              <dd>{a.description}</dd>
              <dt>{t("responsible")}</dt>
              <dd>{a.responsible}</dd>
              <dt>{t("dueOn")}</dt>
              <dd>{a.dueOn.toISOString().slice(0, 10)}</dd>
              <dt>{t("actionStatus")}</dt>
              <dd className="action-status">{t(`actionStatuses.${a.status}`)}</dd>
              {a.droppedReason && (
                <>
                  <dt>{t("droppedReason")}</dt>
                  <dd>{a.droppedReason}</dd>
                </>
              )}
              {a.evidence && (
                <>
                  <dt>{t("evidence")}</dt>
                  <dd>{a.evidence}</dd>
                </>
              )}
            </dl>
            {editable && (
              <>
                <ActionForm id={`edit-${a.id}`} action={updateActionAction} fields={[hidden("planId", plan.id), hidden("actionId", a.id), ...actionFields(a)]} submit={t("saveAction")} />
                <form action={removeActionAction}>
                  <input type="hidden" name="planId" value={plan.id} />
                  <input type="hidden" name="actionId" value={a.id} />
                  <button type="submit">{t("removeAction")}</button>
                </form>
              </>
            )}
            {progress && (
              <ActionForm
                id={`progress-${a.id}`}
                action={progressAction}
                fields={[
                  hidden("planId", plan.id),
                  hidden("actionId", a.id),
                  { name: "status", label: t("actionStatus"), type: "select", defaultValue: a.status, options: ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatuses.${s}`) })) },
                  { name: "droppedReason", label: t("droppedReason"), type: "textarea", defaultValue: a.droppedReason ?? "" },
                  { name: "evidence", label: t("evidence"), type: "textarea", defaultValue: a.evidence ?? "" },
                ]}
                submit={t("saveProgress")}
              />
            )}
          </article>
        ))}
        {editable && (
          <>
            <h3 id="add-heading">{t("addAction")}</h3>
            <ActionForm id="add-action" action={addActionAction} fields={[hidden("planId", plan.id), ...actionFields()]} submit={t("addAction")} />
          </>
        )}
      </section>

      {editable && (
        <section aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t("submit")}</h2>
          {plan.actions.length === 0 ? <p>{t("submitNeedsActions")}</p> : <ActionForm id="plan-submit" action={submitPlanAction} fields={[hidden("planId", plan.id)]} submit={t("submit")} />}
        </section>
      )}

      {reviews && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">{t("reviewHeading")}</h2>
          <ActionForm
            id="plan-review"
            action={reviewPlanAction}
            fields={[
              hidden("planId", plan.id),
              { name: "decision", label: t("decision"), type: "select", options: (["approve", "return"] as const).map((d) => ({ value: d, label: t(`decisions.${d}`) })) },
              { name: "comment", label: t("comment"), type: "textarea" },
            ]}
            submit={t("saveReview")}
          />
        </section>
      )}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t("resultsHeading")}</h2>
        {!results.available ? (
          <p>{t("resultsPending", { next: results.nextPeriod })}</p>
        ) : (
          <>
            <p>{t("resultsIntro", { next: results.nextPeriod })}</p>
            <table id="plan-results">
              <thead>
                <tr>
                  <th scope="col">{t("element")}</th>
                  <th scope="col">{t("before")} ({plan.period})</th>
                  <th scope="col">{t("after")} ({results.nextPeriod})</th>
                  <th scope="col">{t("change")}</th>
                  <th scope="col">{t("moved")}</th>
                </tr>
              </thead>
              <tbody>
                {results.elements.map((r) => (
                  <tr key={r.element} data-element={r.element}>
                    <th scope="row">{elementName(r.element)}</th>
                    <td>{fmt(r.before)}</td>
                    <td>{fmt(r.after)}</td>
                    <td>{fmtDelta(r.change)}</td>
                    <td>{r.moved == null ? t("movedUnknown") : r.moved ? t("movedYes") : t("movedNo")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
