// GET /api/v1/workspace/complaints/<id>: a case with its reporter and full history, for the users
// handling it. 401 anonymous; 403 when the case is outside the user's scope (a unit head and
// another unit's case); 404 when there is no such case.
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { caseJson } from "@/lib/complaints/json";
import { caseUnitId, getCase } from "@/lib/complaints/cases.server";
import { db } from "@/lib/db/db.server";
import { notFound } from "@/lib/http/api-errors";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const signedIn = await authorizeApi("complaint:read");
  if (signedIn.response) return signedIn.response;
  const id = recordId((await params).id) ?? 0; // 0 is no record
  const unitId = await caseUnitId(db, id);
  const missing = async () => notFound((await translatorFor(requestLocale(request, { acceptLanguage: true })))("complaints.errors.notFound"));
  if (unitId === null) return missing();
  const scoped = await authorizeApi("complaint:read", unitId);
  if (scoped.response) return scoped.response;
  const found = await getCase(db, id, unitScope(scoped.user));
  if (!found) return missing();
  return NextResponse.json(caseJson(found), { headers: { "Cache-Control": "private, no-store" } });
}
