// Reporting periods: a year "2026", a semester "2026-S2", a quarter "2026-Q3" or a month
// "2026-07", all in the city's calendar (Asia/Jakarta). Scores of any period are computed from
// the per-month aggregates of its months.
import { cityMidnight, cityMonth } from "@/lib/time/clock";

export type PeriodKind = "year" | "semester" | "quarter" | "month";
export type Period = { kind: PeriodKind; year: number; index: number; key: string };

const PATTERN = /^(\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const MONTHS_PER: Record<PeriodKind, number> = { year: 12, semester: 6, quarter: 3, month: 1 };

/** Parses a period key; null when malformed or outside 2000-2100. */
export function parsePeriod(key: string): Period | null {
  const match = PATTERN.exec(key.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const part = match[2];
  if (!part) return makePeriod("year", year, 1);
  if (part[0] === "S") return makePeriod("semester", year, Number(part[1]));
  if (part[0] === "Q") return makePeriod("quarter", year, Number(part[1]));
  return makePeriod("month", year, Number(part));
}

export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  const key =
    kind === "year"
      ? `${year}`
      : kind === "semester"
        ? `${year}-S${index}`
        : kind === "quarter"
          ? `${year}-Q${index}`
          : `${year}-${String(index).padStart(2, "0")}`;
  return { kind, year, index, key };
}

/** The calendar months ("YYYY-MM") of a period, in order. */
export function monthsOf(period: Period): string[] {
  const count = MONTHS_PER[period.kind];
  const first = (period.index - 1) * count + 1;
  return Array.from({ length: count }, (_, i) => `${period.year}-${String(first + i).padStart(2, "0")}`);
}

/** The instants at which the period starts (inclusive) and ends (exclusive), city time. */
export function boundsOf(period: Period): { start: Date; end: Date } {
  const months = monthsOf(period);
  const [y1, m1] = months[0].split("-").map(Number);
  const [y2, m2] = months[months.length - 1].split("-").map(Number);
  return { start: cityMidnight(y1, m1), end: m2 === 12 ? cityMidnight(y2 + 1, 1) : cityMidnight(y2, m2 + 1) };
}

/** The quarter that contains `now` in the city. */
export function currentQuarter(now: Date): Period {
  const [year, month] = cityMonth(now).split("-").map(Number);
  return makePeriod("quarter", year, Math.ceil(month / 3));
}

/** The period of the same kind just before `period`. */
export function previousPeriod(period: Period): Period {
  const perYear = 12 / MONTHS_PER[period.kind];
  return period.index > 1 ? makePeriod(period.kind, period.year, period.index - 1) : makePeriod(period.kind, period.year - 1, perYear);
}

/** Whether the period is over at `now` (only ended periods can be published). */
export function hasEnded(period: Period, now: Date): boolean {
  return boundsOf(period).end <= now;
}

/** Every quarter from the one containing the month `firstMonth` ("YYYY-MM") to the one containing `now`. */
export function quartersBetween(firstMonth: string, now: Date): Period[] {
  const [y, m] = firstMonth.split("-").map(Number);
  let quarter = makePeriod("quarter", y, Math.ceil(m / 3));
  const last = currentQuarter(now);
  const list: Period[] = [];
  while (quarter.year < last.year || (quarter.year === last.year && quarter.index <= last.index)) {
    list.push(quarter);
    quarter = quarter.index === 4 ? makePeriod("quarter", quarter.year + 1, 1) : makePeriod("quarter", quarter.year, quarter.index + 1);
  }
  return list;
}

/** Whether `inner` lies within `outer` (a quarter within its year, a month within its quarter...). */
export function contains(outer: Period, inner: Period): boolean {
  const months = new Set(monthsOf(outer));
  return monthsOf(inner).every((m) => months.has(m));
}

/** The period of the same kind just after `period` (a plan's results are read there). */
export function nextPeriod(period: Period): Period {
  const perYear = 12 / MONTHS_PER[period.kind];
  return period.index < perYear ? makePeriod(period.kind, period.year, period.index + 1) : makePeriod(period.kind, period.year + 1, 1);
}

const SHORTER_FIRST: PeriodKind[] = ["month", "quarter", "semester", "year"];

/** Orders periods by when they end, the latest first; of two that end together, the shorter first. Unparseable keys last. */
export function comparePeriodsDesc(a: string, b: string): number {
  const [pa, pb] = [parsePeriod(a), parsePeriod(b)];
  if (!pa || !pb) return Number(!pa) - Number(!pb);
  return boundsOf(pb).end.getTime() - boundsOf(pa).end.getTime() || SHORTER_FIRST.indexOf(pa.kind) - SHORTER_FIRST.indexOf(pb.kind);
}

/**
 * The period the public pages open on: of the published periods, the one that ended last (the
 * city's official figures); where a quarter and its year end together, the shorter one, as the
 * leaderboard is read by quarter. Null when nothing is published (then the running quarter,
 * marked provisional).
 */
export function latestPublished(publishedKeys: readonly string[]): Period | null {
  let best: Period | null = null;
  for (const key of publishedKeys) {
    const period = parsePeriod(key);
    if (!period) continue;
    if (!best) {
      best = period;
      continue;
    }
    const [end, bestEnd] = [boundsOf(period).end.getTime(), boundsOf(best).end.getTime()];
    if (end > bestEnd || (end === bestEnd && SHORTER_FIRST.indexOf(period.kind) < SHORTER_FIRST.indexOf(best.kind))) best = period;
  }
  return best;
}
