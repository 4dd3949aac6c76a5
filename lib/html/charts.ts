// Charts of the citizen pages, server side: a box that names the chart and carries its figures
// (data-chart, JSON), the table with the same figures (which is what a reader without JavaScript,
// a screen reader or a test reads), and the inline loader that fetches the chart script
// (public/assets/charts.js, built from lib/html/client/charts.ts) once a chart comes within
// 300 px of the viewport. Without JavaScript the boxes are hidden (layout.ts's <noscript> style).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { html, type SafeHtml } from "@/lib/html/template";
import type { Formatters } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Zone } from "@/lib/scores/compliance";

export type ChartSpec =
  | {
      kind: "trend";
      description: string;
      labels: string[];
      values: (number | null)[];
      seriesLabel: string;
      redLineLabel: string;
      redMax: number;
      yellowMax: number;
    }
  | { kind: "bars"; description: string; labels: string[]; values: (number | null)[]; seriesLabel: string; highlight: number | null };

export function chartBox(spec: ChartSpec, tall = false): SafeHtml {
  return html`<div class="chart${tall ? " tall" : ""}" data-chart="${JSON.stringify(spec)}"></div>`;
}

let scriptUrl: string | undefined;

/** The chart script's URL, versioned by its content so that it can be cached for a year. */
export function chartScriptUrl(): string {
  if (scriptUrl === undefined) {
    let version = "0";
    try {
      const file = readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "public", "assets", "charts.js"));
      version = createHash("sha256").update(file).digest("hex").slice(0, 12);
    } catch {
      // not built (npm run build builds it): the tables still carry every figure
    }
    scriptUrl = `/assets/charts.js?v=${version}`;
  }
  return scriptUrl;
}

/** The inline loader: adds the chart script once any chart box nears the viewport. */
export function chartLoader(): string {
  return `(()=>{const b=document.querySelectorAll("[data-chart]");if(!b.length)return;let done=0;const go=()=>{if(done++)return;const s=document.createElement("script");s.src=${JSON.stringify(chartScriptUrl())};document.head.appendChild(s);};
if(!("IntersectionObserver"in window))return go();const o=new IntersectionObserver((es)=>{if(es.some((e)=>e.isIntersecting)){o.disconnect();go();}},{rootMargin:"300px"});b.forEach((x)=>o.observe(x));})();`;
}

type TrendPoint = { period: string; score: number | null; zone: Zone | null; ikm: number | null; respondents?: number };

/** A score per quarter: the zone-band chart and the same figures as a table. */
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
    redLineLabel: t("public.trend.redLine", { value: f.num(settings.zoneRedMax) }),
    redMax: settings.zoneRedMax,
    yellowMax: settings.zoneYellowMax,
  };
  return html`${chartBox(spec)}<div class="scroll"><table><caption>${labels.caption}</caption><thead><tr><th scope="col">${t("public.trend.period")}</th><th scope="col">${labels.series}</th><th scope="col">${t("public.trend.zone")}</th><th scope="col">${t("public.trend.ikm")}</th>${withRespondents ? html`<th scope="col">${t("public.trend.respondents")}</th>` : ""}</tr></thead><tbody>${points.map(
    (p) =>
      html`<tr><th scope="row">${p.period}</th><td>${f.num(p.score)}</td><td>${t(`zones.${p.zone ?? "none"}`)}</td><td>${f.num(p.ikm)}</td>${withRespondents ? html`<td>${p.respondents ?? "–"}</td>` : ""}</tr>`,
  )}</tbody></table></div>`;
}
