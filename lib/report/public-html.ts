// The issued SKM reports on the public pages, as plain HTML (lib/html/template.ts): the list of
// every issued report (/laporan, the city's first in each period) and a unit page's section. Each
// links the latest version; older versions are linked from the report itself.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import type { Shell } from "@/lib/html/layout";
import type { PublishedReport } from "./published.server";

const href = (r: PublishedReport) => `/laporan/${r.period}/${r.segment}`;
const versionText = (r: PublishedReport, t: Translate, f: Formatters) => t("plans.report.versionLabel", { version: r.version, date: f.date(r.issuedAt) });

/** A unit page's section: its issued reports, the latest period first; nothing when none is issued. */
export function unitReportsSection(reports: readonly PublishedReport[], t: Translate, f: Formatters): SafeHtml | "" {
  if (reports.length === 0) return "";
  return html`<section aria-labelledby="reports-heading" id="laporan"><h2 id="reports-heading">${t("plans.report.publicHeading")}</h2>
<ul>${reports.map((r) => html`<li><a href="${href(r)}">${t("plans.report.publicLink", { period: r.period })}</a> (${versionText(r, t, f)})</li>`)}</ul></section>`;
}

/** /laporan: every issued report by period, the city's first. */
export function reportListPage(reports: readonly PublishedReport[], t: Translate, f: Formatters): Pick<Shell, "title" | "description" | "body"> {
  const periods = [...new Set(reports.map((r) => r.period))];
  const body = html`<h1>${t("plans.report.publicListTitle")}</h1>
<p>${t("plans.report.publicListIntro")}</p>
${
  periods.length === 0
    ? html`<p>${t("plans.report.publicListEmpty")}</p>`
    : periods.map(
        (period) => html`<section aria-labelledby="reports-${period}"><h2 id="reports-${period}">${t("plans.report.publicListPeriod", { period })}</h2>
<ul class="report-list" data-period="${period}">${reports
          .filter((r) => r.period === period)
          .map(
            (r) =>
              html`<li data-segment="${r.segment}"><a href="${href(r)}">${r.unitName ?? t("plans.cityReport.name")}</a> <span class="muted">(${versionText(r, t, f)})</span></li>`,
          )}</ul></section>`,
      )
}`;
  return { title: t("plans.report.publicListTitle"), description: t("plans.report.publicListDescription"), body };
}
