// Home: the city's score and zone against the red line, its trend by quarter, the units in each
// zone, the city's issued SKM reports, and the ways to rate a visit, file a complaint or track
// one. O(units) on cached figures.
import { html } from "@/lib/html/template";
import type { OpeningPeriod } from "@/lib/scores/cache.server";
import type { ScoresReport, TrendPoint } from "@/lib/scores/read-model.server";
import type { Translate } from "@/lib/i18n/translator.server";
import { chartLoader } from "@/lib/html/charts";
import { scoreTrend } from "@/lib/public/score-trend";
import type { Formatters } from "@/lib/i18n/format";
import { zoneBadge, type Shell } from "@/lib/html/layout";
import { CITY_SEGMENT } from "@/lib/report/city";
import { periodNote } from "./leaderboard";
import { categoryMark, lang } from "@/lib/public/category";
import { redLine } from "@/lib/scores/zones";

/** `cityReports`: the periods of the city's issued SKM reports, latest first. */
export function homePage(
  report: ScoresReport,
  trend: TrendPoint[],
  opening: OpeningPeriod,
  t: Translate,
  f: Formatters,
  cityReports: readonly string[] = [],
): Omit<Shell, "locale" | "path" | "t"> {
  const { city, settings, period } = report;
  // The distance to the red line of the period's own scheme (54 in the 2022 categories).
  const line = redLine(settings.zoneScheme);
  const gap = city.score == null ? null : city.score - line;
  const insufficient = report.units.filter((u) => !u.ranked).length;
  const description = city.score == null ? t("meta.description") : t("home.ogDescription", { score: f.num(city.score), period });
  const body = html`<h1>${t("home.title")}</h1><p>${t("home.intro")}</p>
<section aria-labelledby="city-heading"><h2 id="city-heading">${t("home.cityHeading", { period })}</h2>
<p class="muted" id="period-note">${periodNote(report, opening, t, f)}</p>
<dl class="figures"><div><dt>${t("home.cityScore")}</dt><dd data-testid="city-score">${f.num(city.score)}</dd></div>
<div><dt>${t("home.zone")}</dt><dd data-testid="city-zone">${categoryMark(city.category, settings.zoneScheme, t)}${zoneBadge(city.zone, t(`zones.${city.zone ?? "none"}`))}</dd></div>
<div><dt>${t("zoneSchemes.redLine", { value: f.num(line) })}</dt><dd data-testid="red-line-gap">${gap == null ? "–" : gap >= 0 ? t("home.aboveRedLine", { points: f.num(gap) }) : t("home.belowRedLine", { points: f.num(-gap) })}</dd></div>
<div><dt>${t("home.ikm")}</dt><dd>${city.ikm ? `${f.num(city.ikm.converted)} (${city.ikm.grade})` : "–"}</dd></div></dl>
<p class="muted" id="zone-scheme">${t("zoneSchemes.schemeOf", { period, name: settings.zoneScheme.name[lang(t)] })} <a href="/metode#skema">${t("zoneSchemes.method.heading")}</a></p>
<p class="muted">${t("home.history")}</p></section>
<section aria-labelledby="trend-heading"><h2 id="trend-heading">${t("home.trendHeading")}</h2>
${trend.length > 0 ? scoreTrend(trend, settings, { series: t("home.cityScore"), description: t("home.trendChartDescription"), caption: t("home.trendTable") }, t, f) : ""}</section>
<section aria-labelledby="zones-heading"><h2 id="zones-heading">${t("home.zonesHeading", { period })}</h2>
<ul class="zones" data-testid="zone-counts">${(["red", "yellow", "green"] as const).map((z) => html`<li class="${z}">${t(`zones.${z}`)}: <strong>${city.zones[z]}</strong></li>`)}<li>${t("home.insufficient")}: <strong>${insufficient}</strong></li></ul>
<p><a href="/peringkat?period=${period}">${t("home.toLeaderboard")}</a></p>
${cityReports.length ? html`<ul id="city-reports">${cityReports.map((p) => html`<li><a href="/laporan/${p}/${CITY_SEGMENT}">${t("plans.cityReport.publicLink", { period: p })}</a></li>`)}<li><a href="/laporan">${t("plans.report.publicListAll")}</a></li></ul>` : ""}</section>
<section aria-labelledby="act-heading" class="np"><h2 id="act-heading">${t("home.actHeading")}</h2><div class="cards">
<div class="card"><h3>${t("home.rateHeading")}</h3><p>${t("home.rateText")}</p><a href="/peringkat">${t("home.rateLink")}</a></div>
<div class="card"><h3>${t("home.complainHeading")}</h3><p>${t("home.complainText")}</p><p><a href="/pengaduan">${t("home.complainLink")}</a> · <a href="/lacak">${t("home.trackLink")}</a></p></div>
<div class="card"><h3>${t("home.methodHeading")}</h3><p>${t("home.methodText")}</p><a href="/metode">${t("home.methodLink")}</a></div></div></section>`;
  return {
    title: `${t("meta.siteName")}: ${t("home.title")}`,
    fullTitle: true,
    description,
    body,
    wide: true,
    script: trend.length > 0 ? chartLoader() : undefined,
  };
}
