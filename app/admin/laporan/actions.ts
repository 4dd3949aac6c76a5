"use server";
// Who signs the city's SKM report: the secretariat fills it once (and again when the Sekretaris
// Daerah changes); every draft of the city's report prints it, an issued one keeps its own.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { db } from "@/lib/db/db.server";
import { signatorySchema } from "@/lib/report/signatory-schema";
import { saveCitySignatory } from "@/lib/report/signatory.server";

export const saveSignatoryAction = workspaceAction({ permission: "plan:review", schema: signatorySchema }, async ({ user, input }) => {
  await saveCitySignatory(db, input, user.id);
  revalidatePath("/admin/laporan");
  return { ok: true, message: (await getTranslations("plans.report"))("signatorySaved") };
});
