"use server";
// A handler's step on a case. The role and the case's unit are checked here, on the server, on
// every submission; the lifecycle rules (lib/complaints/lifecycle.ts) refuse illegal steps.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { caseScope } from "@/lib/complaints/reached";
import { caseUnitId } from "@/lib/complaints/cases.server";
import { CaseNotFoundError, StaleCaseError } from "@/lib/complaints/errors";
import { applyStep } from "@/lib/complaints/steps.server";
import { db } from "@/lib/db/db.server";
import { deliverSoon, requeue } from "@/lib/notifications/outbox.server";
import { stepSchema } from "@/lib/complaints/schema";
import { recordId } from "@/lib/http/record-id";

export const stepAction = workspaceAction({ permission: "complaint:handle", schema: stepSchema }, async ({ user, input, values, requireUnit }) => {
  const { complaintId, ...step } = input;
  const t = await getTranslations("complaints");
  const unitId = await caseUnitId(db, complaintId);
  if (unitId === null) return failure(t("errors.notFound"));
  requireUnit(unitId);
  try {
    const outcome = await applyStep(db, complaintId, step, { id: user.id, scope: caseScope(user), role: user.role });
    if (!outcome.ok) {
      const { form: whole, ...fields } = outcome.check.errors;
      const fieldErrors = Object.fromEntries(Object.entries(fields).map(([k, code]) => [k, [t(`errors.${code}`)]]));
      return failure(whole ? t(`errors.${whole}`) : t("errors.form"), fieldErrors, values);
    }
    deliverSoon(db);
    revalidatePath(`/admin/pengaduan/${complaintId}`);
    revalidatePath("/admin/pengaduan");
    return {
      ok: true,
      message:
        outcome.kind === "answer"
          ? t("admin.answered")
          : outcome.kind === "note"
            ? t("admin.noted")
            : t("admin.moved", { status: t(`status.${outcome.status}`) }),
    };
  } catch (error) {
    if (error instanceof CaseNotFoundError) return failure(t("errors.notFound"));
    if (error instanceof StaleCaseError) return failure(t("errors.stale"), {}, values);
    throw error;
  }
});

export const requeueAction = workspaceAction({ permission: "outbox:read" }, async ({ form }) => {
  const id = recordId(form.get("id"));
  const t = await getTranslations("complaints");
  if (id === null || !(await requeue(db, id))) return failure(t("errors.notFound"));
  revalidatePath("/admin/kotak-keluar");
  return { ok: true, message: t("outbox.requeued") };
});
