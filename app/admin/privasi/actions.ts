"use server";
import { asForm } from "@/lib/forms/parse-form.server";
// The secretariat erases a reporter's contact at once, on the reporter's request. The permission
// is checked here on every submission; the erasure and its audit entry are one transaction.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { withoutNul } from "@/lib/http/text";
import { eraseReporterContact, findCaseForPrivacy } from "@/lib/privacy/erasure.server";
import { eraseRequestSchema } from "@/lib/privacy/schema";
import { translatedFieldErrors } from "@/lib/forms/translate";

export async function eraseContactAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const user = await requirePermission("privacy:manage");
  const t = await getTranslations("privacy.admin");
  const raw = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, typeof v === "string" ? withoutNul(v) : ""]));
  const parsed = eraseRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = await getTranslations("privacy.errors");
    return failure(errors("form"), translatedFieldErrors(parsed.error, (code) => (errors.has(code as "form") ? errors(code as "form") : errors("form"))), raw);
  }
  const found = await findCaseForPrivacy(db, parsed.data.code);
  if (!found) return failure((await getTranslations("privacy.errors"))("notFound"), {}, raw);
  const outcome = await eraseReporterContact(db, found.id, { reason: "request", actorId: user.id });
  revalidatePath("/admin/privasi");
  return { ok: true, message: outcome.erased ? t("erased", { notifications: outcome.notifications }) : t("nothingHeld") };
}
