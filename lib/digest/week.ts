// Which weekly digest is due (pure): the one of the latest Monday 07:00 WIB at or before `now`.
// Cron runs `notify:due` every minute; every run in the week after Monday 07:00 names the same
// week, so a run missed on Monday morning (server down) is caught up by the next one, and the
// key (recipient, "digest", week) keeps it to one.
import { cityDayAt } from "@/lib/calendar/working-days";
import { cityDay } from "@/lib/time/clock";

export const DIGEST_HOUR = 7;
const DAY_MS = 86_400_000;

export type DigestWeek = { key: string; dueAt: Date; lastWeek: { from: Date; to: Date }; weekBefore: { from: Date; to: Date } };

export function digestWeek(now: Date): DigestWeek {
  const today = cityDayAt(cityDay(now));
  const weekday = (new Date(today.getTime() + 7 * 3_600_000).getUTCDay() + 6) % 7; // 0 Monday .. 6 Sunday
  let monday = new Date(today.getTime() - weekday * DAY_MS);
  if (now < new Date(monday.getTime() + DIGEST_HOUR * 3_600_000)) monday = new Date(monday.getTime() - 7 * DAY_MS);
  const key = cityDay(monday);
  return {
    key,
    dueAt: cityDayAt(key, DIGEST_HOUR),
    lastWeek: { from: new Date(monday.getTime() - 7 * DAY_MS), to: monday },
    weekBefore: { from: new Date(monday.getTime() - 14 * DAY_MS), to: new Date(monday.getTime() - 7 * DAY_MS) },
  };
}

/** The Monday 07:00 WIB after `now`: when the next digest goes out (the preview's date). */
export function nextDigestAt(now: Date): Date {
  return new Date(digestWeek(now).dueAt.getTime() + 7 * DAY_MS);
}
