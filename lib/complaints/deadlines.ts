// Complaint deadlines (domain.md section 2, configurable): verification within N working days of
// receipt, a substantive answer within N calendar days, closure within N calendar days.
// Working days are the city's (lib/calendar): Monday to Friday without the national holidays and
// cuti bersama the secretariat keeps; the settings carry them (settingsAt loads them).
import type { ScoringSettings } from "@/lib/scores/compliance";
import { addWorkingDays, type NonWorkingDays } from "@/lib/calendar/working-days";

export { addWorkingDays };

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export type ComplaintDeadlines = { verifyBy: Date; answerBy: Date; closeBy: Date };

/** The deadline lengths, with the city's non-working days (none given: weekends only). */
export type DeadlineLengths = Pick<ScoringSettings, "verifyDays" | "answerDays" | "closeDays"> & { nonWorkingDays?: NonWorkingDays };

export function complaintDeadlines(receivedAt: Date, settings: DeadlineLengths): ComplaintDeadlines {
  return {
    verifyBy: addWorkingDays(receivedAt, settings.verifyDays, settings.nonWorkingDays),
    answerBy: addDays(receivedAt, settings.answerDays),
    closeBy: addDays(receivedAt, settings.closeDays),
  };
}

/** Where a case's deadlines run from: its receipt, or its last reopening by the reporter's verdict. */
export function deadlineStart(c: { receivedAt: Date; reopenedAt?: Date | null }): Date {
  return c.reopenedAt ?? c.receivedAt;
}
