// The ways a complaint reaches a unit (domain.md section 2, "Channels"): the citizen's web form
// and the API, and the ones a handler records in the workspace for a complaint received by phone,
// WhatsApp, in person, by letter or through SP4N-LAPOR!. Every channel enters the same lifecycle.
import type { ComplaintChannel } from "@/lib/generated/sqlite/enums";

export type { ComplaintChannel };

export const CHANNELS = ["web", "api", "phone", "whatsapp", "in_person", "letter", "lapor"] as const satisfies readonly ComplaintChannel[];
/** The channels a handler records by hand (web and api file themselves). */
export const RECORDED_CHANNELS = ["phone", "whatsapp", "in_person", "letter", "lapor"] as const satisfies readonly ComplaintChannel[];
export type RecordedChannel = (typeof RECORDED_CHANNELS)[number];

/** A recorded complaint may be back-dated this many days at most. */
export const MAX_BACKDATE_DAYS = 30;
/** Clock skew allowed between the handler's device and the server. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Why a receipt time is refused, or null when it is acceptable: not in the future, at most 30 days back. */
export function receivedAtProblem(receivedAt: Date, now: Date): "future" | "tooOld" | null {
  if (receivedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) return "future";
  if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) return "tooOld";
  return null;
}

/** SP4N-LAPOR! ticket numbers as handlers copy them: letters, digits and dashes, case-insensitive. */
export function normalizeLaporTicket(ticket: string): string {
  return ticket.trim().toUpperCase().replace(/\s+/g, "");
}
