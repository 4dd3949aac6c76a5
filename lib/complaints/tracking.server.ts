// The public view of a complaint by its tracking code: what the reporter (and anyone holding the
// code) may see, from an explicit select that never reaches the contact, the text or internal
// notes. Its JSON is lib/complaints/json.ts.
import type { Db } from "@/lib/db/db.server";
import { deadlineState, FINAL, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import { checkVerdict, verdictDeadline, verdictStateOf, type VerdictError } from "@/lib/complaints/verdict";
import { DEADLINE_TIMES, findByTrackingCode, settingsAt } from "./queries.server";

/** What the reporter (and anyone holding the code) may see: never the contact, the text or internal notes. */
export type PublicComplaint = {
  trackingCode: string;
  status: ComplaintStatus;
  unit: { slug: string; name: string };
  category: string;
  receivedAt: Date;
  verifiedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
  answerDueBy: Date | null; // while no answer is written and the case is open
  history: { status: ComplaintStatus; at: Date; note: string | null; answer: string | null }[]; // note: progress; answer: the answer
  reopenCount: number;
  inspectorate: boolean; // assigned to the Inspektorat after a second reopening
  duplicateOf: string | null; // the tracking code of the case this one was closed as a duplicate of
  /** The reporter's verdict on the current answer: whether it may be given now, and until when. */
  verdict: { open: boolean; deadline: Date | null; given: boolean; refusal: VerdictError | null };
};

export async function getPublicComplaint(db: Db, code: unknown, now = new Date()): Promise<PublicComplaint | null> {
  // An explicit select: nothing that is not listed here can reach a public page.
  const row = await findByTrackingCode(db, code, {
    trackingCode: true,
    category: true,
    ...DEADLINE_TIMES,
    reopenCount: true,
    inspectorateAt: true,
    duplicateOfId: true,
    publicAnswer: true,
    unit: { select: { slug: true, name: true } },
    events: { select: { toStatus: true, createdAt: true, publicNote: true, answer: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    verdicts: { select: { round: true } },
  });
  if (!row) return null;
  const settings = await settingsAt(db, now);
  const duplicateOf = row.duplicateOfId ? await db.complaint.findUnique({ where: { id: row.duplicateOfId }, select: { trackingCode: true } }) : null;
  // A held case owes no answer yet: its deadlines start when it is released to the unit.
  const open = !row.answeredAt && !FINAL.has(row.status) && row.status !== "held";
  const answerDueBy = open ? deadlineState(row, settings, now).deadlines.answerBy : null;
  const state = verdictStateOf(row);
  const check = checkVerdict(state, now, settings.verdictDays);
  return {
    trackingCode: row.trackingCode,
    status: row.status,
    unit: row.unit,
    category: row.category,
    receivedAt: row.receivedAt,
    verifiedAt: row.verifiedAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    answer: row.publicAnswer,
    answerDueBy,
    history: row.events.map((e) => ({ status: e.toStatus, at: e.createdAt, note: e.publicNote, answer: e.answer })),
    reopenCount: row.reopenCount,
    inspectorate: row.inspectorateAt !== null,
    duplicateOf: duplicateOf?.trackingCode ?? null,
    verdict: {
      open: check.ok,
      deadline: verdictDeadline(state, settings.verdictDays),
      given: state.judgedRounds.includes(state.round),
      refusal: check.ok ? null : check.error,
    },
  };
}
