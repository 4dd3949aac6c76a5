"use server";
// Server actions of the improvement plans. Each checks the role and the unit on the server (the
// unit of the plan the form names), then calls lib/plans/plans.server.ts with the caller's unit
// scope (a head of another unit finds nothing).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { workspaceAction, workspaceFormAction } from "@/lib/forms/action.server";
import { failure, type ActionResult } from "@/lib/forms/result";
import type { FormMessages } from "@/lib/forms/parse-form.server";
import { can, unitScope } from "@/lib/auth/permissions";
import {
  addPlanAction,
  PlanNotFoundError,
  PlanStateError,
  planUnitId,
  recordActionProgress,
  removePlanAction,
  reviewPlan,
  startPlan,
  submitPlan,
  updatePlanAction,
} from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { actionProgressSchema, planActionSchema, reviewSchema, startPlanSchema } from "@/lib/plans/schema";
import { recordId } from "@/lib/http/record-id";

/** Messages from "plans.errors", else the workspace's shared "admin.errors". */
const messages: FormMessages = { namespaces: ["plans.errors", "admin.errors"], fallback: "invalid" };

async function planError(e: unknown): Promise<ActionResult> {
  const t = await getTranslations("plans.errors");
  if (e instanceof PlanStateError) return failure(t("state"));
  if (e instanceof PlanNotFoundError) return failure(t("notFound"));
  throw e;
}

/** The plan a form acts on (hidden `planId`); 0, which no plan has, when it is not an id. */
const planIdOf = (form: FormData) => recordId(form.get("planId")) ?? 0;

/** The caller needs `permission` on the unit of the form's plan. */
const onPlan = (permission: "plan:write" | "plan:review") => ({ permission, unit: (form: FormData) => planUnitId(db, planIdOf(form)), messages });

/** The action a form acts on (hidden `actionId`); 0, which no action has, when it is not an id. */
const actionIdOf = (form: FormData) => recordId(form.get("actionId")) ?? 0;

function refresh(planId: number) {
  revalidatePath(`/admin/rencana/${planId}`);
  revalidatePath("/admin/rencana");
}

/** Runs a step on the form's plan: a refused step answers the plan's error, a done one `message` of "plans". */
async function onPlanStep(form: FormData, step: (planId: number) => Promise<unknown>, message: "saved" | "submitted" | "reviewed"): Promise<ActionResult> {
  const planId = planIdOf(form);
  try {
    await step(planId);
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))(message) };
}

export const startPlanAction = workspaceAction(
  { permission: "plan:write", unit: (form) => recordId(form.get("unitId")), schema: startPlanSchema, messages },
  async ({ user, input }) => {
    if (!can(user, "plan:write", input.unitId)) return failure((await getTranslations("plans.errors"))("notFound"));
    let id: number;
    try {
      id = (await startPlan(db, input.unitId, input.period, user.id)).id;
    } catch (e) {
      return planError(e);
    }
    redirect(`/admin/rencana/${id}`);
  },
);

export const addActionAction = workspaceAction({ ...onPlan("plan:write"), schema: planActionSchema }, ({ user, input, form }) =>
  onPlanStep(form, (planId) => addPlanAction(db, planId, input, user.id, unitScope(user)), "saved"),
);

export const updateActionAction = workspaceAction({ ...onPlan("plan:write"), schema: planActionSchema }, ({ user, input, form }) =>
  onPlanStep(form, (planId) => updatePlanAction(db, planId, actionIdOf(form), input, user.id, unitScope(user)), "saved"),
);

export const removeActionAction = workspaceFormAction(onPlan("plan:write"), async ({ user, form }) => {
  const planId = planIdOf(form);
  try {
    await removePlanAction(db, planId, actionIdOf(form), user.id, unitScope(user));
  } catch (e) {
    if (!(e instanceof PlanStateError || e instanceof PlanNotFoundError)) throw e;
  }
  refresh(planId);
});

export const progressAction = workspaceAction({ ...onPlan("plan:write"), schema: actionProgressSchema }, ({ user, input, form }) =>
  onPlanStep(form, (planId) => recordActionProgress(db, planId, actionIdOf(form), input, user.id, unitScope(user)), "saved"),
);

export const submitPlanAction = workspaceAction(onPlan("plan:write"), ({ user, form }) =>
  onPlanStep(form, (planId) => submitPlan(db, planId, user.id, unitScope(user)), "submitted"),
);

export const reviewPlanAction = workspaceAction({ ...onPlan("plan:review"), schema: reviewSchema }, ({ user, input, form }) =>
  onPlanStep(form, (planId) => reviewPlan(db, planId, input, user.id), "reviewed"),
);
