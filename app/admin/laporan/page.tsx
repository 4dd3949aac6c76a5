import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { FilterForm, InputFilter } from "@/components/admin/filters";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { can, unitScope } from "@/lib/auth/permissions";
import { getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { CITY_SEGMENT } from "@/lib/report/city";
import { currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { one } from "@/lib/http/search-params";
import { ActionForm } from "@/components/admin/action-form";
import { getCitySignatory } from "@/lib/report/signatory.server";
import { saveSignatoryAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.report"))("title") };
}

// A period's SKM reports: every unit of the user's scope with its plan status and its report
// (issued version or not), links to the report, its PDF and, for the secretariat, issuing; and
// every report of the period as one ZIP of PDFs. Above them, for those who read the city's
// figures, the city's own report (`/admin/laporan/<period>/kota`).
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePermission("plan:read", { from: "/admin/laporan" });
  const t = await getTranslations("plans");
  const requested = one((await searchParams).period);
  const period = (requested && parsePeriod(requested)) || previousPeriod(currentQuarter(new Date()));
  const scope = unitScope(user);
  const readsCity = can(user, "dashboard:read");
  const [units, scores, cityReport] = await Promise.all([
    db.unit.findMany({
      where: { active: true, ...(scope.unitId ? { id: scope.unitId } : {}) },
      select: {
        id: true,
        slug: true,
        name: true,
        plans: { where: { period: period.key }, select: { id: true, status: true } },
        reports: { where: { period: period.key }, select: { version: true }, orderBy: { version: "desc" }, take: 1 },
      },
      orderBy: { name: "asc" },
    }),
    getScores(period.key),
    readsCity ? db.citySkmReport.findFirst({ where: { period: period.key }, select: { version: true }, orderBy: { version: "desc" } }) : null,
  ]);
  const city = `/admin/laporan/${period.key}/${CITY_SEGMENT}`;
  const respondents = new Map(scores.units.map((u) => [u.slug, u.respondents]));
  const reviews = can(user, "plan:review");
  const signatory = reviews ? await getCitySignatory(db) : null;
  return (
    <>
      <h1>{t("report.pageTitle", { period: period.key })}</h1>
      <p>{t("report.pageIntro")}</p>
      <FilterForm submit={t("open")}>
        <InputFilter label={t("period")} name="period" defaultValue={period.key} />
      </FilterForm>
      {reviews && (
        <p>
          <a href={`/admin/laporan/${period.key}/zip`}>{t("report.zip")}</a>
        </p>
      )}
      {readsCity && (
        <section aria-labelledby="city-report-title" id="city-report">
          <h2 id="city-report-title">{t("cityReport.listTitle")}</h2>
          <p>{t("cityReport.listIntro")}</p>
          <p>
            {cityReport ? t("report.issuedShort", { version: cityReport.version }) : t("report.notIssued")} · <a href={city}>{t("report.open")}</a> ·{" "}
            <a href={`${city}/pdf`}>{t("report.pdf")}</a>
            {reviews && (
              <>
                {" · "}
                <a href={`${city}/terbitkan`}>{t("report.issueLink")}</a>
              </>
            )}
          </p>
          {reviews && (
            <details id="city-signatory">
              <summary>{t("report.signatoryHeading")}</summary>
              <p>{t("report.signatoryIntro")}</p>
              <ActionForm
                id="signatory"
                action={saveSignatoryAction}
                fields={[
                  { name: "title", label: t("report.signatoryTitle"), defaultValue: signatory?.title ?? t("cityReport.signatory"), required: true },
                  { name: "name", label: t("report.signatoryName"), defaultValue: signatory?.name ?? "", required: true },
                  { name: "nip", label: t("report.signatoryNip"), defaultValue: signatory?.nip ?? "", hint: t("report.signatoryNipHint") },
                ]}
                submit={t("report.signatorySave")}
              />
            </details>
          )}
        </section>
      )}
      <WorkspaceTable
        scroll
        rows={units}
        rowKey={(u) => u.id}
        rowProps={(u) => ({ "data-unit": u.slug })}
        columns={[
          { header: t("unit"), rowHeader: true, cell: (u) => u.name },
          { header: t("report.respondents"), cell: (u) => respondents.get(u.slug) ?? 0 },
          {
            header: t("report.planStatus"),
            cell: (u) => (u.plans[0] ? <a href={`/admin/rencana/${u.plans[0].id}`}>{t(`statuses.${u.plans[0].status}`)}</a> : t("noPlan")),
          },
          {
            header: t("report.reportStatus"),
            cell: (u) => {
              const base = `/admin/laporan/${period.key}/${u.slug}`;
              return (
                <>
                  {u.reports[0] ? t("report.issuedShort", { version: u.reports[0].version }) : t("report.notIssued")} · <a href={base}>{t("report.open")}</a> ·{" "}
                  <a href={`${base}/pdf`}>{t("report.pdf")}</a>
                  {reviews && u.plans[0]?.status === "approved" && (
                    <>
                      {" · "}
                      <a href={`${base}/terbitkan`}>{t("report.issueLink")}</a>
                    </>
                  )}
                </>
              );
            },
          },
        ]}
      />
    </>
  );
}
