// The desk's case list as a URL (issue 28, "every case findable"): the search box and the filters
// read from the query string, the search term recognised (a tracking code, a phone number in any
// spelling, an email, or words of the description), and the threshold of an overdue stage for
// the database's where. Pure: no I/O.
import { CHANNELS } from "@/lib/complaints/channels";
import { addWorkingDays } from "@/lib/complaints/deadlines";
import { STATUSES, type ComplaintStatus, type Stage } from "@/lib/complaints/lifecycle";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import type { ComplaintChannel } from "@/lib/generated/sqlite/enums";
import { internationalDigits } from "@/lib/units/phone";

export const PAGE_SIZE = 50;
export const STAGES = ["verify", "answer", "close"] as const satisfies readonly Stage[];
export const SORTS = ["deadline", "newest"] as const;

export type CaseQuery = {
  q: string | null;
  unit: string | null; // a unit's slug
  status: ComplaintStatus | "open" | null;
  channel: ComplaintChannel | null;
  overdue: Stage | "any" | null;
  inspectorate: boolean | null; // null: both
  reopened: boolean;
  from: string | null; // YYYY-MM-DD, city days, received on or after
  to: string | null; // received on or before
  sort: (typeof SORTS)[number];
  page: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (v: string | undefined) => (v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null);
const pick = <T extends string>(all: readonly T[], v: string | undefined): T | null => all.find((x) => x === v) ?? null;

/**
 * The list's query from the URL's parameters (one value each). Unknown values fall back to
 * "everything" rather than failing: a link typed by hand still shows a list. The inspector's list
 * opens on the cases the Inspektorat holds (`inspektorat=semua` shows every case).
 */
export function parseCaseQuery(params: Record<string, string | undefined>, options: { inspector?: boolean } = {}): CaseQuery {
  const q = (params.q ?? "").trim().slice(0, 200) || null;
  const page = Number(params.page);
  const inspectorate = params.inspektorat === "ya" ? true : params.inspektorat === "tidak" ? false : params.inspektorat === "semua" ? null : undefined;
  return {
    q,
    unit: params.unit && /^[a-z0-9-]{1,80}$/.test(params.unit) ? params.unit : null,
    status: params.status === "open" ? "open" : pick(STATUSES, params.status),
    channel: pick(CHANNELS, params.channel),
    overdue: params.overdue === "1" || params.overdue === "any" ? "any" : pick(STAGES, params.overdue),
    inspectorate: inspectorate === undefined ? (options.inspector ? true : null) : inspectorate,
    reopened: params.reopened === "1",
    from: validDay(params.from),
    to: validDay(params.to),
    sort: pick(SORTS, params.sort) ?? "deadline",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL of the list with `query` changed by `change` (the page returns to 1 unless it is the change). */
export function caseQueryHref(query: CaseQuery, change: Partial<CaseQuery> = {}, options: { inspector?: boolean } = {}): string {
  const next = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.unit) params.set("unit", next.unit);
  if (next.status) params.set("status", next.status);
  if (next.channel) params.set("channel", next.channel);
  if (next.overdue) params.set("overdue", next.overdue);
  const defaultInspectorate = options.inspector ? true : null;
  if (next.inspectorate !== defaultInspectorate) params.set("inspektorat", next.inspectorate === null ? "semua" : next.inspectorate ? "ya" : "tidak");
  if (next.reopened) params.set("reopened", "1");
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.sort !== "deadline") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return s ? `/admin/pengaduan?${s}` : "/admin/pengaduan";
}

export type SearchTerm =
  { kind: "code"; code: string } | { kind: "phone"; digits: string } | { kind: "email"; email: string; lower: string } | { kind: "words"; words: string[] };

/**
 * What the search box was given: a tracking code (with or without dashes, any case), an
 * Indonesian phone number as people write it (0812…, +62 812-…, 62812…), an email, or else words
 * of the description (each must appear).
 */
export function searchTerm(q: string): SearchTerm | null {
  const text = q.trim();
  if (!text) return null;
  const code = parseTrackingCode(text);
  if (code) return { kind: "code", code };
  if (/^[\d\s+().-]{8,}$/.test(text)) {
    const digits = internationalDigits(text);
    if (digits) return { kind: "phone", digits };
  }
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { kind: "email", email: text, lower: text.toLowerCase() };
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length >= 2)
    .slice(0, 5);
  return words.length ? { kind: "words", words } : null;
}

/**
 * The latest deadline start at which the stage is overdue at `now`: a case whose deadlines run
 * from before it (its receipt, or its last reopening) is overdue in that stage if it still owes
 * it. Verification counts working days, so its threshold is found by bisection over the
 * monotone `addWorkingDays` (exact to the millisecond).
 */
export function overdueStartBefore(stage: Stage, now: Date, settings: { verifyDays: number; answerDays: number; closeDays: number }): Date {
  const DAY_MS = 86_400_000;
  if (stage === "answer") return new Date(now.getTime() - settings.answerDays * DAY_MS);
  if (stage === "close") return new Date(now.getTime() - settings.closeDays * DAY_MS);
  // The largest start s with addWorkingDays(s) < now.
  let lo = now.getTime() - (settings.verifyDays * 2 + 10) * DAY_MS; // overdue
  let hi = now.getTime(); // not overdue
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (addWorkingDays(new Date(mid), settings.verifyDays) < now) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** The phone digits a reporter's number is searched by (62…), or null when it is not an Indonesian number. */
export function phoneKey(phone: string | null | undefined): string | null {
  return phone ? internationalDigits(phone) : null;
}
