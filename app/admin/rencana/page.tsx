import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { listPlans } from "@/lib/plans/plans.server";
import { PlanTable } from "@/lib/plans/workspace/plan-list";
import { db } from "@/lib/db/db.server";
import { currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { startPlanAction } from "./actions";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

// The plans of the user's scope (a unit head: their own unit's, with the scope in the query) and
// the form to start one; `?period=` narrows the list to one period.
export default async function PlansPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePermission("plan:read", { from: "/admin/rencana" });
  const t = await getTranslations("plans");
  const requested = one((await searchParams).period);
  const period = requested ? parsePeriod(requested) : null;
  const plans = await listPlans(db, unitScope(user), { period: period?.key });
  const writes = can(user, "plan:write");
  const units =
    writes && user.role !== "unit_head" ? await db.unit.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : [];
  const startFields: FormField[] = [
    user.role === "unit_head"
      ? { name: "unitId", label: t("unit"), type: "hidden", defaultValue: String(user.unitId ?? "") }
      : { name: "unitId", label: t("unit"), type: "select", options: units.map((u) => ({ value: String(u.id), label: u.name })) },
    { name: "period", label: t("period"), defaultValue: previousPeriod(currentQuarter(new Date())).key, hint: t("periodHint"), required: true },
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {writes && (
        <section aria-labelledby="start-heading" className="narrow">
          <h2 id="start-heading">{t("start")}</h2>
          <ActionForm id="plan-start" action={startPlanAction} fields={startFields} submit={t("start")} />
        </section>
      )}
      <h2>{period ? `${t("title")} ${period.key}` : t("title")}</h2>
      <PlanTable plans={plans} />
    </>
  );
}
