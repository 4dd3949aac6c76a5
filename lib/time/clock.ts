// The city's clock. Kota Bengkulu is on WIB (Asia/Jakarta, UTC+7, no daylight saving), so a
// fixed offset is exact and needs no time-zone database.
export const CITY_TIME_ZONE = "Asia/Jakarta";
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** "YYYY-MM" of the city's calendar month containing `date`. */
export function cityMonth(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 7);
}

/** "YYYY-MM-DD" of the city's calendar day containing `date`. */
export function cityDay(date: Date): string {
  // From the date's fields rather than toISOString(): three times faster, and the scores call it
  // for every day of every case's working-day deadline (issue 28). Same text, same RangeError.
  const t = date.getTime() + OFFSET_MS;
  if (Number.isNaN(t)) throw new RangeError("Invalid time value");
  const d = new Date(t);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${d.getUTCFullYear()}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The instant at which city-local midnight of year/month(1-12)/day starts. */
export function cityMidnight(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

/** "YYYY-MM-DDTHH:mm" of the city's clock at `date` (a datetime-local input's value). */
export function cityDateTimeLocal(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
