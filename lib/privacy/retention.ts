// How long a complaint reporter's contact (name, phone, email) is kept: PRIVACY_RETENTION_DAYS
// (default 365) city days after the case was closed or rejected, then erased (UU PDP No. 27/2022:
// personal data is kept no longer than its purpose needs; the purpose, answering the reporter,
// ends with the case). Pure: the clock is an argument.
import { cityDay, cityMidnight } from "@/lib/time/clock";

export const DEFAULT_RETENTION_DAYS = 365;

/** PRIVACY_RETENTION_DAYS, a whole number of days (0 = erase the day after closure). */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PRIVACY_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > 36_500) throw new Error(`PRIVACY_RETENTION_DAYS must be a whole number of days (0-36500), got "${raw}"`);
  return days;
}

/**
 * Cases closed before this instant are past their retention at `now`. The contact is kept through
 * the whole city day on which the retention ends (closure day + `days`) and erased from the next
 * city day on: so a case closed at any hour of day D is erased on day D + days + 1, not before.
 */
export function retentionCutoff(now: Date, days: number): Date {
  const [y, m, d] = cityDay(now).split("-").map(Number);
  return cityMidnight(y, m, d - days);
}

/** The city day from which a contact of a case closed at `closedAt` is erased. */
export function erasureDay(closedAt: Date, days: number): string {
  const [y, m, d] = cityDay(closedAt).split("-").map(Number);
  return cityDay(cityMidnight(y, m, d + days + 1));
}
