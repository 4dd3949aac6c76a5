"use server";
// A handler's step on a case. The role and the case's unit are checked here, on the server, on
// every submission; the lifecycle rules (lib/complaints/lifecycle.ts) refuse illegal steps.
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { applyStep } from "@/lib/complaints/steps.server";
import { CaseNotFoundError, StaleCaseError } from "@/lib/complaints/errors";
import { caseUnitId } from "@/lib/complaints/cases.server";
import { db } from "@/lib/db/db.server";
import { deliverSoon, requeue } from "@/lib/notifications/outbox.server";
import { stepSchema } from "@/lib/complaints/schema";
import { recordId } from "@/lib/http/record-id";

export async function stepAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("complaint:handle");
  const parsed = await parseForm(stepSchema, form);
  if (parsed.error) return parsed.error;
  const { complaintId, ...step } = parsed.data;
  const t = await getTranslations("complaints");
  const unitId = await caseUnitId(db, complaintId);
  if (unitId === null) return failure(t("errors.notFound"));
  if (!can(user, "complaint:handle", unitId)) forbidden();
  const values = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
  try {
    const outcome = await applyStep(db, complaintId, step, { id: user.id, scope: unitScope(user) });
    if (!outcome.ok) {
      const { form: whole, ...fields } = outcome.check.errors;
      const fieldErrors = Object.fromEntries(Object.entries(fields).map(([k, code]) => [k, [t(`errors.${code}`)]]));
      return failure(whole ? t(`errors.${whole}`) : t("errors.form"), fieldErrors, values);
    }
    deliverSoon(db);
    revalidatePath(`/admin/pengaduan/${complaintId}`);
    revalidatePath("/admin/pengaduan");
    return { ok: true, message: outcome.kind === "answer" ? t("admin.answered") : t("admin.moved", { status: t(`status.${outcome.status}`) }) };
  } catch (error) {
    if (error instanceof CaseNotFoundError) return failure(t("errors.notFound"));
    if (error instanceof StaleCaseError) return failure(t("errors.stale"), {}, values);
    throw error;
  }
}

export async function requeueAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  await requirePermission("outbox:read");
  const id = recordId(form.get("id"));
  const t = await getTranslations("complaints");
  if (id === null || !(await requeue(db, id))) return failure(t("errors.notFound"));
  revalidatePath("/admin/kotak-keluar");
  return { ok: true, message: t("outbox.requeued") };
}
