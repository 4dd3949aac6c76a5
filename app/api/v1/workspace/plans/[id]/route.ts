// GET /api/v1/workspace/plans/<id>: a plan with its actions, for users who may read it. 401
// anonymous; 403 for a plan of another unit (a unit head); 404 when there is no such plan.
import { NextResponse } from "next/server";
import { unitScope } from "@/lib/auth/permissions";
import { planJson } from "@/lib/plans/json";
import { getPlan, planUnitId } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { workspaceApi } from "@/lib/http/workspace-api.server";

export const GET = workspaceApi(
  { permission: "plan:read", unitOf: (id) => planUnitId(db, id), notFound: "plans.errors.notFound" },
  async ({ user, id, notFound }) => {
    const plan = await getPlan(db, id, unitScope(user));
    if (!plan) return notFound();
    return NextResponse.json(planJson(plan), { headers: { "Cache-Control": "private, no-store" } });
  },
);
