"use server";
import { asForm } from "@/lib/forms/parse-form.server";
// Server actions of the improvement plans. Each checks the role and the unit on the server, then
// calls lib/plans/plans.server.ts with the caller's unit scope (a head of another unit finds nothing).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { failure, type ActionResult } from "@/lib/forms/result";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import {
  addPlanAction, PlanNotFoundError, PlanStateError, planUnitId, recordActionProgress, removePlanAction, reviewPlan, startPlan, submitPlan, updatePlanAction,
} from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { withoutNul } from "@/lib/http/text";
import { actionProgressSchema, planActionSchema, reviewSchema, startPlanSchema } from "@/lib/plans/schema";
import { translatedFieldErrors } from "@/lib/forms/translate";
import { recordId } from "@/lib/http/record-id";

/** Parses a form; messages from "plans.errors", else the workspace's shared "admin.errors". */
async function parsePlanForm<S extends z.ZodType>(schema: S, form: FormData): Promise<{ data: z.infer<S>; error?: never } | { data?: never; error: ActionResult }> {
  const raw = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, typeof v === "string" ? withoutNul(v) : ""]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const [own, shared] = await Promise.all([getTranslations("plans.errors"), getTranslations("admin.errors")]);
  const translate = (code: string) => (own.has(code as "state") ? own(code as "state") : shared.has(code as "form") ? shared(code as "form") : shared("invalid"));
  return { error: failure(shared("form"), translatedFieldErrors(parsed.error, translate), raw) };
}

async function planError(e: unknown): Promise<ActionResult> {
  const t = await getTranslations("plans.errors");
  if (e instanceof PlanStateError) return failure(t("state"));
  if (e instanceof PlanNotFoundError) return failure(t("notFound"));
  throw e;
}

/** The plan a form acts on (hidden `planId`), with the caller allowed `permission` on its unit. */
async function planFromForm(form: FormData, permission: "plan:write" | "plan:review") {
  const planId = recordId(form.get("planId")) ?? 0; // 0 is no plan
  const unitId = await planUnitId(db, planId);
  const user = await requirePermission(permission, { unitId: unitId ?? -1 });
  return { user, planId, unitId };
}

/** The action a form acts on (hidden `actionId`); 0, which no action has, when it is not an id. */
const actionIdOf = (form: FormData) => recordId(form.get("actionId")) ?? 0;

function refresh(planId: number) {
  revalidatePath(`/admin/rencana/${planId}`);
  revalidatePath("/admin/rencana");
}

export async function startPlanAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const user = await requirePermission("plan:write", { unitId: recordId(form.get("unitId")) ?? -1 });
  const parsed = await parsePlanForm(startPlanSchema, form);
  if (parsed.error) return parsed.error;
  if (!can(user, "plan:write", parsed.data.unitId)) return failure((await getTranslations("plans.errors"))("notFound"));
  let id: number;
  try {
    id = (await startPlan(db, parsed.data.unitId, parsed.data.period, user.id)).id;
  } catch (e) {
    return planError(e);
  }
  redirect(`/admin/rencana/${id}`);
}

export async function addActionAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:write");
  const parsed = await parsePlanForm(planActionSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await addPlanAction(db, planId, parsed.data, user.id, unitScope(user));
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))("saved") };
}

export async function updateActionAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:write");
  const parsed = await parsePlanForm(planActionSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await updatePlanAction(db, planId, actionIdOf(form), parsed.data, user.id, unitScope(user));
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))("saved") };
}

export async function removeActionAction(form: FormData): Promise<void> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:write");
  try {
    await removePlanAction(db, planId, actionIdOf(form), user.id, unitScope(user));
  } catch (e) {
    if (!(e instanceof PlanStateError || e instanceof PlanNotFoundError)) throw e;
  }
  refresh(planId);
}

export async function progressAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:write");
  const parsed = await parsePlanForm(actionProgressSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await recordActionProgress(db, planId, actionIdOf(form), parsed.data, user.id, unitScope(user));
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))("saved") };
}

export async function submitPlanAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:write");
  try {
    await submitPlan(db, planId, user.id, unitScope(user));
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))("submitted") };
}

export async function reviewPlanAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const { user, planId } = await planFromForm(form, "plan:review");
  const parsed = await parsePlanForm(reviewSchema, form);
  if (parsed.error) return parsed.error;
  try {
    await reviewPlan(db, planId, parsed.data, user.id);
  } catch (e) {
    return planError(e);
  }
  refresh(planId);
  return { ok: true, message: (await getTranslations("plans"))("reviewed") };
}
