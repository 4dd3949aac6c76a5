// POST /api/v1/workspace/plans/<id>/actions: adds an action to a draft or returned plan (JSON
// {element, description, responsible, dueOn}). 201 with the plan; 400 with field errors; 401
// anonymous; 403 for another unit's plan; 404 unknown plan; 409 when the plan's status forbids it.
import { NextResponse } from "next/server";
import { unitScope } from "@/lib/auth/permissions";
import { planJson } from "@/lib/plans/json";
import { addPlanAction, getPlan, PlanNotFoundError, PlanStateError, planUnitId } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { workspaceApi } from "@/lib/http/workspace-api.server";
import { planActionSchema } from "@/lib/plans/schema";

const PLAN_ERROR_CODES = new Set(["element", "actionStatus", "droppedReason", "decision", "returnComment"]);
const SHARED_ERROR_CODES = new Set(["required", "tooLong", "date", "invalid"]);

/** Plan-specific codes under "plans.errors", the workspace's shared ones under "admin.errors". */
const messageKey = (code: string) =>
  PLAN_ERROR_CODES.has(code) ? `plans.errors.${code}` : SHARED_ERROR_CODES.has(code) ? `admin.errors.${code}` : "admin.errors.invalid";

export const POST = workspaceApi(
  {
    permission: "plan:write",
    unitOf: (id) => planUnitId(db, id),
    notFound: "plans.errors.notFound",
    body: { schema: planActionSchema.strict(), messages: messageKey },
  },
  async ({ user, id, t, input, notFound }) => {
    try {
      await addPlanAction(db, id, input, user.id, unitScope(user));
    } catch (e) {
      if (e instanceof PlanNotFoundError) return notFound();
      if (e instanceof PlanStateError) return NextResponse.json({ error: "conflict", message: t("plans.errors.state") }, { status: 409 });
      throw e;
    }
    const plan = await getPlan(db, id, unitScope(user));
    return NextResponse.json(planJson(plan!), { status: 201 });
  },
);
