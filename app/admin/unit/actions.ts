"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { createUnit, markContactChecked, setUnitActive, SlugTakenError, updateUnit } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { generateVisitCodes } from "@/lib/survey/visit-codes.server";
import { recordIdSchema, unitSchema, visitCodesSchema } from "@/lib/units/schema";
import { recordId } from "@/lib/http/record-id";

async function slugTaken(values: Record<string, string>): Promise<ActionResult> {
  const t = await getTranslations("admin.errors");
  return failure(t("form"), { slug: [t("slugTaken")] }, values);
}

/** The unit a form acts on (hidden field `id`), or null for a tampered or stale id. */
async function existingUnitId(form: FormData): Promise<number | null> {
  const parsed = recordIdSchema.safeParse({ id: form.get("id") });
  if (!parsed.success) return null;
  return (await db.unit.findUnique({ where: { id: parsed.data.id }, select: { id: true } }))?.id ?? null;
}

export async function createUnitAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("unit:manage");
  const parsed = await parseForm(unitSchema, form);
  if (parsed.error) return parsed.error;
  let id: number;
  try {
    id = (await createUnit(db, parsed.data, user.id)).id;
  } catch (e) {
    if (e instanceof SlugTakenError) return slugTaken(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])));
    throw e;
  }
  redirect(`/admin/unit/${id}`);
}

export async function updateUnitAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("unit:manage");
  const id = await existingUnitId(form);
  if (id === null) return failure((await getTranslations("admin.errors"))("form"));
  const parsed = await parseForm(unitSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await updateUnit(db, id, parsed.data, user.id);
  } catch (e) {
    if (e instanceof SlugTakenError) return slugTaken(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])));
    throw e;
  }
  revalidatePath("/admin/unit");
  return { ok: true, message: (await getTranslations("admin.units"))("saved") };
}

export async function setUnitActiveAction(form: FormData): Promise<void> {
  form = asForm(form);
  const user = await requirePermission("unit:manage");
  const id = await existingUnitId(form);
  if (id === null) return;
  await setUnitActive(db, id, form.get("active") === "true", user.id);
  revalidatePath("/admin/unit");
}

export async function markCheckedAction(form: FormData): Promise<void> {
  form = asForm(form);
  const user = await requirePermission("unit:manage");
  const id = await existingUnitId(form);
  if (id === null) return;
  await markContactChecked(db, id, user.id);
  revalidatePath("/admin/unit");
  revalidatePath(`/admin/unit/${id}`);
}

export async function generateCodesAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const unitId = recordId(form.get("unitId")) ?? -1;
  // The unit comes from a form field: the guard checks it against a unit head's own unit.
  const user = await requirePermission("visit-codes:manage", { unitId });
  const parsed = await parseForm(visitCodesSchema, form);
  if (parsed.error) return parsed.error;
  const unit = unitId < 1 ? null : await db.unit.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!unit) return failure((await getTranslations("admin.errors"))("form"));
  const codes = await generateVisitCodes(db, unitId, parsed.data.count, user.id);
  revalidatePath(`/admin/unit/${unitId}/kode`);
  return { ok: true, message: (await getTranslations("admin.codes"))("generated", { count: codes.length }) };
}
