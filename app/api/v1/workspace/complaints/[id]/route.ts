// GET /api/v1/workspace/complaints/<id>: a case with its reporter and full history, for the users
// handling it. 401 anonymous; 403 when the case is outside the user's scope (a unit head and
// another unit's case); 404 when there is no such case.
import { NextResponse } from "next/server";
import { caseScope } from "@/lib/complaints/reached";
import { caseJson } from "@/lib/complaints/json";
import { caseUnitId, getCase } from "@/lib/complaints/cases.server";
import { db } from "@/lib/db/db.server";
import { workspaceApi } from "@/lib/http/workspace-api.server";

export const GET = workspaceApi(
  { permission: "complaint:read", unitOf: (id) => caseUnitId(db, id), notFound: "complaints.errors.notFound" },
  async ({ user, id, notFound }) => {
    const found = await getCase(db, id, caseScope(user));
    if (!found) return notFound();
    return NextResponse.json(caseJson(found), { headers: { "Cache-Control": "private, no-store" } });
  },
);
