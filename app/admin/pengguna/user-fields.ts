import { getTranslations } from "next-intl/server";
import type { FormField } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { ROLES } from "@/lib/accounts/schema";

export async function roleAndUnitFields(values?: { role: string; unitId: number | null; active: boolean }): Promise<FormField[]> {
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("roles");
  const units = await db.unit.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return [
    { name: "role", label: t("role"), type: "select", defaultValue: values?.role ?? "unit_head", options: ROLES.map((r) => ({ value: r, label: roles(r) })) },
    {
      name: "unitId",
      label: t("unit"),
      type: "select",
      defaultValue: values?.unitId ? String(values.unitId) : "",
      hint: t("unitHint"),
      options: [{ value: "", label: t("noUnit") }, ...units.map((u) => ({ value: String(u.id), label: u.name }))],
    },
    { name: "active", label: t("active"), type: "checkbox", checked: values ? values.active : true },
  ];
}
