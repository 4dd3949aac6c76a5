// The city's working days: Monday to Friday in WIB, except the non-working days the secretariat
// keeps (national holidays and cuti bersama, NonWorkingDay rows). Pure: the days come in as a set
// of "YYYY-MM-DD" city dates, so every rule is testable on a controlled clock.
import { cityDay } from "@/lib/time/clock";

const DAY_MS = 86_400_000;
const OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Jakarta, as lib/time/clock.ts

/** City dates ("YYYY-MM-DD") that are not working days although they fall Monday to Friday. */
export type NonWorkingDays = ReadonlySet<string>;
export const NO_HOLIDAYS: NonWorkingDays = new Set();

/** Whether the city day containing `date` is a working day. */
export function isWorkingDay(date: Date, nonWorking: NonWorkingDays = NO_HOLIDAYS): boolean {
  const weekday = new Date(date.getTime() + OFFSET_MS).getUTCDay(); // 0 Sunday .. 6 Saturday, city time
  return weekday !== 0 && weekday !== 6 && !nonWorking.has(cityDay(date));
}

/** `date` plus `days` working days, keeping the time of day (a deadline received Friday 10:00 ends a working day's 10:00). */
export function addWorkingDays(date: Date, days: number, nonWorking: NonWorkingDays = NO_HOLIDAYS): Date {
  let t = date.getTime();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(new Date(t), nonWorking)) left--;
  }
  return new Date(t);
}

/** The city day ("YYYY-MM-DD") of the last working day before the city day containing `date`. */
export function workingDayBefore(date: Date, nonWorking: NonWorkingDays = NO_HOLIDAYS): string {
  let t = date.getTime() - DAY_MS;
  while (!isWorkingDay(new Date(t), nonWorking)) t -= DAY_MS;
  return cityDay(new Date(t));
}

/** The instant a city day ("YYYY-MM-DD") starts plus `hours` (07:00 WIB: hours 7). */
export function cityDayAt(day: string, hours = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + hours * 3_600_000);
}
