// The public leaderboard as a pure function of two period reports and the visitor's filters:
// filter by unit type, kecamatan, quality category and name, sort, and put units with too few responses apart
// (domain.md section 1: they are not ranked against units that have enough). No I/O, so the
// page stays O(units) on top of the cached reports.
import { z } from "zod";
import type { ScoresReport, UnitScore } from "@/lib/scores/read-model.server";
import { parsePeriod } from "@/lib/scores/period";
import { categoriesOf, type ZoneScheme } from "@/lib/scores/zones";

export const SORT_KEYS = ["rank", "score", "ikm", "respondents", "change", "name"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

/** Natural direction of each column: best first for figures, A-Z for names. */
const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = { rank: "asc", score: "desc", ikm: "desc", respondents: "desc", change: "desc", name: "asc" };

// Every parameter is optional and a bad one falls back to its default instead of failing: a
// shared link with a stale or mangled filter still shows the leaderboard.
const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);
export const leaderboardQuerySchema = z.object({
  period: z
    .string()
    .trim()
    .max(20)
    .refine((v) => parsePeriod(v) !== null)
    .optional()
    .catch(undefined),
  type: text(60),
  kecamatan: text(80),
  category: text(3), // issue 27: a quality category of the period's scheme ("A".."E")
  q: text(100),
  sort: z.enum(SORT_KEYS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});
export type LeaderboardQuery = z.infer<typeof leaderboardQuerySchema>;

/** Reads a page's searchParams (a value may be repeated: the first one counts). */
export function parseLeaderboardQuery(params: Record<string, string | string[] | undefined>): LeaderboardQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = leaderboardQuerySchema.parse(first);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined && v !== "")) as LeaderboardQuery;
}

export type LeaderboardRow = UnitScore & { change: number | null };
export type Leaderboard = {
  ranked: LeaderboardRow[];
  insufficient: LeaderboardRow[];
  sort: SortKey;
  dir: SortDirection;
  types: { code: string; name: { id: string; en: string } }[];
  kecamatan: string[];
  scheme: ZoneScheme; // the period's (a snapshot's own)
  categories: string[]; // of the period's scheme, best first; empty for a scheme without letters
};

/** Lower case without diacritics, so "dukcapil" finds "Dukcapil" and "pasar" finds "Pasar". */
export function searchable(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function buildLeaderboard(report: ScoresReport, previous: ScoresReport | null, query: LeaderboardQuery): Leaderboard {
  const before = new Map((previous?.units ?? []).map((u) => [u.slug, u.score]));
  const needle = query.q ? searchable(query.q) : null;
  const rows: LeaderboardRow[] = report.units
    .filter(
      (u) =>
        (!query.type || u.type === query.type) &&
        (!query.kecamatan || u.kecamatan === query.kecamatan) &&
        (!query.category || u.category === query.category) &&
        (!needle || searchable(u.name).includes(needle)),
    )
    .map((u) => {
      const old = before.get(u.slug);
      return { ...u, change: u.score != null && old != null ? u.score - old : null };
    });
  const sort = query.sort ?? "rank";
  const dir = query.dir ?? DEFAULT_DIRECTION[sort];
  const sorted = [...rows].sort(comparator(sort, dir));
  const types = new Map(report.units.map((u) => [u.type, u.typeName]));
  return {
    ranked: sorted.filter((u) => u.ranked),
    insufficient: sorted.filter((u) => !u.ranked),
    sort,
    dir,
    types: [...types].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.id.localeCompare(b.name.id)),
    kecamatan: [...new Set(report.units.map((u) => u.kecamatan).filter((k): k is string => !!k))].sort((a, b) => a.localeCompare(b)),
    scheme: report.settings.zoneScheme,
    categories: categoriesOf(report.settings.zoneScheme),
  };
}

function valueOf(row: LeaderboardRow, key: SortKey): number | string | null {
  switch (key) {
    case "rank":
      return row.rank;
    case "score":
      return row.score;
    case "ikm":
      return row.ikm?.converted ?? null;
    case "respondents":
      return row.respondents;
    case "change":
      return row.change;
    case "name":
      return row.name;
  }
}

/** Missing values always last, whatever the direction; ties keep the report's order (rank, then score). */
function comparator(key: SortKey, dir: SortDirection) {
  const sign = dir === "asc" ? 1 : -1;
  return (a: LeaderboardRow, b: LeaderboardRow) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) return sign * (typeof x === "string" ? x.localeCompare(y as string, "id") : (x as number) - (y as number));
    return 0;
  };
}

/** The query string of the leaderboard with some parameters changed (undefined drops one). */
export function leaderboardHref(query: LeaderboardQuery, change: Partial<Record<keyof LeaderboardQuery, string | undefined>>): string {
  const merged: Record<string, string | undefined> = { ...query, ...change };
  const params = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
  const search = params.toString();
  return search ? `/peringkat?${search}` : "/peringkat";
}

/** The direction a click on a column header asks for: the other way if already sorted by it. */
export function nextDirection(current: { sort: SortKey; dir: SortDirection }, key: SortKey): SortDirection {
  return current.sort === key ? (current.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[key];
}
