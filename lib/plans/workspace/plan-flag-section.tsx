// The dashboard's flag: red units without an approved improvement plan 30 days after their period
// ended, for the period shown if it has ended, else for the one before it.
import Link from "@/components/admin/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TableSection } from "@/components/admin/table-section";
import { redUnitsWithoutApprovedPlan } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { getScores } from "@/lib/scores/cache.server";
import { formatters } from "@/lib/i18n/format";
import { hasEnded, parsePeriod, previousPeriod } from "@/lib/scores/period";

export async function PlanFlagSection({ periodKey }: { periodKey: string }) {
  const { num: fmt } = formatters(await getLocale()); // the reader's own decimal comma or point
  const t = await getTranslations("plans");
  const shown = parsePeriod(periodKey)!;
  const period = hasEnded(shown, new Date()) ? shown : previousPeriod(shown);
  const units = await redUnitsWithoutApprovedPlan(db, period.key, new Date(), (key) => getScores(key));
  return (
    <TableSection
      id="plan-flag-heading"
      title={t("flagHeading", { period: period.key })}
      empty={t("flagNone")}
      rows={units}
      rowKey={(u) => u.slug}
      columns={[
        { header: t("unit"), rowHeader: true, cell: (u) => u.name },
        { header: t("score"), cell: (u) => fmt(u.score) },
        { header: t("status"), cell: (u) => (u.planId ? <Link href={`/admin/rencana/${u.planId}`}>{t(`statuses.${u.planStatus!}`)}</Link> : t("noPlan")) },
      ]}
    >
      <p>{t("flagIntro")}</p>
    </TableSection>
  );
}
