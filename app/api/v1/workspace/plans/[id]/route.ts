// GET /api/v1/workspace/plans/<id>: a plan with its actions, for users who may read it. 401
// anonymous; 403 for a plan of another unit (a unit head); 404 when there is no such plan.
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { planJson } from "@/lib/plans/json";
import { getPlan, planUnitId } from "@/lib/plans/plans.server";
import { db } from "@/lib/db/db.server";
import { notFound } from "@/lib/http/api-errors";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const signedIn = await authorizeApi("plan:read");
  if (signedIn.response) return signedIn.response;
  const id = recordId((await params).id) ?? 0; // 0 is no record
  const unitId = await planUnitId(db, id);
  const missing = async () => notFound((await translatorFor(requestLocale(request, { acceptLanguage: true })))("plans.errors.notFound"));
  if (unitId === null) return missing();
  const scoped = await authorizeApi("plan:read", unitId);
  if (scoped.response) return scoped.response;
  const plan = await getPlan(db, id, unitScope(scoped.user));
  if (!plan) return missing();
  return NextResponse.json(planJson(plan), { headers: { "Cache-Control": "private, no-store" } });
}
