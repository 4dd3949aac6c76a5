// The public view of a unit's improvement plans as plain HTML (lib/html/template.ts): the approved plan of
// its latest period and the previous plan with its results. Used inside the unit page, and ready
// for the plain-HTML public pages and the SKM report.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import type { PublicPlan } from "@/lib/plans/plans.server";

export function planActionsTable(plan: PublicPlan, t: Translate, elementName: (key: string) => string): SafeHtml {
  return html`<table class="plan-actions stack">
    <thead><tr><th scope="col">${t("plans.element")}</th><th scope="col">${t("plans.description")}</th><th scope="col">${t("plans.responsible")}</th><th scope="col">${t("plans.dueOn")}</th><th scope="col">${t("plans.actionStatus")}</th></tr></thead>
    <tbody>${plan.actions.map(
      (a) =>
        html`<tr><th scope="row">${elementName(a.element)}</th><td data-label="${t("plans.description")}">${a.description}${a.evidence ? html`<br><span class="muted">${t("plans.evidence")}: ${a.evidence}</span>` : ""}</td><td data-label="${t("plans.responsible")}">${a.responsible}</td><td data-label="${t("plans.dueOn")}">${a.dueOn}</td><td data-label="${t("plans.actionStatus")}">${t(`plans.actionStatuses.${a.status}`)}${a.droppedReason ? html`<br><span class="muted">${a.droppedReason}</span>` : ""}</td></tr>`,
    )}</tbody>
  </table>`;
}

export function planResultsTable(plan: PublicPlan, t: Translate, f: Formatters, elementName: (key: string) => string): SafeHtml {
  const r = plan.results;
  if (!r.available) return html`<p>${t("plans.resultsPending", { next: r.nextPeriod })}</p>`;
  return html`<p>${t("plans.resultsIntro", { next: r.nextPeriod })} <a href="/metode">/metode</a></p>
  <table class="plan-results stack pairs">
    <thead><tr><th scope="col">${t("plans.element")}</th><th scope="col">${t("plans.before")} (${plan.period})</th><th scope="col">${t("plans.after")} (${r.nextPeriod})</th><th scope="col">${t("plans.change")}</th><th scope="col">${t("plans.moved")}</th></tr></thead>
    <tbody>${r.elements.map(
      (e) =>
        html`<tr data-element="${e.element}"><th scope="row">${elementName(e.element)}</th><td data-label="${t("plans.before")} (${plan.period})">${f.num(e.before)}</td><td data-label="${t("plans.after")} (${r.nextPeriod})">${f.num(e.after)}</td><td data-label="${t("plans.change")}">${f.delta(e.change)}</td><td data-label="${t("plans.moved")}">${e.moved == null ? t("plans.movedUnknown") : e.moved ? t("plans.movedYes") : t("plans.movedNo")}</td></tr>`,
    )}</tbody>
  </table>`;
}

/** The unit page's section: latest approved plan, then the previous one with its results. */
export function unitPlansSection(plans: PublicPlan[], t: Translate, f: Formatters, elementName: (key: string) => string): SafeHtml {
  const [latest, previous] = plans;
  return html`<section aria-labelledby="plans-heading" id="rencana">
  <h2 id="plans-heading">${t("plans.public.heading")}</h2>
  ${
    latest
      ? html`<h3>${t("plans.public.latest", { period: latest.period })}</h3>
  <p class="muted">${t("plans.public.approvedOn", { date: f.date(latest.approvedAt) })}</p>
  ${planActionsTable(latest, t, elementName)}`
      : html`<p>${t("plans.public.none")}</p>`
  }
  ${
    previous
      ? html`<h3>${t("plans.public.previous", { period: previous.period })}</h3>
  ${planActionsTable(previous, t, elementName)}
  ${planResultsTable(previous, t, f, elementName)}`
      : ""
  }
  ${latest && latest.results.available ? html`<h3>${t("plans.resultsHeading")} (${latest.period})</h3>${planResultsTable(latest, t, f, elementName)}` : ""}
</section>`;
}
