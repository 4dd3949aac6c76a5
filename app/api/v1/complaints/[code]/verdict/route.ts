// POST /api/v1/complaints/<trackingCode>/verdict: the reporter's verdict on the current answer,
// { "satisfied": true } or { "satisfied": false, "reason": "…" } (docs/api.md, "Complaints API").
// 200 with the case's public view; 400 with field errors; 404 for an unknown code; 409 when the
// case is not answered yet, the answer was already judged, or the window has passed. A refused
// verdict changes nothing.
import { NextResponse, type NextRequest } from "next/server";
import { getPublicComplaint } from "@/lib/complaints/tracking.server";
import { publicComplaintJson } from "@/lib/complaints/json";
import { submitVerdict } from "@/lib/complaints/verdict.server";
import { revalidatePublicData } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { notFound, translatedValidationError } from "@/lib/http/api-errors";
import { apiTranslator, parseJsonBody } from "@/lib/http/api-request.server";
import { deliverSoon } from "@/lib/notifications/outbox.server";
import { verdictSchema } from "@/lib/complaints/recorded-schema";

const OWN_CODES = new Set(["verdictChoice", "verdictReasonRequired"]);

export async function POST(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await apiTranslator(request);
  const parsed = await parseJsonBody(request, verdictSchema, { unreadable: "body" });
  if (!parsed.ok) return translatedValidationError(parsed.codes, t, (c) => `${OWN_CODES.has(c) ? "complaintChannels" : "complaints"}.errors.${c}`);
  const outcome = await submitVerdict(db, code, parsed.data, { t });
  if (!outcome.ok) {
    const message = t(`complaintChannels.errors.${outcome.error}`);
    if (outcome.error === "notFound") return notFound(message);
    return NextResponse.json(
      { error: outcome.error === "alreadyJudged" ? "already_judged" : outcome.error === "windowClosed" ? "window_closed" : "not_answered", message },
      { status: 409 },
    );
  }
  deliverSoon(db);
  revalidatePublicData();
  const complaint = await getPublicComplaint(db, code);
  return NextResponse.json(
    { reopened: outcome.reopened, inspectorate: outcome.inspectorate, complaint: complaint ? publicComplaintJson(complaint) : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
