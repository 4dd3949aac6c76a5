// A score per quarter as the zone-band chart and, for screen readers and print, the same figures
// as a table: the city's on the home page, a unit's on its page.
import { getLocale, getTranslations } from "next-intl/server";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { formatters } from "@/lib/public/format";
import type { ScoringSettings, Zone } from "@/lib/scoring/compliance";

type Point = { period: string; score: number | null; zone: Zone | null; ikm: number | null; respondents?: number };

export async function ScoreTrend({ points, settings, seriesLabel, description, caption }: { points: Point[]; settings: ScoringSettings; seriesLabel: string; description: string; caption: string }) {
  const t = await getTranslations("public.trend");
  const zones = await getTranslations("zones");
  const f = formatters(await getLocale());
  const withRespondents = points.some((p) => p.respondents !== undefined);
  return (
    <>
      <ScoreTrendChart
        labels={points.map((p) => p.period)}
        scores={points.map((p) => (p.score == null ? null : Math.round(p.score * 100) / 100))}
        redMax={settings.zoneRedMax}
        yellowMax={settings.zoneYellowMax}
        seriesLabel={seriesLabel}
        redLineLabel={t("redLine", { value: f.num(settings.zoneRedMax) })}
        description={description}
      />
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("period")}</th>
              <th scope="col">{seriesLabel}</th>
              <th scope="col">{t("zone")}</th>
              <th scope="col">{t("ikm")}</th>
              {withRespondents && <th scope="col">{t("respondents")}</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td>{f.num(p.score)}</td>
                <td>{zones(p.zone ?? "none")}</td>
                <td>{f.num(p.ikm)}</td>
                {withRespondents && <td>{p.respondents ?? "–"}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
