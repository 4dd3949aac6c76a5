"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { excludeResponse, NotFoundError } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { excludeSchema } from "@/lib/units/schema";

export async function excludeAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form);
  const user = await requirePermission("response:exclude");
  const parsed = await parseForm(excludeSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await excludeResponse(db, parsed.data.responseId, parsed.data.reason, user.id, unitScope(user));
  } catch (e) {
    if (e instanceof NotFoundError) return failure((await getTranslations("admin.errors"))("responseGone"));
    throw e;
  }
  revalidatePath("/admin/respons");
  return { ok: true, message: (await getTranslations("admin.responses"))("excluded", { id: parsed.data.responseId }) };
}
