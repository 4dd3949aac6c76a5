// Small pieces shared by the complaint route handlers.
import type { Locale } from "@/lib/i18n/locales";

/** A date and time as the citizen reads it, in the city's time zone. */
export function dateFormatter(locale: Locale): (d: Date) => string {
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return (d) => format.format(d);
}
