"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { unitScope } from "@/lib/auth/permissions";
import { excludeResponse, NotFoundError } from "@/lib/survey/exclusion.server";
import { db } from "@/lib/db/db.server";
import { excludeSchema } from "@/lib/survey/exclusion-schema";

export const excludeAction = workspaceAction({ permission: "response:exclude", schema: excludeSchema }, async ({ user, input }) => {
  try {
    await excludeResponse(db, input.responseId, input.reason, user.id, unitScope(user));
  } catch (e) {
    if (e instanceof NotFoundError) return failure((await getTranslations("admin.errors"))("responseGone"));
    throw e;
  }
  revalidatePath("/admin/respons");
  return { ok: true, message: (await getTranslations("admin.responses"))("excluded", { id: input.responseId }) };
});
