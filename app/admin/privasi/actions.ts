"use server";
// The secretariat erases a reporter's contact at once, on the reporter's request. The permission
// is checked on every submission (lib/forms/action.server.ts); the erasure and its audit entry
// are one transaction.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { db } from "@/lib/db/db.server";
import { eraseReporterContact, findCaseForPrivacy } from "@/lib/privacy/erasure.server";
import { eraseRequestSchema, privacyContactSchema } from "@/lib/privacy/schema";
import { savePrivacyContact } from "@/lib/privacy/contact.server";

const options = { permission: "privacy:manage", schema: eraseRequestSchema, messages: { namespaces: ["privacy.errors"], fallback: "form" } } as const;

export const eraseContactAction = workspaceAction(options, async ({ user, input, values }) => {
  const t = await getTranslations("privacy.admin");
  const found = await findCaseForPrivacy(db, input.code);
  if (!found) return failure((await getTranslations("privacy.errors"))("notFound"), {}, values);
  const outcome = await eraseReporterContact(db, found.id, { reason: "request", actorId: user.id });
  revalidatePath("/admin/privasi");
  return { ok: true, message: outcome.erased ? t("erased", { notifications: outcome.notifications }) : t("nothingHeld") };
});

/** The controller's contact shown on /privasi (where citizens send requests about their data). */
export const savePrivacyContactAction = workspaceAction({ ...options, schema: privacyContactSchema }, async ({ user, input }) => {
  await savePrivacyContact(db, input, user.id);
  revalidatePath("/admin/privasi");
  return { ok: true, message: (await getTranslations("privacy.admin"))("controllerSaved") };
});
