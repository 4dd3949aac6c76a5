// Every number and date the product shows, in one place: the citizen pages and reports in the
// visitor's language ("78,45" in Indonesian, "78.45" in English), the workspace's compact
// figures, and dates and times in the city's time zone.
import type { Locale } from "@/lib/i18n/locales";

export type Formatters = {
  num: (value: number | null | undefined, digits?: number) => string;
  delta: (value: number | null | undefined) => string;
  date: (value: string | Date | null | undefined) => string;
};

export function formatters(locale: string): Formatters {
  const tag = locale === "en" ? "en-GB" : "id-ID";
  const cache = new Map<number, Intl.NumberFormat>();
  const number = (digits: number) => {
    let f = cache.get(digits);
    if (!f) cache.set(digits, (f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Asia/Jakarta" });
  return {
    num: (value, digits = 2) => (value == null ? "–" : number(digits).format(value)),
    delta: (value) => (value == null ? "–" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${number(2).format(Math.abs(value))}`),
    date: (value) => (value ? dateFormat.format(typeof value === "string" ? new Date(value) : value) : "–"),
  };
}

/** A date and time as the citizen reads it, in the city's time zone. */
export function dateFormatter(locale: Locale): (d: Date) => string {
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return (d) => format.format(d);
}

// Fixed decimals with a point, the same in both languages: for text a machine reads (a setting's
// value, data attributes). A number a person reads on screen takes `formatters(locale).num`.
export function fmt(value: number | null | undefined, digits = 2): string {
  return value == null ? "–" : value.toFixed(digits);
}

export function fmtDelta(value: number | null | undefined): string {
  if (value == null) return "–";
  return `${value > 0 ? "+" : ""}${value.toFixed(2)}`;
}

export function fmtDateTime(date: Date | string | null | undefined): string {
  if (!date) return "–";
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).slice(0, 16);
}

export function fmtDate(date: Date | string | null | undefined): string {
  return date ? fmtDateTime(date).slice(0, 10) : "–";
}
