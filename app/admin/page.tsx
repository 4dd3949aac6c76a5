import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { channelCounts } from "@/lib/survey/channels.server";
import { requireSignedIn, type CurrentUser } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { ZoneChart } from "@/components/admin/zone-chart";
import { UnitTableSection } from "@/components/admin/unit-table-section";
import { HeldCountsSection } from "@/components/admin/held-counts";
import { ComplaintChannelsSection } from "@/components/admin/complaint-channels";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { complaintBacklog } from "@/lib/complaints/backlog.server";
import { redUnitsWithoutApprovedPlan } from "@/lib/plans/plans.server";
import { getCityTrend, getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { fmt, fmtDelta } from "@/lib/i18n/format";
import { currentQuarter, hasEnded, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

export default async function WorkspaceHome({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requireSignedIn("/admin");
  const t = await getTranslations("workspace");
  const requested = one((await searchParams).period);
  const period = (requested && parsePeriod(requested)) || currentQuarter(new Date());
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("welcome", { name: user.name })}</p>
      {can(user, "dashboard:read") ? <CityDashboard periodKey={period.key} /> : user.unitId ? <UnitSummary user={user} periodKey={period.key} /> : null}
      {can(user, "dashboard:read") ? <ComplaintChannelsSection periodKey={period.key} /> : user.unitId ? <ComplaintChannelsSection periodKey={period.key} unitId={user.unitId} /> : null}
      {(can(user, "dashboard:read") || user.unitId) && <HeldCountsSection user={user} />}
    </>
  );
}

async function CityDashboard({ periodKey }: { periodKey: string }) {
  const t = await getTranslations("admin.dashboard");
  const zonesT = await getTranslations("zones");
  const elements = await getTranslations("elements");
  const channelT = await getTranslations("kiosk.channels");
  const previousKey = previousPeriod(parsePeriod(periodKey)!).key;
  const [channels, trend, report, previous, backlog, units] = await Promise.all([
    channelCounts(db, parsePeriod(periodKey)!),
    getCityTrend(),
    getScores(periodKey),
    getScores(previousKey),
    complaintBacklog(db),
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
              {fmt(report.city.score)} {report.city.zone ? `(${zonesT(report.city.zone)})` : ""}
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
          redMax={report.settings.zoneRedMax}
          yellowMax={report.settings.zoneYellowMax}
          seriesLabel={t("cityScore")}
          redLineLabel={t("redLine", { value: report.settings.zoneRedMax })}
          description={t("chartDescription")}
        />
        <table>
          <caption>{t("trendTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("period")}</th>
              <th scope="col">{t("cityScore")}</th>
              <th scope="col">{t("zone")}</th>
              <th scope="col">{t("ikm")}</th>
              <th scope="col">{t("published")}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td>{fmt(p.score)}</td>
                <td>{p.zone ? zonesT(p.zone) : zonesT("none")}</td>
                <td>{fmt(p.ikm)}</td>
                <td>{p.published ? t("yes") : t("no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
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

      <UnitTableSection
        id="red-heading"
        title={t("redHeading")}
        empty={t("none")}
        columns={[t("unit"), t("score"), t("weakest")]}
        rows={red.map((u) => ({
          key: u.slug,
          name: u.name,
          cells: [fmt(u.score), u.weakestElement ? `${elements(`${u.weakestElement}.name`)} (${fmt(u.elements[u.weakestElement])})` : "–"],
        }))}
      />

      <PlanFlagSection periodKey={periodKey} />

      <UnitTableSection
        id="sample-heading"
        title={t("sampleHeading")}
        empty={t("none")}
        columns={[t("unit"), t("respondents"), t("minimum")]}
        rows={insufficient.map((u) => ({ key: u.slug, name: u.name, cells: [u.respondents, u.minimumSample] }))}
      />

      <UnitTableSection
        id="backlog-heading"
        title={t("backlogHeading")}
        empty={t("none")}
        columns={[t("unit"), t("openComplaints"), t("overdueComplaints")]}
        rows={backlogRows.map(([unitId, b]) => ({ key: unitId, name: unitById.get(unitId)?.name ?? unitId, cells: [b.open, b.overdue] }))}
      >
        <p>
          <Link href="/admin/pengaduan?status=open">{t("backlogAll")}</Link> · <Link href="/admin/pengaduan?status=open&overdue=1">{t("backlogOverdue")}</Link>
        </p>
      </UnitTableSection>

      <UnitTableSection
        id="change-heading"
        title={t("changeHeading", { period: previousKey })}
        empty={t("none")}
        columns={[t("unit"), t("score"), t("change")]}
        rows={[...changes.slice(0, 5), ...changes.slice(Math.max(5, changes.length - 5))].map(({ unit, delta }) => ({
          key: unit.slug,
          name: unit.name,
          cells: [fmt(unit.score), fmtDelta(delta)],
        }))}
      />
    </>
  );
}

/**
 * Red units without an approved improvement plan 30 days after their period ended: for the
 * period shown if it has ended, else for the one before it.
 */
async function PlanFlagSection({ periodKey }: { periodKey: string }) {
  const t = await getTranslations("plans");
  const shown = parsePeriod(periodKey)!;
  const period = hasEnded(shown, new Date()) ? shown : previousPeriod(shown);
  const units = await redUnitsWithoutApprovedPlan(db, period.key);
  return (
    <UnitTableSection
      id="plan-flag-heading"
      title={t("flagHeading", { period: period.key })}
      empty={t("flagNone")}
      columns={[t("unit"), t("score"), t("status")]}
      rows={units.map((u) => ({
        key: u.slug,
        name: u.name,
        cells: [fmt(u.score), u.planId ? <Link href={`/admin/rencana/${u.planId}`}>{t(`statuses.${u.planStatus!}`)}</Link> : t("noPlan")],
      }))}
    >
      <p>{t("flagIntro")}</p>
    </UnitTableSection>
  );
}

async function UnitSummary({ user, periodKey }: { user: CurrentUser; periodKey: string }) {
  const t = await getTranslations("admin.dashboard");
  const zonesT = await getTranslations("zones");
  const elements = await getTranslations("elements");
  const kiosk = await getTranslations("kiosk.admin");
  const channelT = await getTranslations("kiosk.channels");
  const previousKey = previousPeriod(parsePeriod(periodKey)!).key;
  const [report, previous, backlog, channels] = await Promise.all([
    getScores(periodKey),
    getScores(previousKey),
    complaintBacklog(db, { unitId: user.unitId! }),
    channelCounts(db, parsePeriod(periodKey)!, { unitId: user.unitId! }),
  ]);
  const unit = report.units.find((u) => u.slug === user.unitSlug);
  const before = previous.units.find((u) => u.slug === user.unitSlug);
  return (
    <section aria-labelledby="unit-heading">
      <h2 id="unit-heading">{t("unitHeading", { unit: user.unitName ?? "", period: periodKey })}</h2>
      <p data-testid="channels">{channelT("summary", { period: periodKey, ...channels })}</p>
      {unit ? (
        <dl className="figures">
          <div>
            <dt>{t("score")}</dt>
            <dd>
              {fmt(unit.score)} {unit.zone ? `(${zonesT(unit.zone)})` : ""}
            </dd>
          </div>
          <div>
            <dt>{t("ikm")}</dt>
            <dd>{fmt(unit.ikm?.converted)}</dd>
          </div>
          <div>
            <dt>{t("changeSince", { period: previousKey })}</dt>
            <dd>{fmtDelta(unit.score != null && before?.score != null ? unit.score - before.score : null)}</dd>
          </div>
          <div>
            <dt>{t("respondents")}</dt>
            <dd>
              {unit.respondents} / {unit.minimumSample} {unit.sufficient ? "" : `(${t("insufficient")})`}
            </dd>
          </div>
          <div>
            <dt>{t("weakest")}</dt>
            <dd>{unit.weakestElement ? `${elements(`${unit.weakestElement}.name`)} (${fmt(unit.elements[unit.weakestElement])})` : "–"}</dd>
          </div>
          <div>
            <dt>{t("openComplaints")}</dt>
            <dd>
              {backlog.open} ({t("overdueComplaints")}: {backlog.overdue})
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t("none")}</p>
      )}
      <ul>
        <li>
          <Link href={`/admin/unit/${user.unitId}/poster`}>{t("posterLink")}</Link>
        </li>
        <li>
          <Link href={`/admin/unit/${user.unitId}/kode`}>{t("codesLink")}</Link>
        </li>
        <li>
          <Link href={`/admin/unit/${user.unitId}/kiosk`}>{kiosk("navLink")}</Link>
        </li>
        <li>
          <Link href="/admin/rencana">{(await getTranslations("plans"))("title")}</Link>
        </li>
      </ul>
    </section>
  );
}
