// POST /api/v1/complaints: file a complaint as JSON (docs/complaints.md). 201 { trackingCode }
// once committed; 400 with field errors in the client's language (nothing stored); 404 for an
// unknown unit; 429 with Retry-After only beyond the server's ceiling (beyond the per-network limit
// the complaint is stored and held for review, answered 201 alike).
import { NextResponse, type NextRequest } from "next/server";
import { fileComplaint, refusalMessage } from "@/lib/complaints/filing.server";
import { db } from "@/lib/db/db.server";
import { notFound, tooManyRequests, translatedValidationError } from "@/lib/http/api-errors";
import { apiTranslator, parseJsonBody } from "@/lib/http/api-request.server";
import { deliverSoon } from "@/lib/notifications/outbox.server";
import { clientKey } from "@/lib/security/rate-limit.server";
import { complaintSchema } from "@/lib/complaints/schema";

export async function POST(request: NextRequest) {
  const parsed = await parseJsonBody(request, complaintSchema, { unreadable: "body" });
  if (!parsed.ok) return translatedValidationError(parsed.codes, await apiTranslator(request), "complaints.errors");
  const outcome = await fileComplaint(db, parsed.data, { clientKey: clientKey(request.headers), channel: "api" });
  if (outcome.ok) {
    deliverSoon(db);
    return NextResponse.json({ trackingCode: outcome.trackingCode }, { status: 201, headers: { Location: `/api/v1/complaints/${outcome.trackingCode}` } });
  }
  const t = await apiTranslator(request);
  if (outcome.reason === "unknown_unit") return notFound(t("complaints.errors.unknownUnit"));
  // Only beyond the server's ceiling (a complaint beyond the per-network limit is held: 201 alike); the message names whom to call instead.
  return tooManyRequests(refusalMessage(outcome, t, "complaints.errors.rateLimited"), outcome.retryAfterSeconds);
}
