"use server";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { recordAudit } from "@/lib/audit/log.server";
import { hashPassword, verifyPassword } from "@/lib/auth/password.server";
import { db } from "@/lib/db/db.server";
import { changePasswordSchema } from "@/lib/accounts/schema";
import { preferencesSchema } from "@/lib/digest/preferences";

// Any signed-in user changes their own password; messages from "account.errors".
const ACCOUNT = { signedIn: true, from: "/admin/akun", messages: { namespaces: ["account.errors"], fallback: "form" } } as const;

export const changePassword = workspaceAction({ ...ACCOUNT, schema: changePasswordSchema }, async ({ user, input }) => {
  const t = await getTranslations("account.errors");
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    return failure(t("form"), { currentPassword: [t("currentWrong")] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // passwordChangedAt voids every session issued before it, on every instance.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "user.change-password", entity: "user", entityId: user.id });
  });
  return { ok: true, message: (await getTranslations("account"))("saved") };
});

// The user's own notification choices (alerts, weekly digest), audited.
export const savePreferences = workspaceAction({ ...ACCOUNT, schema: preferencesSchema }, async ({ user, input }) => {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: input });
    await recordAudit(tx, { actorId: user.id, action: "user.preferences", entity: "user", entityId: user.id, after: input });
  });
  return { ok: true, message: (await getTranslations("digest.preferences"))("saved") };
});
