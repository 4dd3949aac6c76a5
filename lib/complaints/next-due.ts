// The deadline a case owes next, stored as Complaint.nextDueAt so the desk's list can sort by the
// nearest deadline with an index (issue 28): verification while the case is unverified, then the
// answer while it has none, then the closure; nothing once it is closed or rejected. Pure.
import { complaintDeadlines, deadlineStart, type DeadlineLengths } from "./deadlines";
import type { CaseTimes } from "./lifecycle";

export function nextDueAt(c: CaseTimes, settings: DeadlineLengths): Date | null {
  if (c.status === "closed" || c.status === "rejected") return null;
  const deadlines = complaintDeadlines(deadlineStart(c), settings);
  // The same stage order as lifecycle.deadlineState's overdue stages.
  if (!c.verifiedAt && (c.status === "received" || c.status === "verifying")) return deadlines.verifyBy;
  if (!c.answeredAt) return deadlines.answerBy;
  return deadlines.closeBy;
}
