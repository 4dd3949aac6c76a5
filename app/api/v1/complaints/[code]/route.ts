// GET /api/v1/complaints/<trackingCode>: the public view of a complaint (status, unit, dates,
// answer, public history). 404 JSON for an unknown or malformed code, which never reaches the
// database (parseTrackingCode).
import { NextResponse, type NextRequest } from "next/server";
import { getPublicComplaint } from "@/lib/complaints/tracking.server";
import { publicComplaintJson } from "@/lib/complaints/json";
import { db } from "@/lib/db/db.server";
import { notFound } from "@/lib/http/api-errors";
import { apiTranslator } from "@/lib/http/api-request.server";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const complaint = await getPublicComplaint(db, code);
  if (!complaint) return notFound((await apiTranslator(request))("complaints.errors.notFound"));
  return NextResponse.json(publicComplaintJson(complaint), { headers: { "Cache-Control": "private, no-store" } });
}
