// The JSON of a complaint in the API: the public view by tracking code (GET /api/v1/complaints/<code>)
// and the handlers' whole case (GET /api/v1/workspace/complaints/<id>), and the reporter's account
// of what happened, which the reporter's own data export (lib/privacy/) prints the same way.
import type { CaseDetail } from "./cases.server";
import type { PublicComplaint } from "./tracking.server";
import { cityDay } from "@/lib/time/clock";

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/**
 * What the reporter told: the unit, the category, the account, when, who and where. The day of the
 * incident is the calendar day the reporter gave (`occurredOn`, the city's day, as the form and the
 * API take it), not an instant: stored as that day's midnight in WIB, it would print as the day
 * before in UTC.
 */
export function reportJson(c: {
  unit: { slug: string; name: string };
  category: string;
  description: string;
  occurredAt: Date | null;
  staffName: string | null;
  room: string | null;
}) {
  return {
    unit: c.unit,
    category: c.category,
    description: c.description,
    occurredOn: c.occurredAt ? cityDay(c.occurredAt) : null,
    staffName: c.staffName,
    room: c.room,
  };
}

/** The stamps of the case's stages. */
function stampsJson(c: { receivedAt: Date; verifiedAt: Date | null; answeredAt: Date | null; closedAt: Date | null }) {
  return { receivedAt: c.receivedAt.toISOString(), verifiedAt: isoOrNull(c.verifiedAt), answeredAt: isoOrNull(c.answeredAt), closedAt: isoOrNull(c.closedAt) };
}

/** The JSON of GET /api/v1/complaints/<code>. */
export function publicComplaintJson(c: PublicComplaint) {
  return {
    trackingCode: c.trackingCode,
    status: c.status,
    unit: c.unit,
    category: c.category,
    ...stampsJson(c),
    answer: c.answer,
    answerDueBy: isoOrNull(c.answerDueBy),
    history: c.history.map((h) => ({ status: h.status, at: h.at.toISOString(), note: h.note })),
    reopenCount: c.reopenCount,
    inspectorate: c.inspectorate,
    verdict: { open: c.verdict.open, given: c.verdict.given, deadline: isoOrNull(c.verdict.deadline) },
  };
}

/** The JSON of GET /api/v1/workspace/complaints/<id>. */
export function caseJson(c: CaseDetail) {
  return {
    id: c.id,
    trackingCode: c.trackingCode,
    ...reportJson(c),
    // The stored instant too: a case a handler recorded carries the hour it was told (datetime-local).
    occurredAt: isoOrNull(c.occurredAt),
    anonymous: c.anonymous,
    reporter: c.reporter,
    status: c.status,
    action: c.action,
    severity: c.severity,
    escalate: c.escalate,
    answer: c.publicAnswer,
    ...stampsJson(c),
    deadlines: { verifyBy: c.deadlines.verifyBy.toISOString(), answerBy: c.deadlines.answerBy.toISOString(), closeBy: c.deadlines.closeBy.toISOString() },
    overdue: c.overdue,
    channel: c.channel,
    laporTicket: c.laporTicket,
    reopenCount: c.reopenCount,
    reopenedAt: isoOrNull(c.reopenedAt),
    inspectorateAt: isoOrNull(c.inspectorateAt),
    duplicateOf: c.duplicateOf?.trackingCode ?? null,
    possibleDuplicates: c.possibleDuplicates.map((d) => d.trackingCode),
    verdicts: c.verdicts.map((v) => ({ round: v.round, satisfied: v.satisfied, reason: v.reason, at: v.createdAt.toISOString() })),
    events: c.events.map((e) => ({
      from: e.fromStatus,
      to: e.toStatus,
      at: e.createdAt.toISOString(),
      actor: e.actor?.name ?? null,
      reason: e.reason,
      evidence: e.evidence,
      publicNote: e.publicNote,
      answer: e.answer,
      action: e.action,
      severity: e.severity,
    })),
  };
}
