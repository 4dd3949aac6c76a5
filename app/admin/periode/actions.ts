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
import { listSchemes, saveScheme } from "@/lib/scores/zones.server";
import { zoneSchemeSchema } from "@/lib/scores/zone-scheme-schema";

// A zone scheme (issue 27): stored under its key; a built-in key stores a replacement of it.
// Every period whose settings name the key takes it on the next request; snapshots keep theirs.
export const saveSchemeAction = workspaceAction(
  { permission: "period:manage", schema: zoneSchemeSchema, messages: { namespaces: ["zoneSchemes.errors", "admin.errors"], fallback: "invalid" } },
  async ({ user, input }) => {
    await saveScheme(db, input, user.id);
    revalidatePath("/admin/periode");
    return { ok: true, message: (await getTranslations("zoneSchemes.admin"))("saved", { key: input.key }) };
  },
);

export const saveSettingsAction = workspaceAction({ permission: "period:manage", schema: settingsSchema }, async ({ user, input }) => {
  if (input.scope !== "default" && (await db.publishedSnapshot.findUnique({ where: { period: parsePeriod(input.scope)!.key } }))) {
    const t = await getTranslations("admin.errors");
    return failure(t("form"), { scope: [t("alreadyPublished")] });
  }
  if (!(await listSchemes(db)).some((s) => s.key === input.zoneScheme)) {
    const t = await getTranslations("zoneSchemes.errors");
    return failure(t("form"), { zoneScheme: [t("unknownScheme")] });
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
