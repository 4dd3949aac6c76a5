"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { rejectHeld, releaseHeld } from "@/lib/complaints/holds.server";
import { rejectHeldComplaintSchema, releaseHeldComplaintSchema } from "@/lib/complaints/hold-schema";
import { db } from "@/lib/db/db.server";
import { deliverSoon } from "@/lib/notifications/outbox.server";

export const releaseHeldComplaintAction = workspaceAction(
  { permission: "complaint:hold:review", schema: releaseHeldComplaintSchema },
  async ({ user, input }) => {
    const t = await getTranslations("complaints.holds");
    const outcome = await releaseHeld(db, input.complaintId, user.id);
    if (!outcome.ok) return failure(t("gone"));
    deliverSoon(db);
    revalidatePath("/admin/pengaduan/ditahan");
    return { ok: true, message: t("released", { code: outcome.trackingCode }) };
  },
);

export const rejectHeldComplaintAction = workspaceAction(
  { permission: "complaint:hold:review", schema: rejectHeldComplaintSchema },
  async ({ user, input }) => {
    const t = await getTranslations("complaints.holds");
    const outcome = await rejectHeld(db, input.complaintId, input.reason, user.id);
    if (!outcome.ok) return failure(t("gone"));
    revalidatePath("/admin/pengaduan/ditahan");
    return { ok: true, message: t("rejected", { code: outcome.trackingCode }) };
  },
);
