// The workspace dashboard for those who read the city's figures: the period's city score and
// complaint backlog, the trend (chart and table), units per zone, and the lists that need
// attention (red units, plans overdue, samples too small, backlogs, the largest changes).
import Link from "@/components/admin/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ZoneChart } from "@/components/admin/zone-chart";
import { TableSection } from "@/components/admin/table-section";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { PlanFlagSection } from "@/lib/plans/workspace/plan-flag-section";
import { getCityChannels } from "@/lib/survey/channels.server";
import { getCityBacklog } from "@/lib/complaints/backlog.server";
import { getCityTrend, getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { formatters } from "@/lib/i18n/format";
import { parsePeriod, previousPeriod } from "@/lib/scores/period";
import { redLine } from "@/lib/scores/zones";

export async function CityDashboard({ periodKey }: { periodKey: string }) {
  const { num: fmt, delta: fmtDelta } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("admin.dashboard");
  const zonesT = await getTranslations("zones");
  const schemeT = await getTranslations("zoneSchemes");
  const locale = (await getLocale()) === "en" ? "en" : "id";
  const elements = await getTranslations("elements");
  const channelT = await getTranslations("kiosk.channels");
  const previousKey = previousPeriod(parsePeriod(periodKey)!).key;
  const [channels, trend, report, previous, backlog, units] = await Promise.all([
    getCityChannels(parsePeriod(periodKey)!),
    getCityTrend(),
    getScores(periodKey),
    getScores(previousKey),
    getCityBacklog(),
    db.unit.findMany({ select: { id: true, slug: true, name: true } }),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const red = report.units.filter((u) => u.ranked && u.zone === "red");
  const insufficient = report.units.filter((u) => !u.sufficient);
  const previousBySlug = new Map(previous.units.map((u) => [u.slug, u]));
  const changes = report.units
    .filter((u) => u.score != null && previousBySlug.get(u.slug)?.score != null)
    .map((u) => ({ unit: u, delta: u.score! - previousBySlug.get(u.slug)!.score! }))
    .sort((a, b) => a.delta - b.delta);
  const cityDelta = report.city.score != null && previous.city.score != null ? report.city.score - previous.city.score : null;
  const backlogRows = [...backlog.byUnit.entries()].sort((a, b) => b[1].overdue - a[1].overdue || b[1].open - a[1].open);
  return (
    <>
      <section aria-labelledby="city-heading">
        <h2 id="city-heading">{t("cityHeading", { period: periodKey })}</h2>
        <p data-testid="channels">{channelT("summary", { period: periodKey, ...channels })}</p>
        <dl className="figures">
          <div>
            <dt>{t("cityScore")}</dt>
            <dd>
              {fmt(report.city.score)}{" "}
              {report.city.zone ? `(${report.city.category ? `${schemeT("category")} ${report.city.category}, ` : ""}${zonesT(report.city.zone)})` : ""}
            </dd>
          </div>
          <div>
            <dt>{schemeT("scheme")}</dt>
            <dd data-testid="zone-scheme">
              {report.settings.zoneScheme.name[locale]} · {schemeT("redLineColumn")} {fmt(redLine(report.settings.zoneScheme))}
            </dd>
          </div>
          <div>
            <dt>{t("changeSince", { period: previousKey })}</dt>
            <dd>{fmtDelta(cityDelta)}</dd>
          </div>
          <div>
            <dt>{t("openComplaints")}</dt>
            <dd>{backlog.open}</dd>
          </div>
          <div>
            <dt>{t("overdueComplaints")}</dt>
            <dd>{backlog.overdue}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t("trendHeading")}</h2>
        <ScoreTrendChart
          labels={trend.map((p) => p.period)}
          scores={trend.map((p) => (p.score == null ? null : Math.round(p.score * 100) / 100))}
          redLines={trend.map((p) => p.redLine)}
          redMax={report.settings.zoneRedMax}
          yellowMax={report.settings.zoneYellowMax}
          seriesLabel={t("cityScore")}
          redLineLabel={t("redLine", { value: fmt(redLine(report.settings.zoneScheme)) })}
          description={t("chartDescription")}
        />
        <WorkspaceTable
          caption={t("trendTable")}
          rows={trend}
          rowKey={(p) => p.period}
          columns={[
            { header: t("period"), rowHeader: true, cell: (p) => p.period },
            { header: t("cityScore"), cell: (p) => fmt(p.score) },
            { header: t("zone"), cell: (p) => (p.zone ? zonesT(p.zone) : zonesT("none")) },
            { header: schemeT("redLineColumn"), cell: (p) => fmt(p.redLine) },
            { header: t("ikm"), cell: (p) => fmt(p.ikm) },
            { header: t("published"), cell: (p) => (p.published ? t("yes") : t("no")) },
          ]}
        />
      </section>

      <section aria-labelledby="zones-heading">
        <h2 id="zones-heading">{t("zonesHeading")}</h2>
        <ZoneChart
          labels={[zonesT("red"), zonesT("yellow"), zonesT("green")]}
          counts={[report.city.zones.red, report.city.zones.yellow, report.city.zones.green]}
          seriesLabel={t("unitCount")}
          description={t("zonesChartDescription")}
        />
        <ul className="zone-counts">
          {(["red", "yellow", "green"] as const).map((z) => (
            <li key={z} className={`zone-${z}`}>
              {zonesT(z)}: <strong>{report.city.zones[z]}</strong>
            </li>
          ))}
          <li>
            {t("insufficientCount")}: <strong>{insufficient.length}</strong>
          </li>
        </ul>
      </section>

      <TableSection
        id="red-heading"
        title={t("redHeading")}
        empty={t("none")}
        rows={red}
        rowKey={(u) => u.slug}
        columns={[
          { header: t("unit"), rowHeader: true, cell: (u) => u.name },
          { header: t("score"), cell: (u) => fmt(u.score) },
          { header: t("weakest"), cell: (u) => (u.weakestElement ? `${elements(`${u.weakestElement}.name`)} (${fmt(u.elements[u.weakestElement])})` : "–") },
        ]}
      />

      <PlanFlagSection periodKey={periodKey} />

      <TableSection
        id="sample-heading"
        title={t("sampleHeading")}
        empty={t("none")}
        rows={insufficient}
        rowKey={(u) => u.slug}
        columns={[
          { header: t("unit"), rowHeader: true, cell: (u) => u.name },
          { header: t("respondents"), cell: (u) => u.respondents },
          { header: t("minimum"), cell: (u) => u.minimumSample },
        ]}
      />

      <TableSection
        id="backlog-heading"
        title={t("backlogHeading")}
        empty={t("none")}
        rows={backlogRows}
        rowKey={([unitId]) => unitId}
        columns={[
          { header: t("unit"), rowHeader: true, cell: ([unitId]) => unitById.get(unitId)?.name ?? unitId },
          { header: t("openComplaints"), cell: ([, b]) => b.open },
          { header: t("overdueComplaints"), cell: ([, b]) => b.overdue },
        ]}
      >
        <p>
          <Link href="/admin/pengaduan?status=open">{t("backlogAll")}</Link> · <Link href="/admin/pengaduan?status=open&overdue=1">{t("backlogOverdue")}</Link>
        </p>
      </TableSection>

      <TableSection
        id="change-heading"
        title={t("changeHeading", { period: previousKey })}
        empty={t("none")}
        rows={[...changes.slice(0, 5), ...changes.slice(Math.max(5, changes.length - 5))]}
        rowKey={({ unit }) => unit.slug}
        columns={[
          { header: t("unit"), rowHeader: true, cell: ({ unit }) => unit.name },
          { header: t("score"), cell: ({ unit }) => fmt(unit.score) },
          { header: t("change"), cell: ({ delta }) => fmtDelta(delta) },
        ]}
      />
    </>
  );
}
