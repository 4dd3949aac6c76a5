// POST /api/v1/workspace/plans/<id>/actions: adds an action to a draft or returned plan (JSON
// {element, description, responsible, dueOn}). 201 with the plan; 400 with field errors; 401
// anonymous; 403 for another unit's plan; 404 unknown plan; 409 when the plan's status forbids it.
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { planJson } from "@/lib/plans/json";
import { addPlanAction, getPlan, PlanNotFoundError, PlanStateError, planUnitId } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { notFound, validationError } from "@/lib/http/api-errors";
import { readJson } from "@/lib/http/read-json";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { flatFieldErrors } from "@/lib/forms/translate";
import { planActionSchema } from "@/lib/plans/schema";

const PLAN_ERROR_CODES = new Set(["element", "actionStatus", "droppedReason", "decision", "returnComment"]);
const SHARED_ERROR_CODES = new Set(["required", "tooLong", "date", "invalid"]);

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const signedIn = await authorizeApi("plan:write");
  if (signedIn.response) return signedIn.response;
  const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
  const id = Number((await params).id);
  const unitId = await planUnitId(db, id);
  if (unitId === null) return notFound(t("plans.errors.notFound"));
  const scoped = await authorizeApi("plan:write", unitId);
  if (scoped.response) return scoped.response;
  const body = await readJson(request);
  const parsed = body.ok ? planActionSchema.strict().safeParse(body.value) : null;
  if (!parsed?.success) {
    const codes = parsed ? flatFieldErrors(parsed.error) : { body: ["invalid"] };
    // Plan-specific codes under "plans.errors", the workspace's shared ones under "admin.errors".
    const fields = Object.fromEntries(
      Object.entries(codes).map(([name, list]) => [name, list.map((code) => t(PLAN_ERROR_CODES.has(code) ? `plans.errors.${code}` : SHARED_ERROR_CODES.has(code) ? `admin.errors.${code}` : "admin.errors.invalid"))]),
    );
    return validationError(fields, Object.values(fields)[0]?.[0]);
  }
  try {
    await addPlanAction(db, id, parsed.data, scoped.user.id, unitScope(scoped.user));
  } catch (e) {
    if (e instanceof PlanNotFoundError) return notFound(t("plans.errors.notFound"));
    if (e instanceof PlanStateError) return NextResponse.json({ error: "conflict", message: t("plans.errors.state") }, { status: 409 });
    throw e;
  }
  const plan = await getPlan(db, id, unitScope(scoped.user));
  return NextResponse.json(planJson(plan!), { status: 201 });
}
