// Number and date formatting of the public pages in the visitor's language ("78,45" in
// Indonesian, "78.45" in English), dates in the city's time zone.
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
