// The complaint lifecycle of domain.md section 2 (SP4N-LAPOR!), as pure rules: which transitions
// exist, what each must record, when a case is overdue and when it escalates. The server refuses
// anything these rules refuse; the pages only offer what they allow. No I/O, so every rule is
// unit-tested, with the clock passed in.
import type { ComplaintAction, ComplaintStatus, Severity } from "@/lib/generated/sqlite/enums";
import { complaintDeadlines, deadlineStart, type ComplaintDeadlines } from "@/lib/complaints/deadlines";

export type { ComplaintAction, ComplaintStatus, Severity };

export const STATUSES = [
  "received",
  "verifying",
  "substantiated",
  "unsubstantiated",
  "action_taken",
  "closed",
  "rejected",
] as const satisfies readonly ComplaintStatus[];
export const ACTIONS = ["advice", "verbal_reprimand", "written_reprimand", "sanction_referral"] as const satisfies readonly ComplaintAction[];
export const SEVERITIES = ["minor", "moderate", "serious"] as const satisfies readonly Severity[];
export const CATEGORIES = ["staff_behaviour", "delay", "illegal_fee", "facility", "procedure", "other"] as const;

/**
 * received → verifying → substantiated | unsubstantiated; substantiated → action_taken → closed;
 * an unsubstantiated case is answered and closed; rejected (spam, duplicate, out of scope) only
 * from received, before anyone spends time verifying. closed and rejected are final.
 */
export const TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  received: ["verifying", "rejected"],
  verifying: ["substantiated", "unsubstantiated"],
  substantiated: ["action_taken"],
  unsubstantiated: ["closed"],
  action_taken: ["closed"],
  closed: [],
  rejected: [],
  // A held case is the secretariat's to release or reject (lib/complaints/holds.server.ts), not a handler's step.
  held: [],
};

export const FINAL: ReadonlySet<ComplaintStatus> = new Set(["closed", "rejected"]);

export function allowedNext(status: ComplaintStatus): readonly ComplaintStatus[] {
  return TRANSITIONS[status] ?? [];
}

export function canTransition(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return allowedNext(from).includes(to);
}

/**
 * One step a handler asks for: a transition, or (to === the current status) a note only. The
 * reporter reads two kinds of text: a progress note ("we are checking the counter's records"),
 * shown on /lacak as progress, and the answer, the substantive reply the regulation's answer
 * deadline is about. Only the answer stamps the case answered and opens the reporter's verdict.
 */
export type StepInput = {
  to: ComplaintStatus;
  reason?: string | null; // why, internal
  evidence?: string | null; // what the verification found, internal
  publicNote?: string | null; // a progress note the reporter reads on /lacak
  answer?: string | null; // the answer to the reporter
  action?: ComplaintAction | null;
  severity?: Severity | null;
};

export type StepError =
  | "illegalTransition"
  | "finalStatus"
  | "reasonRequired"
  | "evidenceRequired"
  | "actionRequired"
  | "severityRequired"
  | "answerRequired"
  | "noteRequired"
  | "notAllowedHere"
  | "inspectorateDecides"
  | "heldForReview";
export type StepKind = "transition" | "answer" | "note";
export type StepCheck = { ok: true; kind: StepKind } | { ok: false; errors: Partial<Record<keyof StepInput | "form", StepError>> };

/** Who asks for the step, where it matters: a case with the Inspektorat is judged by an inspector. */
export type StepContext = { inspectorate: boolean; inspector: boolean };

/** The steps that decide a case and so need the answer given in this round (since the last reopening). */
export const NEEDS_ANSWER: ReadonlySet<ComplaintStatus> = new Set(["unsubstantiated", "action_taken", "closed"]);

const filled = (v: string | null | undefined) => !!v && v.trim().length > 0;

/**
 * Whether `step` may be applied to a case in `current` (with `answered`: the answer was given
 * since the last reopening, i.e. the case's answeredAt is set). Each transition records why;
 * verification records its evidence; action records the measure and its severity; a step to
 * unsubstantiated, action taken or closed needs the answer (given with it or before it in this
 * round); a rejection gives its own answer. Once a case is with the Inspektorat, every change of
 * status and the answer are the inspector's; others may still add progress notes and evidence.
 * Fields that do not belong to a step are refused rather than silently dropped.
 */
export function checkStep(current: ComplaintStatus, answered: boolean, step: StepInput, context?: StepContext): StepCheck {
  if (FINAL.has(current)) return { ok: false, errors: { form: "finalStatus" } };
  if (current === "held") return { ok: false, errors: { form: "heldForReview" } };
  const errors: Partial<Record<keyof StepInput | "form", StepError>> = {};
  const judges = step.to !== current || filled(step.answer);
  if (context?.inspectorate && !context.inspector && judges) return { ok: false, errors: { form: "inspectorateDecides" } };
  if (step.to === current) {
    // A note without a change of status: progress, the answer, or evidence for the file.
    if (!filled(step.publicNote) && !filled(step.answer) && !filled(step.evidence)) errors.publicNote = "noteRequired";
    if (step.action) errors.action = "notAllowedHere";
    if (step.severity) errors.severity = "notAllowedHere";
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, kind: filled(step.answer) ? "answer" : "note" };
  }
  if (!canTransition(current, step.to)) return { ok: false, errors: { to: "illegalTransition" } };
  if (!filled(step.reason)) errors.reason = "reasonRequired";
  const verdict = step.to === "substantiated" || step.to === "unsubstantiated";
  if (verdict && !filled(step.evidence)) errors.evidence = "evidenceRequired";
  if (!verdict && filled(step.evidence)) errors.evidence = "notAllowedHere";
  if (step.to === "action_taken") {
    if (!step.action) errors.action = "actionRequired";
    if (!step.severity) errors.severity = "severityRequired";
  } else {
    if (step.action) errors.action = "notAllowedHere";
    if (step.severity) errors.severity = "notAllowedHere";
  }
  if (step.to === "rejected" && !filled(step.answer)) errors.answer = "answerRequired";
  if (NEEDS_ANSWER.has(step.to) && !answered && !filled(step.answer)) errors.answer = "answerRequired";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, kind: "transition" };
}

/** The timestamps a step sets on the case: the verification, the round's first answer (never a progress note), the closure. */
export function stampsOf(step: StepInput, current: { answeredAt: Date | null }, now: Date): { verifiedAt?: Date; answeredAt?: Date; closedAt?: Date } {
  const stamps: { verifiedAt?: Date; answeredAt?: Date; closedAt?: Date } = {};
  if (step.to === "substantiated" || step.to === "unsubstantiated") stamps.verifiedAt = now;
  if (filled(step.answer) && !current.answeredAt) stamps.answeredAt = now;
  // A rejection is final but not a closure: rejected cases are outside the handling score.
  if (step.to === "closed") stamps.closedAt = now;
  return stamps;
}

export type DeadlineSettings = { verifyDays: number; answerDays: number; closeDays: number; nonWorkingDays?: ReadonlySet<string> };
export type Stage = "verify" | "answer" | "close";
export type CaseTimes = {
  status: ComplaintStatus;
  receivedAt: Date;
  reopenedAt?: Date | null;
  verifiedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
};

/**
 * The case's deadlines and the stages overdue at `now`: verification (working days) while it is
 * not yet verified, the answer until one is written, the closure until the case is closed. A
 * rejected case owes nothing more.
 */
export function deadlineState(c: CaseTimes, settings: DeadlineSettings, now: Date): { deadlines: ComplaintDeadlines; overdue: Stage[] } {
  // From the receipt, or from the last reopening: the time a case waited for the reporter's
  // verdict never counts against the unit.
  const deadlines = complaintDeadlines(deadlineStart(c), settings);
  const overdue: Stage[] = [];
  if (c.status === "rejected" || c.status === "closed" || c.status === "held") return { deadlines, overdue };
  if (!c.verifiedAt && (c.status === "received" || c.status === "verifying") && deadlines.verifyBy < now) overdue.push("verify");
  if (!c.answeredAt && deadlines.answerBy < now) overdue.push("answer");
  if (!c.closedAt && deadlines.closeBy < now) overdue.push("close");
  return { deadlines, overdue };
}

/** Earlier substantiated cases of the same unit within this many days count for escalation. */
export const ESCALATION_WINDOW_DAYS = 365;
/** A unit escalates with this many earlier substantiated cases in the window. */
export const UNIT_REPEAT_THRESHOLD = 2;

/** Staff names as people write them: case, spaces and punctuation do not make another person. */
export function normalizeStaffName(name: string | null | undefined): string | null {
  const key = (name ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return key || null;
}

/**
 * Whether a case that was just substantiated escalates, given the unit's earlier substantiated
 * cases in the window: the same named staff member again, or a unit that keeps repeating.
 */
export function escalationFor(
  staffName: string | null | undefined,
  earlier: { staffName: string | null }[],
): { escalate: boolean; reasons: ("staff" | "unit")[] } {
  const reasons: ("staff" | "unit")[] = [];
  const key = normalizeStaffName(staffName);
  if (key && earlier.some((e) => normalizeStaffName(e.staffName) === key)) reasons.push("staff");
  if (earlier.length >= UNIT_REPEAT_THRESHOLD) reasons.push("unit");
  return { escalate: reasons.length > 0, reasons };
}
