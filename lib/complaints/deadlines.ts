// Complaint deadlines (domain.md section 2, configurable): verification within N working days of
// receipt, a substantive answer within N calendar days, closure within N calendar days.
// Working days are the city's (lib/calendar): Monday to Friday without the national holidays and
// cuti bersama the secretariat keeps; the settings carry them (settingsAt loads them).
import type { ScoringSettings } from "@/lib/scores/compliance";
import { addWorkingDays, isWorkingDay, type NonWorkingDays } from "@/lib/calendar/working-days";

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

/**
 * The day of its deadline count on which each of a case's stamps fell, stored beside the stamps
 * (Complaint.verifiedOnWorkingDay, answeredOnDay, closedOnDay) so that the figures can count the
 * steps done on time in SQL, for any period's deadline lengths (issue 28). A stamp is on time
 * exactly when its day is at most the period's days: `verifiedOnWorkingDay <= verifyDays` is
 * `verifiedAt <= addWorkingDays(start, verifyDays)`, and `answeredOnDay <= answerDays` is
 * `answeredAt <= addDays(start, answerDays)`. Null where the stamp is null.
 */
export type StampDays = { verifiedOnWorkingDay: number | null; answeredOnDay: number | null; closedOnDay: number | null };

export function stampDays(
  c: { receivedAt: Date; reopenedAt?: Date | null; verifiedAt: Date | null; answeredAt: Date | null; closedAt: Date | null },
  nonWorking?: NonWorkingDays,
): StampDays {
  const start = deadlineStart(c);
  return {
    verifiedOnWorkingDay: c.verifiedAt && workingDayOf(start, c.verifiedAt, nonWorking),
    answeredOnDay: c.answeredAt && calendarDayOf(start, c.answeredAt),
    closedOnDay: c.closedAt && calendarDayOf(start, c.closedAt),
  };
}

/**
 * Which working day of the count from `start` the instant `at` falls in: 1 until the first
 * working day's deadline instant (start plus a day, the time of day kept, as addWorkingDays), 2
 * until the second, and so on. So `at <= addWorkingDays(start, n)` exactly when the result is at
 * most n (for n >= 1).
 */
export function workingDayOf(start: Date, at: Date, nonWorking?: NonWorkingDays): number {
  let day = 1;
  for (let t = start.getTime() + DAY_MS; t < at.getTime(); t += DAY_MS) if (isWorkingDay(new Date(t), nonWorking)) day++;
  return day;
}

/** Which calendar day from `start` the instant `at` falls in (its deadline instant included): `at <= addDays(start, n)` exactly when it is at most n. */
export function calendarDayOf(start: Date, at: Date): number {
  return Math.ceil((at.getTime() - start.getTime()) / DAY_MS);
}
