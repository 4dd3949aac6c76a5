// The score trend of the public pages (home: the city; a unit's page: the unit): the zone-band
// chart (lib/html/charts.ts draws the box and loads the script) and the same figures as a table.
import { chartBox, type ChartSpec } from "@/lib/html/charts";
import { html, type SafeHtml } from "@/lib/html/template";
import type { Formatters } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Zone } from "@/lib/scores/compliance";

type TrendPoint = { period: string; score: number | null; zone: Zone | null; ikm: number | null; respondents?: number; redLine: number };

/**
 * A score per quarter: the zone-band chart and the same figures as a table. Each quarter's red
 * line is its own scheme's (a published quarter keeps the one it was published under); the bands
 * painted behind are those of `settings`, the period shown.
 */
export function scoreTrend(
  points: TrendPoint[],
  settings: { zoneRedMax: number; zoneYellowMax: number },
  labels: { series: string; description: string; caption: string },
  t: Translate,
  f: Formatters,
): SafeHtml {
  const withRespondents = points.some((p) => p.respondents !== undefined);
  const spec: ChartSpec = {
    kind: "trend",
    description: labels.description,
    labels: points.map((p) => p.period),
    values: points.map((p) => (p.score == null ? null : Math.round(p.score * 100) / 100)),
    seriesLabel: labels.series,
    redLineLabel: t("public.trend.redLine", { value: f.num(points.at(-1)?.redLine ?? settings.zoneRedMax) }),
    redLines: points.map((p) => p.redLine),
    redMax: settings.zoneRedMax,
    yellowMax: settings.zoneYellowMax,
  };
  return html`${chartBox(spec)}<div class="scroll"><table class="stack pairs"><caption>${labels.caption}</caption><thead><tr><th scope="col">${t("public.trend.period")}</th><th scope="col">${labels.series}</th><th scope="col">${t("public.trend.zone")}</th><th scope="col">${t("zoneSchemes.redLineColumn")}</th><th scope="col">${t("public.trend.ikm")}</th>${withRespondents ? html`<th scope="col">${t("public.trend.respondents")}</th>` : ""}</tr></thead><tbody>${points.map(
    (p) =>
      html`<tr><th scope="row">${p.period}</th><td data-label="${labels.series}">${f.num(p.score)}</td><td data-label="${t("public.trend.zone")}">${t(`zones.${p.zone ?? "none"}`)}</td><td data-label="${t("zoneSchemes.redLineColumn")}">${f.num(p.redLine)}</td><td data-label="${t("public.trend.ikm")}">${f.num(p.ikm)}</td>${withRespondents ? html`<td data-label="${t("public.trend.respondents")}">${p.respondents ?? "–"}</td>` : ""}</tr>`,
  )}</tbody></table></div>`;
}
