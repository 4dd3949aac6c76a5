// The deadline a case owes next, stored as Complaint.nextDueAt so the desk's list can sort by the
// nearest deadline with an index (issue 28): verification while the case is unverified, then the
// answer while it has none, then the closure; nothing once it is closed or rejected. Pure.
// Precisely: the earliest deadline of a stage the case still owes (lifecycle.deadlineState's
// stages), so "overdue in any stage" is exactly nextDueAt < now, an index range (the dashboard's
// backlog, the list's overdue filter), even when a long holiday pushes verification past the answer.
import { complaintDeadlines, deadlineStart, stampDays, type DeadlineLengths, type StampDays } from "./deadlines";
import type { CaseTimes } from "./lifecycle";

export function nextDueAt(c: CaseTimes, settings: DeadlineLengths): Date | null {
  // A held case is not the unit's yet (hold.ts): it owes nothing until it is released.
  if (c.status === "closed" || c.status === "rejected" || c.status === "held") return null;
  const deadlines = complaintDeadlines(deadlineStart(c), settings);
  const owed = [deadlines.closeBy];
  if (!c.answeredAt) owed.push(deadlines.answerBy);
  if (!c.verifiedAt && (c.status === "received" || c.status === "verifying")) owed.push(deadlines.verifyBy);
  return new Date(Math.min(...owed.map((d) => d.getTime())));
}

/** Every column derived from a case's times, written together wherever those times change: its next deadline and its stamps' days. */
export function derivedDeadlineColumns(c: CaseTimes, settings: DeadlineLengths): { nextDueAt: Date | null } & StampDays {
  return { nextDueAt: nextDueAt(c, settings), ...stampDays(c, settings.nonWorkingDays) };
}
