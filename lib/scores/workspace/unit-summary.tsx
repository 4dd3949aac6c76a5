// The workspace dashboard for a unit head: their unit's figures for the period (score, IKM,
// change, sample, weakest element, complaint backlog) and links to the unit's poster, visit
// codes, kiosks and plans.
import Link from "@/components/admin/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { channelCounts } from "@/lib/survey/channels.server";
import { complaintBacklog } from "@/lib/complaints/backlog.server";
import { getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { formatters } from "@/lib/i18n/format";
import { parsePeriod, previousPeriod } from "@/lib/scores/period";

export async function UnitSummary({ user, periodKey }: { user: CurrentUser; periodKey: string }) {
  const { num: fmt, delta: fmtDelta } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("admin.dashboard");
  const zonesT = await getTranslations("zones");
  const schemeT = await getTranslations("zoneSchemes");
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
              {fmt(unit.score)} {unit.zone ? `(${unit.category ? `${schemeT("category")} ${unit.category}, ` : ""}${zonesT(unit.zone)})` : ""}
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
