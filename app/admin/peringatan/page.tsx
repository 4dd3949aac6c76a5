import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { FilterForm } from "@/components/admin/filters";
import { db } from "@/lib/db/db.server";
import { alertRule, listAlerts } from "@/lib/alerts/alerts.server";
import { AlertList, RuleSection } from "@/lib/alerts/workspace/alert-page";
import { recordId } from "@/lib/http/record-id";
import { ones } from "@/lib/http/search-params";
import { acknowledgeAction, saveRuleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("title") };
}

// A unit head sees their own unit's alerts only (the scope is in the query).
export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ state?: string; unit?: string }> }) {
  const user = await requirePermission("alert:read", { from: "/admin/peringatan" });
  const t = await getTranslations("alerts");
  const q = ones(await searchParams);
  const state = q.state === "open" || q.state === "acknowledged" ? q.state : undefined;
  const unitId = recordId(q.unit) ?? undefined;
  const [alerts, rule] = await Promise.all([listAlerts(db, unitScope(user), { state, unitId }), can(user, "period:manage") ? alertRule(db) : null]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm submit={t("show")}>
        <label>
          {t("state")}
          <select name="state" defaultValue={state ?? ""}>
            <option value="">{t("states.all")}</option>
            <option value="open">{t("states.open")}</option>
            <option value="acknowledged">{t("states.acknowledged")}</option>
          </select>
        </label>
      </FilterForm>
      <AlertList alerts={alerts} acknowledge={acknowledgeAction} canAcknowledge={(id) => can(user, "alert:acknowledge", id)} />
      {rule && <RuleSection rule={rule} action={saveRuleAction} />}
    </>
  );
}
