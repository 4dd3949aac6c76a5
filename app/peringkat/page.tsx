// The public leaderboard: every unit of a period with rank, score and zone, IKM and grade,
// respondents and the change since the previous period. Filters and sorting live in the query
// string (a plain GET form and plain links: shareable, and they work without JavaScript).
// Units below their minimum sample are listed apart and never ranked.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ZoneBadge } from "@/components/public/zone-badge";
import { getCityTrend, getScores } from "@/lib/data/scores-cache.server";
import { getUnitsWithApprovedPlan } from "@/lib/data/plans-cache.server";
import { formatters, type Formatters } from "@/lib/public/format";
import { buildLeaderboard, leaderboardHref, nextDirection, parseLeaderboardQuery, type Leaderboard, type LeaderboardQuery, type LeaderboardRow, type SortKey } from "@/lib/public/leaderboard";
import { currentQuarter, parsePeriod, previousPeriod } from "@/lib/scoring/period";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("public.leaderboard");
  const period = parseLeaderboardQuery(await searchParams).period ?? currentQuarter(new Date()).key;
  const title = t("titleFor", { period });
  return { title, description: t("description"), openGraph: { title, description: t("description") } };
}

export default async function LeaderboardPage({ searchParams }: Props) {
  const t = await getTranslations("public.leaderboard");
  const locale = await getLocale();
  const f = formatters(locale);
  const query = parseLeaderboardQuery(await searchParams);
  const period = parsePeriod(query.period ?? "") ?? currentQuarter(new Date());
  const [report, previous, trend, approvedPlans] = await Promise.all([getScores(period.key), getScores(previousPeriod(period).key), getCityTrend(), getUnitsWithApprovedPlan(period.key)]);
  const board = buildLeaderboard(report, previous, query);
  const typeName = (name: { id: string; en: string }) => (locale === "en" ? name.en : name.id);
  // Quarters with data, newest first, and the years they fall in; a period typed into the URL
  // (a month, a semester) is offered too so that the form shows what is on screen.
  const quarters = trend.map((p) => p.period).reverse();
  const periods = [...new Set([...quarters, ...quarters.map((q) => q.slice(0, 4)), period.key])];
  const total = board.ranked.length + board.insufficient.length;
  const openData = `/api/v1/scores?period=${encodeURIComponent(period.key)}`;

  return (
    <>
      <h1>{t("titleFor", { period: period.key })}</h1>
      <p>{t("intro")}</p>

      <form method="get" action="/peringkat" className="filters no-print" role="search" aria-label={t("filtersLabel")}>
        <div className="filter-field">
          <label htmlFor="filter-period">{t("period")}</label>
          <select id="filter-period" name="period" defaultValue={period.key}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-type">{t("type")}</label>
          <select id="filter-type" name="type" defaultValue={query.type ?? ""}>
            <option value="">{t("allTypes")}</option>
            {board.types.map((type) => (
              <option key={type.code} value={type.code}>
                {typeName(type.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-kecamatan">{t("kecamatan")}</label>
          <select id="filter-kecamatan" name="kecamatan" defaultValue={query.kecamatan ?? ""}>
            <option value="">{t("allKecamatan")}</option>
            {board.kecamatan.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-q">{t("search")}</label>
          <input type="search" id="filter-q" name="q" defaultValue={query.q ?? ""} maxLength={100} />
        </div>
        <div className="filter-field">
          <label htmlFor="filter-sort">{t("sortBy")}</label>
          <select id="filter-sort" name="sort" defaultValue={board.sort}>
            {(["rank", "score", "ikm", "respondents", "change", "name"] as const).map((key) => (
              <option key={key} value={key}>
                {t(`sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
        <Link href="/peringkat">{t("reset")}</Link>
      </form>

      <p className="muted" role="status">
        {t("shown", { count: total, period: period.key })} {report.published ? t("published", { date: f.date(report.publishedAt) }) : t("provisional")}
      </p>

      <section aria-labelledby="ranked-heading">
        <h2 id="ranked-heading">{t("rankedHeading")}</h2>
        {board.ranked.length === 0 ? <p>{t("noneRanked")}</p> : <UnitTable rows={board.ranked} board={board} query={query} f={f} approvedPlans={approvedPlans} caption={t("rankedCaption", { period: period.key })} ranked />}
      </section>

      <section aria-labelledby="insufficient-heading">
        <h2 id="insufficient-heading">{t("insufficientHeading")}</h2>
        <p>{t("insufficientText")}</p>
        {board.insufficient.length === 0 ? (
          <p>{t("noneInsufficient")}</p>
        ) : (
          <UnitTable rows={board.insufficient} board={board} query={query} f={f} approvedPlans={approvedPlans} caption={t("insufficientCaption", { period: period.key })} ranked={false} />
        )}
      </section>

      <section aria-labelledby="open-data-heading">
        <h2 id="open-data-heading">{t("openDataHeading")}</h2>
        <p>{t("openDataText")}</p>
        <ul>
          <li>
            <a href={openData}>{t("downloadJson", { period: period.key })}</a>
          </li>
          <li>
            <a href={`${openData}&format=csv`} download>
              {t("downloadCsv", { period: period.key })}
            </a>
          </li>
          <li>
            <a href="/api/v1/units">{t("unitsApi")}</a>
          </li>
          <li>
            <Link href="/metode">{t("method")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

async function UnitTable({
  rows, board, query, f, caption, ranked, approvedPlans,
}: { rows: LeaderboardRow[]; board: Leaderboard; query: LeaderboardQuery; f: Formatters; caption: string; ranked: boolean; approvedPlans: string[] }) {
  const t = await getTranslations("public.leaderboard");
  // Issue 13: red units without an approved improvement plan for the period are marked.
  const plansT = await getTranslations("plans.public");
  const noPlanMark = { short: plansT("noPlanMark"), long: plansT("noPlanMarkLong") };
  const zones = await getTranslations("zones");
  // Plain links, not <Link>: fifty prefetching links per visitor would turn one page view into
  // fifty requests, and each <Link> adds to the page's payload.
  const header = (key: SortKey, label: string) => {
    const active = board.sort === key;
    return (
      <th scope="col" aria-sort={active ? (board.dir === "asc" ? "ascending" : "descending") : undefined}>
        <a href={leaderboardHref(query, { sort: key, dir: nextDirection(board, key) })} rel="nofollow">
          {label}
          {active ? (board.dir === "asc" ? " ▲" : " ▼") : ""}
        </a>
      </th>
    );
  };
  // Labels looked up once per table, not once per cell.
  const label = {
    rank: t("columns.rank"),
    unit: t("columns.unit"),
    score: t("columns.score"),
    zone: t("columns.zone"),
    ikm: t("columns.ikm"),
    respondents: t("columns.respondents"),
    change: t("columns.change"),
  };
  const zoneLabel = { red: zones("red"), yellow: zones("yellow"), green: zones("green"), none: zones("none") };
  return (
    <table className="leaderboard">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {ranked ? header("rank", label.rank) : null}
          {header("name", label.unit)}
          {header("score", label.score)}
          <th scope="col">{label.zone}</th>
          {header("ikm", label.ikm)}
          {header("respondents", label.respondents)}
          {header("change", label.change)}
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.slug}>
            {ranked ? <td data-label={label.rank}>{u.rank}</td> : null}
            <th scope="row" data-label={label.unit}>
              <a href={query.period ? `/unit/${u.slug}?period=${encodeURIComponent(query.period)}` : `/unit/${u.slug}`}>{u.name}</a>
            </th>
            <td data-label={label.score}>{f.num(u.score)}</td>
            <td data-label={label.zone}>
              <ZoneBadge zone={u.zone} label={zoneLabel[u.zone ?? "none"]} />
              {/* BEGIN improvement plans (issue 13) */}
              {u.zone === "red" && !approvedPlans.includes(u.slug) ? (
                <>
                  {" "}
                  <span className="flag no-plan" title={noPlanMark.long}>
                    {noPlanMark.short}
                  </span>
                </>
              ) : null}
              {/* END improvement plans */}
            </td>
            <td data-label={label.ikm}>{u.ikm ? `${f.num(u.ikm.converted)} (${u.ikm.grade})` : "–"}</td>
            <td data-label={label.respondents}>{ranked ? u.respondents : t("respondentsOfMinimum", { respondents: u.respondents, minimum: u.minimumSample })}</td>
            <td data-label={label.change}>{f.delta(u.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
