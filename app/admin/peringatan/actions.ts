"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { db } from "@/lib/db/db.server";
import { unitScope } from "@/lib/auth/permissions";
import { recordId } from "@/lib/http/record-id";
import { acknowledgeAlert, saveAlertRule } from "@/lib/alerts/alerts.server";
import { acknowledgeSchema, alertRuleSchema } from "@/lib/alerts/schema";

const messages = { namespaces: ["alerts.errors", "admin.errors"], fallback: "invalid" } as const;

// The alert's unit is read first, so that a head is checked on it before anything else.
async function alertUnit(form: FormData): Promise<number | null> {
  const id = recordId(form.get("alertId"));
  if (id === null) return null;
  return (await db.alert.findUnique({ where: { id }, select: { unitId: true } }))?.unitId ?? null;
}

export const acknowledgeAction = workspaceAction(
  { permission: "alert:acknowledge", unit: alertUnit, schema: acknowledgeSchema, messages },
  async ({ user, input, form, values }) => {
    const t = await getTranslations("alerts");
    const done = await acknowledgeAlert(db, recordId(form.get("alertId"))!, input.note, { id: user.id, scope: unitScope(user) });
    if (!done) return failure(t("notAcknowledged"), {}, values);
    revalidatePath("/admin/peringatan");
    return { ok: true, message: t("acknowledgedDone") };
  },
);

export const saveRuleAction = workspaceAction({ permission: "period:manage", schema: alertRuleSchema, messages }, async ({ user, input }) => {
  await saveAlertRule(db, input, user.id);
  revalidatePath("/admin/peringatan");
  return { ok: true, message: (await getTranslations("alerts"))("ruleSaved") };
});
