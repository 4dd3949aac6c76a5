// Home: the city's current score and zone against the red line, its trend by quarter, the units
// in each zone, and the ways to rate a visit or file a complaint. Server-rendered from the
// cached scores (O(units)); only the chart is a client component.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScoreTrend } from "@/components/public/score-trend";
import { ZoneBadge } from "@/components/public/zone-badge";
import { getCityTrend, getScores } from "@/lib/data/scores-cache.server";
import { formatters } from "@/lib/public/format";
import { currentQuarter } from "@/lib/scoring/period";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  const meta = await getTranslations("meta");
  const period = currentQuarter(new Date()).key;
  const report = await getScores(period);
  const f = formatters(await getLocale());
  const description = report.city.score == null ? meta("description") : t("ogDescription", { score: f.num(report.city.score), period });
  return { title: { absolute: `${meta("siteName")}: ${t("title")}` }, description, openGraph: { title: t("title"), description } };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const zones = await getTranslations("zones");
  const f = formatters(await getLocale());
  const period = currentQuarter(new Date()).key;
  const [report, trend] = await Promise.all([getScores(period), getCityTrend()]);
  const { city, settings } = report;
  const gap = city.score == null ? null : city.score - settings.zoneRedMax;
  const insufficient = report.units.filter((u) => !u.ranked).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="city-heading">
        <h2 id="city-heading">{t("cityHeading", { period })}</h2>
        <dl className="figures">
          <div>
            <dt>{t("cityScore")}</dt>
            <dd data-testid="city-score">{f.num(city.score)}</dd>
          </div>
          <div>
            <dt>{t("zone")}</dt>
            <dd>
              <ZoneBadge zone={city.zone} label={zones(city.zone ?? "none")} />
            </dd>
          </div>
          <div>
            <dt>{t("redLine", { value: f.num(settings.zoneRedMax) })}</dt>
            <dd>{gap == null ? "–" : gap > 0 ? t("aboveRedLine", { points: f.num(gap) }) : t("belowRedLine", { points: f.num(-gap) })}</dd>
          </div>
          <div>
            <dt>{t("ikm")}</dt>
            <dd>{city.ikm ? `${f.num(city.ikm.converted)} (${city.ikm.grade})` : "–"}</dd>
          </div>
        </dl>
        <p className="muted">{t("history")}</p>
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t("trendHeading")}</h2>
        {trend.length > 0 && (
          <ScoreTrend points={trend} settings={settings} seriesLabel={t("cityScore")} description={t("trendChartDescription")} caption={t("trendTable")} />
        )}
      </section>

      <section aria-labelledby="zones-heading">
        <h2 id="zones-heading">{t("zonesHeading", { period })}</h2>
        <ul className="zone-counts" data-testid="zone-counts">
          {(["red", "yellow", "green"] as const).map((z) => (
            <li key={z} className={`zone-${z}`}>
              {zones(z)}: <strong>{city.zones[z]}</strong>
            </li>
          ))}
          <li>
            {t("insufficient")}: <strong>{insufficient}</strong>
          </li>
        </ul>
        <p>
          <Link href={`/peringkat?period=${period}`}>{t("toLeaderboard")}</Link>
        </p>
      </section>

      <section aria-labelledby="act-heading" className="no-print">
        <h2 id="act-heading">{t("actHeading")}</h2>
        <div className="cards">
          <div className="card">
            <h3>{t("rateHeading")}</h3>
            <p>{t("rateText")}</p>
            <Link href="/peringkat">{t("rateLink")}</Link>
          </div>
          <div className="card">
            <h3>{t("complainHeading")}</h3>
            <p>{t("complainText")}</p>
            <p>
              <Link href="/pengaduan">{t("complainLink")}</Link>
              {" · "}
              <Link href="/lacak">{t("trackLink")}</Link>
            </p>
          </div>
          <div className="card">
            <h3>{t("methodHeading")}</h3>
            <p>{t("methodText")}</p>
            <Link href="/metode">{t("methodLink")}</Link>
          </div>
        </div>
      </section>
    </>
  );
}
