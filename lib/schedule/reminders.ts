// When a handler is reminded of a deadline (pure): from 07:00 WIB of the working day before the
// deadline's day until the deadline itself. A run that was missed (server down that morning)
// catches up later the same day or the next, as long as the deadline has not passed; after it,
// the overdue notice of lib/complaints takes over.
import { cityDayAt, workingDayBefore, type NonWorkingDays } from "@/lib/calendar/working-days";

export const REMINDER_HOUR = 7; // WIB, the start of the office day

/** The city day of the reminder for `deadline` ("YYYY-MM-DD"), or null when none is due at `now`. */
export function reminderDue(deadline: Date, nonWorking: NonWorkingDays, now: Date): string | null {
  const day = workingDayBefore(deadline, nonWorking);
  return now >= cityDayAt(day, REMINDER_HOUR) && now < deadline ? day : null;
}
