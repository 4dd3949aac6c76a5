// An improvement plan's page in the workspace (/admin/rencana/<id>), section by section: its
// status, the proposal (the weakest elements and the period's comments), the actions with their
// edit and progress forms, submitting, the secretariat's review, and the results a period later.
// The page passes the server actions in (they live beside the route).
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FormAction, type FormField, type PlainFormAction } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import type { PlanDetail, PlanProposal, PlanResults } from "@/lib/plans/plans.server";
import { ACTION_STATUSES } from "@/lib/plans/schema";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { fmtDate, formatters } from "@/lib/i18n/format";

/** The forms of a plan's actions: add, edit, remove, record progress. */
export type PlanActionForms = { add: FormAction; update: FormAction; remove: PlainFormAction; progress: FormAction };

/** "U3 Waktu pelayanan": an element's key and name. */
async function elementNamer() {
  const el = await getTranslations("elements");
  return (k: string) => `${k.toUpperCase()} ${el(`${k as "u1"}.name`)}`;
}

const hidden = (name: string, value: string | number): FormField => ({ name, label: name, type: "hidden", defaultValue: String(value) });

export async function PlanFacts({ plan }: { plan: PlanDetail }) {
  const t = await getTranslations("plans");
  return (
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
  );
}

export async function ProposalSection({ proposal }: { proposal: PlanProposal }) {
  const { num: fmt } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("plans");
  const elementName = await elementNamer();
  return (
    <section aria-labelledby="proposed-heading">
      <h2 id="proposed-heading">{t("proposedHeading")}</h2>
      <p>{t("proposedIntro")}</p>
      <WorkspaceTable
        id="proposed"
        empty={t("noFigures")}
        rows={proposal.proposed}
        rowKey={(p) => p.element}
        rowProps={(p) => ({ "data-element": p.element })}
        columns={[
          { header: t("element"), rowHeader: true, cell: (p) => elementName(p.element) },
          { header: t("nrr"), cell: (p) => fmt(p.nrr) },
        ]}
      />
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
  );
}

export async function PlanActionsSection({
  plan,
  proposal,
  editable,
  progress,
  actions,
}: {
  plan: PlanDetail;
  proposal: PlanProposal;
  editable: boolean;
  progress: boolean;
  actions: PlanActionForms;
}) {
  const { num: fmt } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("plans");
  const elementName = await elementNamer();
  // Proposed (weakest) elements first, then the rest in order.
  const order = [...proposal.proposed.map((p) => p.element), ...ELEMENT_KEYS.filter((k) => !proposal.proposed.some((p) => p.element === k))];
  const elementOptions = order.map((k) => ({
    value: k,
    label: `${elementName(k)}${proposal.unitScore?.elements[k] != null ? ` (NRR ${fmt(proposal.unitScore.elements[k])})` : ""}`,
  }));
  const actionFields = (a?: PlanDetail["actions"][number]): FormField[] => [
    { name: "element", label: t("element"), type: "select", defaultValue: a?.element ?? order[0], options: elementOptions },
    { name: "description", label: t("description"), type: "textarea", defaultValue: a?.description, required: true },
    { name: "responsible", label: t("responsible"), defaultValue: a?.responsible, required: true },
    { name: "dueOn", label: t("dueOn"), type: "date", defaultValue: a ? a.dueOn.toISOString().slice(0, 10) : undefined, required: true },
  ];
  return (
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
              <ActionForm
                id={`edit-${a.id}`}
                action={actions.update}
                fields={[hidden("planId", plan.id), hidden("actionId", a.id), ...actionFields(a)]}
                submit={t("saveAction")}
              />
              <form action={actions.remove}>
                <input type="hidden" name="planId" value={plan.id} />
                <input type="hidden" name="actionId" value={a.id} />
                <button type="submit">{t("removeAction")}</button>
              </form>
            </>
          )}
          {progress && (
            <ActionForm
              id={`progress-${a.id}`}
              action={actions.progress}
              fields={[
                hidden("planId", plan.id),
                hidden("actionId", a.id),
                {
                  name: "status",
                  label: t("actionStatus"),
                  type: "select",
                  defaultValue: a.status,
                  options: ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatuses.${s}`) })),
                },
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
          <ActionForm id="add-action" action={actions.add} fields={[hidden("planId", plan.id), ...actionFields()]} submit={t("addAction")} />
        </>
      )}
    </section>
  );
}

export async function SubmitSection({ plan, action }: { plan: PlanDetail; action: FormAction }) {
  const t = await getTranslations("plans");
  return (
    <section aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t("submit")}</h2>
      {plan.actions.length === 0 ? (
        <p>{t("submitNeedsActions")}</p>
      ) : (
        <ActionForm id="plan-submit" action={action} fields={[hidden("planId", plan.id)]} submit={t("submit")} />
      )}
    </section>
  );
}

export async function ReviewSection({ plan, action }: { plan: PlanDetail; action: FormAction }) {
  const t = await getTranslations("plans");
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t("reviewHeading")}</h2>
      <ActionForm
        id="plan-review"
        action={action}
        fields={[
          hidden("planId", plan.id),
          {
            name: "decision",
            label: t("decision"),
            type: "select",
            options: (["approve", "return"] as const).map((d) => ({ value: d, label: t(`decisions.${d}`) })),
          },
          { name: "comment", label: t("comment"), type: "textarea" },
        ]}
        submit={t("saveReview")}
      />
    </section>
  );
}

export async function ResultsSection({ plan, results }: { plan: PlanDetail; results: PlanResults }) {
  const { num: fmt, delta: fmtDelta } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("plans");
  const elementName = await elementNamer();
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t("resultsHeading")}</h2>
      {!results.available ? (
        <p>{t("resultsPending", { next: results.nextPeriod })}</p>
      ) : (
        <>
          <p>{t("resultsIntro", { next: results.nextPeriod })}</p>
          <WorkspaceTable
            id="plan-results"
            rows={results.elements}
            rowKey={(r) => r.element}
            rowProps={(r) => ({ "data-element": r.element })}
            columns={[
              { header: t("element"), rowHeader: true, cell: (r) => elementName(r.element) },
              {
                header: (
                  <>
                    {t("before")} ({plan.period})
                  </>
                ),
                cell: (r) => fmt(r.before),
              },
              {
                header: (
                  <>
                    {t("after")} ({results.nextPeriod})
                  </>
                ),
                cell: (r) => fmt(r.after),
              },
              { header: t("change"), cell: (r) => fmtDelta(r.change) },
              { header: t("moved"), cell: (r) => (r.moved == null ? t("movedUnknown") : r.moved ? t("movedYes") : t("movedNo")) },
            ]}
          />
        </>
      )}
    </section>
  );
}
