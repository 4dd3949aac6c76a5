"use server";
// Recording a complaint received elsewhere (phone, WhatsApp, in person, letter, SP4N-LAPOR!) and
// closing a case as a duplicate. The role and the unit are checked here, on the server, on every
// submission: a unit head records and closes only for their own unit.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure, type FieldErrors } from "@/lib/forms/result";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/complaints/reached";
import { caseUnitId } from "@/lib/complaints/cases.server";
import { closeAsDuplicate } from "@/lib/complaints/duplicates.server";
import { recordComplaint } from "@/lib/complaints/filing.server";
import { db } from "@/lib/db/db.server";
import { requestText } from "@/lib/http/text";
import { deliverSoon } from "@/lib/notifications/outbox.server";
import { flatFieldErrors } from "@/lib/forms/translate";
import { recordedComplaintFromForm, recordedComplaintSchema } from "@/lib/complaints/recorded-schema";
import { recordId } from "@/lib/http/record-id";

// The form's fields are nested for the schema (recordedComplaintFromForm), so it is parsed here.
export const recordComplaintAction = workspaceAction({ permission: "complaint:handle" }, async ({ user, values }) => {
  const t = await getTranslations();
  const message = (code: string) =>
    t.has(`complaintChannels.errors.${code}`)
      ? t(`complaintChannels.errors.${code}`)
      : t.has(`complaints.errors.${code}`)
        ? t(`complaints.errors.${code}`)
        : t("complaints.errors.invalid");
  const parsed = recordedComplaintSchema().safeParse(recordedComplaintFromForm(values));
  if (!parsed.success) {
    const fields: FieldErrors = {};
    for (const [name, codes] of Object.entries(flatFieldErrors(parsed.error))) {
      // The contact rules speak of the contact as a whole: shown at the phone field.
      const key = name === "contact" ? "phone" : name;
      fields[key] = [...(fields[key] ?? []), ...codes.map(message)];
    }
    return failure(t("complaints.errors.form"), fields, values);
  }
  const unit = await db.unit.findFirst({ where: { slug: parsed.data.unit, active: true }, select: { id: true } });
  if (!unit) return failure(t("complaints.errors.form"), { unit: [t("complaints.errors.unknownUnit")] }, values);
  if (!can(user, "complaint:handle", unit.id)) return failure(t("complaints.errors.form"), { unit: [message("unitForbidden")] }, values);
  const outcome = await recordComplaint(db, parsed.data, user.id);
  if (!outcome.ok) {
    if (outcome.reason === "lapor_ticket_taken") {
      // Name the case that holds the ticket, with a link to it (the handler may not reach another unit's: the code still says which).
      const taken = await db.complaint.findUnique({ where: { id: outcome.id }, select: { trackingCode: true } });
      const code = taken?.trackingCode ?? String(outcome.id);
      return failure(t("complaints.errors.form"), { laporTicket: [t("complaintChannels.errors.laporTicketTakenBy", { code })] }, values, {
        laporTicket: { href: `/admin/pengaduan/${outcome.id}`, text: t("complaintChannels.errors.laporTicketOpen", { code }) },
      });
    }
    return failure(t("complaints.errors.form"), { unit: [t("complaints.errors.unknownUnit")] }, values);
  }
  deliverSoon(db);
  revalidatePath("/admin/pengaduan");
  redirect(`/admin/pengaduan/${outcome.id}?dicatat=1`);
});

export const closeDuplicateAction = workspaceAction({ permission: "complaint:handle" }, async ({ user, form, requireUnit }) => {
  const id = recordId(form.get("complaintId"));
  const otherId = recordId(form.get("duplicateOf"));
  const reason = requestText(String(form.get("reason") ?? "")).slice(0, 2000);
  const t = await getTranslations("complaintChannels.duplicates");
  const unitId = id === null ? null : await caseUnitId(db, id);
  if (id === null || unitId === null || otherId === null) return failure(t("errors.notFound"));
  requireUnit(unitId);
  const outcome = await closeAsDuplicate(db, id, otherId, reason, { id: user.id, scope: caseScope(user) });
  if (!outcome.ok) {
    const text = t(`errors.${outcome.error}`);
    return failure(text, outcome.error === "reasonRequired" ? { reason: [text] } : {}, { reason });
  }
  revalidatePath(`/admin/pengaduan/${id}`);
  revalidatePath("/admin/pengaduan");
  return { ok: true, message: t("closed") };
});
