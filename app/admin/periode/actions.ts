"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { saveChecklist, saveSettings } from "@/lib/units/manage.server";
import { PublishError, publishPeriod } from "@/lib/scores/read-model.server";
import { db } from "@/lib/db/db.server";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/scores/compliance";
import { parsePeriod } from "@/lib/scores/period";
import { periodKeySchema, settingsSchema } from "@/lib/units/schema";
import { recordId } from "@/lib/http/record-id";

export async function saveSettingsAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("period:manage");
  const parsed = await parseForm(settingsSchema, form);
  if (parsed.error) return parsed.error;
  if (parsed.data.scope !== "default" && (await db.publishedSnapshot.findUnique({ where: { period: parsePeriod(parsed.data.scope)!.key } }))) {
    const t = await getTranslations("admin.errors");
    return failure(t("form"), { scope: [t("alreadyPublished")] });
  }
  await saveSettings(db, { ...parsed.data, scope: parsed.data.scope === "default" ? "default" : parsePeriod(parsed.data.scope)!.key }, user.id);
  revalidatePath("/admin/periode");
  return { ok: true, message: (await getTranslations("admin.periods"))("settingsSaved") };
}

export async function saveChecklistAction(form: FormData): Promise<void> {
  form = asForm(form);
  const user = await requirePermission("period:manage");
  const unitId = recordId(form.get("unitId"));
  const period = periodKeySchema.safeParse(form.get("period"));
  if (!period.success || unitId === null) return;
  // A tampered or stale unit id does nothing (rather than failing on the foreign key).
  if (!(await db.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) return;
  const items = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, form.get(k) === "on"])) as Checklist;
  await saveChecklist(db, unitId, parsePeriod(period.data)!.key, items, user.id);
  revalidatePath("/admin/periode");
}

const publishSchema = z
  .object({ period: periodKeySchema, confirmKey: z.string().trim(), confirm: z.preprocess((v) => v === "on", z.boolean()) })
  .refine((v) => v.confirm, { path: ["confirm"], message: "confirmRequired" })
  .refine((v) => v.confirmKey === v.period, { path: ["confirmKey"], message: "confirmKey" });

export async function publishAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("period:manage");
  const parsed = await parseForm(publishSchema, form);
  if (parsed.error) return parsed.error;
  const key = parsePeriod(parsed.data.period)!.key;
  try {
    await publishPeriod(db, key, user.id);
  } catch (e) {
    if (e instanceof PublishError) {
      const t = await getTranslations("admin.errors");
      return failure(t(`publish_${e.code}`), { period: [t(`publish_${e.code}`)] }, { period: parsed.data.period });
    }
    throw e;
  }
  revalidatePath("/admin/periode");
  return { ok: true, message: (await getTranslations("admin.periods"))("published", { period: key }) };
}
