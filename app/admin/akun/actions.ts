"use server";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { recordAudit } from "@/lib/audit/log.server";
import { requireSignedIn } from "@/lib/auth/guards.server";
import { hashPassword, verifyPassword } from "@/lib/auth/password.server";
import { db } from "@/lib/db/db.server";
import { changePasswordSchema } from "@/lib/accounts/schema";
import { translatedFieldErrors } from "@/lib/forms/translate";
import { asForm } from "@/lib/forms/parse-form.server";

export async function changePassword(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requireSignedIn("/admin/akun");
  const t = await getTranslations("account.errors");
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return failure(t("form"), translatedFieldErrors(parsed.error, (code) => t(code as "required")));

  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, parsed.data.currentPassword))) {
    return failure(t("form"), { currentPassword: [t("currentWrong")] });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    // passwordChangedAt voids every session issued before it, on every instance.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "user.change-password", entity: "user", entityId: user.id });
  });
  return { ok: true, message: (await getTranslations("account"))("saved") };
}
