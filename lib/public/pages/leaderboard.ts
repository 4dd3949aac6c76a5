// The public leaderboard: every unit of a period with rank, score, quality category and zone, IKM and grade,
// respondents and the change since the previous period. Filters and sorting live in the query
// string (a plain GET form and plain links: shareable, and they work without JavaScript).
// Units below their minimum sample are listed apart and never ranked.
import { html, type SafeHtml } from "@/lib/html/template";
import type { OpeningPeriod } from "@/lib/scores/cache.server";
import type { ScoresReport, TrendPoint } from "@/lib/scores/read-model.server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import { zoneBadge, type Shell } from "@/lib/html/layout";
import { categoryMark } from "@/lib/public/category";
import {
  buildLeaderboard,
  leaderboardHref,
  nextDirection,
  SORT_KEYS,
  type Leaderboard,
  type LeaderboardQuery,
  type LeaderboardRow,
  type SortKey,
} from "@/lib/public/leaderboard";

type Input = {
  report: ScoresReport;
  previous: ScoresReport;
  trend: TrendPoint[];
  query: LeaderboardQuery;
  locale: Locale;
  approvedPlans: string[];
  opening: OpeningPeriod;
};

/**
 * Whether the figures shown are official (published) or provisional, with the way to the other:
 * the running quarter from the official figures, the latest official figures from any
 * provisional period.
 */
export function periodNote(report: ScoresReport, opening: OpeningPeriod, t: Translate, f: Formatters): SafeHtml {
  const other = report.published
    ? report.period !== opening.running.key &&
      html` <a href="/peringkat?period=${opening.running.key}" id="to-running-period">${t("public.leaderboard.runningLink", { period: opening.running.key })}</a>`
    : opening.official &&
      html` <a href="/peringkat?period=${opening.period.key}" id="to-official-period">${t("public.leaderboard.officialLink", { period: opening.period.key })}</a>`;
  return html`${report.published ? t("public.leaderboard.published", { date: f.date(report.publishedAt) }) : t("public.leaderboard.provisional")}${other || ""}`;
}

export function leaderboardPage(
  { report, previous, trend, query, locale, approvedPlans, opening }: Input,
  t: Translate,
  f: Formatters,
): Omit<Shell, "locale" | "path" | "t"> {
  const period = report.period;
  const board = buildLeaderboard(report, previous, query);
  const typeName = (name: { id: string; en: string }) => (locale === "en" ? name.en : name.id);
  // Quarters with data, newest first, and the years they fall in; a period typed into the URL
  // (a month, a semester) is offered too so that the form shows what is on screen.
  const quarters = trend.map((p) => p.period).reverse();
  const periods = [...new Set([...quarters, ...quarters.map((q) => q.slice(0, 4)), period])];
  const total = board.ranked.length + board.insufficient.length;
  const openData = `/api/v1/scores?period=${encodeURIComponent(period)}`;
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${value === (selected ?? "") ? html` selected` : ""}>${label}</option>`;
  const title = t("public.leaderboard.titleFor", { period });
  // A unit's page opens on the running quarter: its links carry any other period shown here.
  const unitSuffix = period === opening.running.key ? "" : `?period=${encodeURIComponent(period)}`;

  const body = html`<h1>${title}</h1><p>${t("public.leaderboard.intro")}</p>
<form method="get" action="/peringkat" class="filters np" role="search" aria-label="${t("public.leaderboard.filtersLabel")}">
<div class="f"><label for="filter-period">${t("public.leaderboard.period")}</label><select id="filter-period" name="period">${periods.map((p) => option(p, p, period))}</select></div>
<div class="f"><label for="filter-type">${t("public.leaderboard.type")}</label><select id="filter-type" name="type">${option("", t("public.leaderboard.allTypes"), query.type)}${board.types.map((type) => option(type.code, typeName(type.name), query.type))}</select></div>
<div class="f"><label for="filter-kecamatan">${t("public.leaderboard.kecamatan")}</label><select id="filter-kecamatan" name="kecamatan">${option("", t("public.leaderboard.allKecamatan"), query.kecamatan)}${board.kecamatan.map((k) => option(k, k, query.kecamatan))}</select></div>
${board.categories.length ? html`<div class="f"><label for="filter-category">${t("zoneSchemes.category")}</label><select id="filter-category" name="category">${option("", t("zoneSchemes.allCategories"), query.category)}${board.categories.map((c) => option(c, c, query.category))}</select></div>` : ""}
<div class="f"><label for="filter-q">${t("public.leaderboard.search")}</label><input type="search" id="filter-q" name="q" value="${query.q ?? ""}" maxlength="100"></div>
<div class="f"><label for="filter-sort">${t("public.leaderboard.sortBy")}</label><select id="filter-sort" name="sort">${SORT_KEYS.map((key) => option(key, t(`public.leaderboard.sort.${key}`), board.sort))}</select></div>
<button type="submit">${t("public.leaderboard.apply")}</button> <a href="/peringkat">${t("public.leaderboard.reset")}</a></form>
<p class="muted" role="status">${t("public.leaderboard.shown", { count: total, period })} ${periodNote(report, opening, t, f)}</p>
<section aria-labelledby="ranked-heading"><h2 id="ranked-heading">${t("public.leaderboard.rankedHeading")}</h2>
${board.ranked.length === 0 ? html`<p>${t("public.leaderboard.noneRanked")}</p>` : unitTable(board.ranked, board, query, t, f, t("public.leaderboard.rankedCaption", { period }), true, approvedPlans, unitSuffix)}</section>
<section aria-labelledby="insufficient-heading"><h2 id="insufficient-heading">${t("public.leaderboard.insufficientHeading")}</h2><p>${t("public.leaderboard.insufficientText")}</p>
${board.insufficient.length === 0 ? html`<p>${t("public.leaderboard.noneInsufficient")}</p>` : unitTable(board.insufficient, board, query, t, f, t("public.leaderboard.insufficientCaption", { period }), false, approvedPlans, unitSuffix)}</section>
<section aria-labelledby="open-data-heading"><h2 id="open-data-heading">${t("public.leaderboard.openDataHeading")}</h2><p>${t("public.leaderboard.openDataText")}</p>
<ul><li><a href="${openData}">${t("public.leaderboard.downloadJson", { period })}</a></li><li><a href="${openData}&format=csv" download>${t("public.leaderboard.downloadCsv", { period })}</a></li>
<li><a href="/api/v1/units">${t("public.leaderboard.unitsApi")}</a></li><li><a href="/metode">${t("public.leaderboard.method")}</a></li></ul></section>`;
  return { title, description: t("public.leaderboard.description"), body, wide: true };
}

function unitTable(
  rows: LeaderboardRow[],
  board: Leaderboard,
  query: LeaderboardQuery,
  t: Translate,
  f: Formatters,
  caption: string,
  ranked: boolean,
  approvedPlans: string[],
  suffix: string,
): SafeHtml {
  const header = (key: SortKey, label: string) => {
    const active = board.sort === key;
    return html`<th scope="col"${active ? html` aria-sort="${board.dir === "asc" ? "ascending" : "descending"}"` : ""}><a href="${leaderboardHref(query, { sort: key, dir: nextDirection(board, key) })}" rel="nofollow">${label}${active ? (board.dir === "asc" ? " ▲" : " ▼") : ""}</a></th>`;
  };
  // Labels looked up once per table, not once per cell.
  const label = {
    rank: t("public.leaderboard.columns.rank"),
    unit: t("public.leaderboard.columns.unit"),
    score: t("public.leaderboard.columns.score"),
    zone: t("public.leaderboard.columns.zone"),
    ikm: t("public.leaderboard.columns.ikm"),
    respondents: t("public.leaderboard.columns.respondents"),
    change: t("public.leaderboard.columns.change"),
  };
  const scheme = board.scheme;
  const zones = Object.fromEntries(["red", "yellow", "green", "none"].map((z) => [z, zoneBadge(z === "none" ? null : z, t(`zones.${z}`))]));
  // Red units without an approved improvement plan for the period are marked (issue 13).
  const noPlan = html` <span class="flag no-plan" title="${t("plans.public.noPlanMarkLong")}">${t("plans.public.noPlanMark")}</span>`;
  return html`<table class="board"><caption>${caption}</caption><thead><tr>${ranked ? header("rank", label.rank) : ""}${header("name", label.unit)}${header("score", label.score)}<th scope="col">${label.zone}</th>${header("ikm", label.ikm)}${header("respondents", label.respondents)}${header("change", label.change)}</tr></thead><tbody>
${rows.map(
  (u) =>
    html`<tr>${ranked ? html`<td data-label="${label.rank}">${u.rank}</td>` : ""}<th scope="row" data-label="${label.unit}"><a href="/unit/${u.slug}${suffix}">${u.name}</a></th><td data-label="${label.score}">${f.num(u.score)}</td><td data-label="${label.zone}">${categoryMark(u.category, scheme, t)}${zones[u.zone ?? "none"]}${u.zone === "red" && !approvedPlans.includes(u.slug) ? noPlan : ""}</td><td data-label="${label.ikm}">${u.ikm ? `${f.num(u.ikm.converted)} (${u.ikm.grade})` : "–"}</td><td data-label="${label.respondents}">${ranked ? u.respondents : t("public.leaderboard.respondentsOfMinimum", { respondents: u.respondents, minimum: u.minimumSample })}</td><td data-label="${label.change}">${f.delta(u.change)}</td></tr>\n`,
)}</tbody></table>`;
}
