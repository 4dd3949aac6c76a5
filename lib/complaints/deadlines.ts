// Complaint deadlines (domain.md section 2, configurable): verification within N working days of
// receipt, a substantive answer within N calendar days, closure within N calendar days.
// Working days are Monday to Friday in the city's calendar; national holidays are not modelled
// (a holiday makes a deadline one day stricter, never looser).
import type { ScoringSettings } from "@/lib/scores/compliance";

const DAY_MS = 86_400_000;
const OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Jakarta

/** `date` plus `days` working days (Mon-Fri, city calendar), keeping the time of day. */
export function addWorkingDays(date: Date, days: number): Date {
  let t = date.getTime();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    const weekday = new Date(t + OFFSET_MS).getUTCDay(); // 0 Sunday .. 6 Saturday, city time
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(t);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export type ComplaintDeadlines = { verifyBy: Date; answerBy: Date; closeBy: Date };

export function complaintDeadlines(receivedAt: Date, settings: Pick<ScoringSettings, "verifyDays" | "answerDays" | "closeDays">): ComplaintDeadlines {
  return {
    verifyBy: addWorkingDays(receivedAt, settings.verifyDays),
    answerBy: addDays(receivedAt, settings.answerDays),
    closeBy: addDays(receivedAt, settings.closeDays),
  };
}

/** Where a case's deadlines run from: its receipt, or its last reopening by the reporter's verdict. */
export function deadlineStart(c: { receivedAt: Date; reopenedAt?: Date | null }): Date {
  return c.reopenedAt ?? c.receivedAt;
}
