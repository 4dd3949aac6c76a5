// Charts of the citizen pages, server side: a box that names the chart and carries its figures
// (data-chart, JSON), which the feature puts beside a table of the same figures (what a reader
// without JavaScript, a screen reader or a test reads), and the inline loader that fetches the chart script
// (public/assets/charts.js, built from lib/html/client/charts.ts) once a chart comes within
// 300 px of the viewport. Without JavaScript the boxes are hidden (layout.ts's <noscript> style).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { html, type SafeHtml } from "@/lib/html/template";

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
      // Each period's red line under its own zone scheme (issue 27): a step where the scheme changed.
      redLines?: number[];
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
