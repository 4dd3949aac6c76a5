import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { FilterForm, InputFilter } from "@/components/admin/filters";
import { settingsFor } from "@/lib/scores/read-model.server";
import { ChecklistSection, PublishSection, SchemeSection, SettingsSection } from "@/lib/scores/workspace/period-sections";
import { db } from "@/lib/db/db.server";
import { currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { publishAction, saveChecklistAction, saveSchemeAction, saveSettingsAction } from "./actions";
import { listSchemes } from "@/lib/scores/zones.server";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.periods"))("title") };
}

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requirePermission("period:manage", { from: "/admin/periode" });
  const t = await getTranslations("admin.periods");
  const requested = one((await searchParams).period);
  const period = (requested && parsePeriod(requested)) || currentQuarter(new Date());
  const [settings, units, checklists, published, schemes] = await Promise.all([
    settingsFor(db, period.key),
    db.unit.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.standardsChecklist.findMany({ where: { period: period.key } }),
    db.publishedSnapshot.findMany({ orderBy: { period: "desc" }, select: { period: true, publishedAt: true } }),
    listSchemes(db),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <FilterForm submit={t("show")}>
        <InputFilter label={t("period")} name="period" defaultValue={period.key} />
      </FilterForm>

      <PublishSection action={publishAction} suggestion={previousPeriod(currentQuarter(new Date())).key} published={published} />
      <SettingsSection
        action={saveSettingsAction}
        periodKey={period.key}
        settings={settings}
        frozen={published.some((p) => p.period === period.key)}
        schemes={schemes}
      />
      <SchemeSection action={saveSchemeAction} schemes={schemes} />
      <ChecklistSection action={saveChecklistAction} periodKey={period.key} units={units} checklists={new Map(checklists.map((c) => [c.unitId, c]))} />
    </>
  );
}
