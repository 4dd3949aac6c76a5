import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { createUnitAction } from "@/app/admin/unit/actions";
import { unitFields } from "@/app/admin/unit/unit-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("create") };
}

export default async function NewUnitPage() {
  await requirePermission("unit:manage", { from: "/admin/unit/baru" });
  const t = await getTranslations("admin.units");
  return (
    <div className="narrow">
      <h1>{t("create")}</h1>
      <ActionForm id="unit-create" action={createUnitAction} fields={await unitFields()} submit={t("save")} />
    </div>
  );
}
