"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { unitScope } from "@/lib/auth/permissions";
import { NothingToReviewError, reviewHeldGroup, type ReviewDecision } from "@/lib/survey/held.server";
import { db } from "@/lib/db/db.server";
import { reviewHeldSchema } from "@/lib/survey/hold-schema";

const review = (decision: ReviewDecision) =>
  workspaceAction({ permission: "response:review", schema: reviewHeldSchema }, async ({ user, input }) => {
    const t = await getTranslations("hold.admin");
    try {
      const { count } = await reviewHeldGroup(db, input.groupKey, decision, input.reason, user.id, unitScope(user));
      revalidatePath("/admin/respons/ditahan");
      return { ok: true, message: t(decision === "release" ? "released" : "excluded", { count }) };
    } catch (e) {
      if (e instanceof NothingToReviewError) return failure(t("gone"));
      throw e;
    }
  });

export const releaseHeldAction = review("release");

export const excludeHeldAction = review("exclude");
