"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { NothingToReviewError, reviewHeldGroup, type ReviewDecision } from "@/lib/survey/held.server";
import { db } from "@/lib/db/db.server";
import { reviewHeldSchema } from "@/lib/survey/hold-schema";

async function review(decision: ReviewDecision, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("response:review");
  const parsed = await parseForm(reviewHeldSchema, asForm(form));
  if (parsed.error) return parsed.error;
  const t = await getTranslations("hold.admin");
  try {
    const { count } = await reviewHeldGroup(db, parsed.data.groupKey, decision, parsed.data.reason, user.id, unitScope(user));
    revalidatePath("/admin/respons/ditahan");
    return { ok: true, message: t(decision === "release" ? "released" : "excluded", { count }) };
  } catch (e) {
    if (e instanceof NothingToReviewError) return failure(t("gone"));
    throw e;
  }
}

export async function releaseHeldAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  return review("release", form);
}

export async function excludeHeldAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  return review("exclude", form);
}
