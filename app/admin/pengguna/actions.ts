"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { hashPassword } from "@/lib/auth/password.server";
import { createUser, EmailTakenError, resetUserPassword, updateUser } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "@/lib/units/schema";
import { recordId } from "@/lib/http/record-id";

async function unitExists(unitId: number | null) {
  return unitId === null || !!(await db.unit.findUnique({ where: { id: unitId }, select: { id: true } }));
}

export async function createUserAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("user:manage");
  const parsed = await parseForm(userCreateSchema, form);
  if (parsed.error) return parsed.error;
  const t = await getTranslations("admin.errors");
  const values = Object.fromEntries([...form.entries()].filter(([k]) => k !== "password").map(([k, v]) => [k, String(v)]));
  if (!(await unitExists(parsed.data.unitId))) return failure(t("form"), { unitId: [t("unitRequired")] }, values);
  const { password, ...rest } = parsed.data;
  try {
    await createUser(db, { ...rest, passwordHash: await hashPassword(password) }, user.id);
  } catch (e) {
    if (e instanceof EmailTakenError) return failure(t("form"), { email: [t("emailTaken")] }, values);
    throw e;
  }
  revalidatePath("/admin/pengguna");
  return { ok: true, message: (await getTranslations("admin.users"))("created", { email: parsed.data.email }) };
}

export async function updateUserAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("user:manage");
  const id = recordId(form.get("id"));
  const t = await getTranslations("admin.errors");
  const target = id !== null ? await db.user.findUnique({ where: { id }, select: { id: true } }) : null;
  if (!target) return failure(t("form"));
  const parsed = await parseForm(userUpdateSchema, form);
  if (parsed.error) return parsed.error;
  if (!(await unitExists(parsed.data.unitId))) return failure(t("form"), { unitId: [t("unitRequired")] });
  if (target.id === user.id && (parsed.data.role !== "admin" || !parsed.data.active)) return failure(t("form"), { role: [t("selfLockout")] });
  await updateUser(db, target.id, parsed.data, user.id);
  revalidatePath("/admin/pengguna");
  return { ok: true, message: (await getTranslations("admin.users"))("saved") };
}

export async function resetPasswordAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("user:manage");
  const id = recordId(form.get("id"));
  const t = await getTranslations("admin.errors");
  const target = id !== null ? await db.user.findUnique({ where: { id }, select: { id: true } }) : null;
  if (!target) return failure(t("form"));
  const parsed = await parseForm(resetPasswordSchema, form);
  if (parsed.error) return parsed.error;
  await resetUserPassword(db, target.id, await hashPassword(parsed.data.password), user.id);
  return { ok: true, message: (await getTranslations("admin.users"))("passwordReset") };
}
