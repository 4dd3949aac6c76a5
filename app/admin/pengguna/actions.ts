"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { hashPassword } from "@/lib/auth/password.server";
import { createUser, EmailTakenError, resetUserPassword, updateUser } from "@/lib/accounts/users.server";
import { db } from "@/lib/db/db.server";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "@/lib/accounts/schema";
import { recordId } from "@/lib/http/record-id";

async function unitExists(unitId: number | null) {
  return unitId === null || !!(await db.unit.findUnique({ where: { id: unitId }, select: { id: true } }));
}

/** The user a form acts on (hidden field `id`), or null for a tampered or stale id. */
async function targetUser(form: FormData) {
  const id = recordId(form.get("id"));
  return id !== null ? await db.user.findUnique({ where: { id }, select: { id: true } }) : null;
}

export const createUserAction = workspaceAction({ permission: "user:manage", schema: userCreateSchema }, async ({ user, input, values }) => {
  const t = await getTranslations("admin.errors");
  if (!(await unitExists(input.unitId))) return failure(t("form"), { unitId: [t("unitRequired")] }, values);
  const { password, ...rest } = input;
  try {
    await createUser(db, { ...rest, passwordHash: await hashPassword(password) }, user.id);
  } catch (e) {
    if (e instanceof EmailTakenError) return failure(t("form"), { email: [t("emailTaken")] }, values);
    throw e;
  }
  revalidatePath("/admin/pengguna");
  return { ok: true, message: (await getTranslations("admin.users"))("created", { email: input.email }) };
});

// The user is found before the form is validated: a stale id answers "form" alone.
export const updateUserAction = workspaceAction({ permission: "user:manage" }, async ({ user, form, parse }) => {
  const t = await getTranslations("admin.errors");
  const target = await targetUser(form);
  if (!target) return failure(t("form"));
  const parsed = await parse(userUpdateSchema);
  if (parsed.error) return parsed.error;
  if (!(await unitExists(parsed.data.unitId))) return failure(t("form"), { unitId: [t("unitRequired")] });
  if (target.id === user.id && (parsed.data.role !== "admin" || !parsed.data.active)) return failure(t("form"), { role: [t("selfLockout")] });
  await updateUser(db, target.id, parsed.data, user.id);
  revalidatePath("/admin/pengguna");
  return { ok: true, message: (await getTranslations("admin.users"))("saved") };
});

export const resetPasswordAction = workspaceAction({ permission: "user:manage" }, async ({ user, form, parse }) => {
  const target = await targetUser(form);
  if (!target) return failure((await getTranslations("admin.errors"))("form"));
  const parsed = await parse(resetPasswordSchema);
  if (parsed.error) return parsed.error;
  await resetUserPassword(db, target.id, await hashPassword(parsed.data.password), user.id);
  return { ok: true, message: (await getTranslations("admin.users"))("passwordReset") };
});
