"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { workspaceAction, workspaceFormAction } from "@/lib/forms/action.server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { createUnit, markContactChecked, setUnitActive, SlugTakenError, updateUnit } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { generateVisitCodes } from "@/lib/survey/visit-codes.server";
import { recordIdSchema } from "@/lib/http/record-id";
import { unitSchema, visitCodesSchema } from "@/lib/units/schema";
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

export const createUnitAction = workspaceAction({ permission: "unit:manage", schema: unitSchema }, async ({ user, input, values }) => {
  let id: number;
  try {
    id = (await createUnit(db, input, user.id)).id;
  } catch (e) {
    if (e instanceof SlugTakenError) return slugTaken(values);
    throw e;
  }
  redirect(`/admin/unit/${id}`);
});

// The unit is found before the form is validated: a stale id answers "form" alone.
export const updateUnitAction = workspaceAction({ permission: "unit:manage" }, async ({ user, form, values, parse }) => {
  const id = await existingUnitId(form);
  if (id === null) return failure((await getTranslations("admin.errors"))("form"));
  const parsed = await parse(unitSchema);
  if (parsed.error) return parsed.error;
  try {
    await updateUnit(db, id, parsed.data, user.id);
  } catch (e) {
    if (e instanceof SlugTakenError) return slugTaken(values);
    throw e;
  }
  revalidatePath("/admin/unit");
  return { ok: true, message: (await getTranslations("admin.units"))("saved") };
});

export const setUnitActiveAction = workspaceFormAction({ permission: "unit:manage" }, async ({ user, form }) => {
  const id = await existingUnitId(form);
  if (id === null) return;
  await setUnitActive(db, id, form.get("active") === "true", user.id);
  revalidatePath("/admin/unit");
});

export const markCheckedAction = workspaceFormAction({ permission: "unit:manage" }, async ({ user, form }) => {
  const id = await existingUnitId(form);
  if (id === null) return;
  await markContactChecked(db, id, user.id);
  revalidatePath("/admin/unit");
  revalidatePath(`/admin/unit/${id}`);
});

// The unit comes from a form field: the guard checks it against a unit head's own unit.
const unitOfForm = (form: FormData) => recordId(form.get("unitId"));

export const generateCodesAction = workspaceAction(
  { permission: "visit-codes:manage", unit: unitOfForm, schema: visitCodesSchema },
  async ({ user, input, unitId }) => {
    const unit = unitId < 1 ? null : await db.unit.findUnique({ where: { id: unitId }, select: { id: true } });
    if (!unit) return failure((await getTranslations("admin.errors"))("form"));
    const codes = await generateVisitCodes(db, unitId, input.count, user.id);
    revalidatePath(`/admin/unit/${unitId}/kode`);
    return { ok: true, message: (await getTranslations("admin.codes"))("generated", { count: codes.length }) };
  },
);
