// The reporter's verdict on an answer (domain.md section 2, "The reporter's verdict"), as pure
// rules: when a verdict may be given, and what a "not satisfied" does to the case. No I/O.
import { deadlineStart } from "./deadlines";
import type { ComplaintStatus } from "./lifecycle";

/** The statuses that mean "the reporter has an answer" for the current round. */
export const ANSWERED_STATUSES: readonly ComplaintStatus[] = ["action_taken", "unsubstantiated"];
/** The reopening that also assigns the case to the Inspektorat. */
export const REOPENINGS_TO_INSPECTORATE = 2;

export type VerdictError = "notAnswered" | "alreadyJudged" | "windowClosed";

export type VerdictState = {
  status: ComplaintStatus;
  round: number; // the case's reopenCount: the answer being judged
  answeredRoundAt: Date | null; // when the current round reached action_taken or unsubstantiated
  judgedRounds: readonly number[]; // rounds that already have a verdict
};

type RoundEvent = { toStatus: ComplaintStatus; createdAt: Date; answer?: string | null };

/**
 * When the current round's answer is open to the reporter's verdict: once, since `roundStart`,
 * the answer was given (a progress note is not one) and the case reached action_taken or
 * unsubstantiated; the later of the two. The steps require the answer by then; older cases whose
 * only text was a note wait for the answer.
 */
export function roundAnsweredAt(events: readonly RoundEvent[], roundStart: Date): Date | null {
  const first = (hit: (e: RoundEvent) => boolean) =>
    events
      .filter((e) => e.createdAt >= roundStart && hit(e))
      .map((e) => e.createdAt.getTime())
      .sort((a, b) => a - b)[0];
  const decided = first((e) => ANSWERED_STATUSES.includes(e.toStatus));
  const answered = first((e) => !!e.answer && e.answer.trim().length > 0);
  return decided === undefined || answered === undefined ? null : new Date(Math.max(decided, answered));
}

/** A case's verdict state from its row: the round, when that round was answered, the rounds judged. */
export function verdictStateOf(row: {
  status: ComplaintStatus;
  receivedAt: Date;
  reopenedAt: Date | null;
  reopenCount: number;
  events: readonly RoundEvent[];
  verdicts: readonly { round: number }[];
}): VerdictState {
  return {
    status: row.status,
    round: row.reopenCount,
    answeredRoundAt: roundAnsweredAt(row.events, deadlineStart(row)),
    judgedRounds: row.verdicts.map((v) => v.round),
  };
}

/** When the window for judging the current answer closes, or null while there is no answer. */
export function verdictDeadline(state: Pick<VerdictState, "answeredRoundAt">, verdictDays: number): Date | null {
  return state.answeredRoundAt ? new Date(state.answeredRoundAt.getTime() + verdictDays * 86_400_000) : null;
}

/**
 * Whether the reporter may judge the case's current answer at `now`: once it has been answered
 * (whether or not it was closed since; never a rejected case), once per answer, within
 * `verdictDays` of the answer.
 */
export function checkVerdict(state: VerdictState, now: Date, verdictDays: number): { ok: true } | { ok: false; error: VerdictError } {
  if (state.status === "rejected" || !state.answeredRoundAt) return { ok: false, error: "notAnswered" };
  if (state.judgedRounds.includes(state.round)) return { ok: false, error: "alreadyJudged" };
  if (now > verdictDeadline(state, verdictDays)!) return { ok: false, error: "windowClosed" };
  return { ok: true };
}

/** What a "not satisfied" verdict does: back to verifying, the round's stamps cleared, deadlines from now. */
export function reopening(reopenCount: number, now: Date) {
  const count = reopenCount + 1;
  return {
    status: "verifying" as const,
    reopenCount: count,
    reopenedAt: now,
    verifiedAt: null,
    answeredAt: null,
    closedAt: null,
    publicAnswer: null,
    action: null,
    severity: null,
    toInspectorate: count >= REOPENINGS_TO_INSPECTORATE,
  };
}
