"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { workspaceAction, workspaceFormAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { saveChecklist } from "@/lib/units/manage.server";
import { saveSettings } from "@/lib/scores/settings.server";
import { PublishError, publishPeriod } from "@/lib/scores/read-model.server";
import { db } from "@/lib/db/db.server";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/scores/compliance";
import { parsePeriod } from "@/lib/scores/period";
import { periodKeySchema, settingsSchema } from "@/lib/scores/settings-schema";
import { recordId } from "@/lib/http/record-id";

export const saveSettingsAction = workspaceAction({ permission: "period:manage", schema: settingsSchema }, async ({ user, input }) => {
  if (input.scope !== "default" && (await db.publishedSnapshot.findUnique({ where: { period: parsePeriod(input.scope)!.key } }))) {
    const t = await getTranslations("admin.errors");
    return failure(t("form"), { scope: [t("alreadyPublished")] });
  }
  await saveSettings(db, { ...input, scope: input.scope === "default" ? "default" : parsePeriod(input.scope)!.key }, user.id);
  revalidatePath("/admin/periode");
  return { ok: true, message: (await getTranslations("admin.periods"))("settingsSaved") };
});

export const saveChecklistAction = workspaceFormAction({ permission: "period:manage" }, async ({ user, form }) => {
  const unitId = recordId(form.get("unitId"));
  const period = periodKeySchema.safeParse(form.get("period"));
  if (!period.success || unitId === null) return;
  // A tampered or stale unit id does nothing (rather than failing on the foreign key).
  if (!(await db.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) return;
  const items = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, form.get(k) === "on"])) as Checklist;
  await saveChecklist(db, unitId, parsePeriod(period.data)!.key, items, user.id);
  revalidatePath("/admin/periode");
});

const publishSchema = z
  .object({ period: periodKeySchema, confirmKey: z.string().trim(), confirm: z.preprocess((v) => v === "on", z.boolean()) })
  .refine((v) => v.confirm, { path: ["confirm"], message: "confirmRequired" })
  .refine((v) => v.confirmKey === v.period, { path: ["confirmKey"], message: "confirmKey" });

export const publishAction = workspaceAction({ permission: "period:manage", schema: publishSchema }, async ({ user, input }) => {
  const key = parsePeriod(input.period)!.key;
  try {
    await publishPeriod(db, key, user.id);
  } catch (e) {
    if (e instanceof PublishError) {
      const t = await getTranslations("admin.errors");
      return failure(t(`publish_${e.code}`), { period: [t(`publish_${e.code}`)] }, { period: input.period });
    }
    throw e;
  }
  revalidatePath("/admin/periode");
  return { ok: true, message: (await getTranslations("admin.periods"))("published", { period: key }) };
});
