// Browser code of the citizen pages' charts, bundled on its own by scripts/build-charts.mjs into
// public/assets/charts.js with only the chart.js parts used here (tree-shaken), and loaded by a
// small inline script when a chart comes near the viewport (lib/html/charts.ts). Each chart's
// figures are also in a server-rendered table beside it, so nothing depends on this file.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { zoneBands } from "./zone-bands";
import { wrapLabel } from "./wrap-label";
import type { ChartSpec } from "@/lib/html/charts";

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

function draw(box: HTMLElement, spec: ChartSpec) {
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", spec.description);
  box.appendChild(canvas);
  const common = { responsive: true, maintainAspectRatio: false, animation: false } as const;
  if (spec.kind === "trend") {
    new Chart(canvas, {
      type: "line",
      data: {
        labels: spec.labels,
        datasets: [
          { label: spec.seriesLabel, data: spec.values, borderColor: "#0b5394", backgroundColor: "#0b5394", tension: 0.2, spanGaps: true },
          {
            label: spec.redLineLabel,
            data: spec.redLines ?? spec.labels.map(() => spec.redMax),
            stepped: "middle",
            borderColor: "#cc0000",
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2,
          },
        ],
      },
      // Quarter labels stay level: rotated, the first one reached past the canvas's left edge on a
      // 360 px phone once the trend held eleven quarters; level, chart.js skips the ones that do not fit.
      options: { ...common, scales: { x: { ticks: { maxRotation: 0 } }, y: { min: 0, max: 100 } } },
      plugins: [zoneBands(spec.redMax, spec.yellowMax)],
    });
  } else {
    // The element names beside horizontal bars: chart.js gives that axis at most about half the
    // chart's width and draws a longer label past the canvas's left edge, so on a phone each name is
    // broken into lines that fit 45% of the width (measured in the chart's own tick font).
    const font = Chart.defaults.font;
    const context = canvas.getContext("2d");
    const measure = (text: string) => {
      if (!context) return text.length * 7;
      context.font = `${font.style ?? "normal"} ${font.weight ?? "normal"} ${font.size ?? 12}px ${font.family}`;
      return context.measureText(text).width;
    };
    const room = Math.max(60, box.clientWidth * 0.45 - 16);
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: spec.labels.map((label) => wrapLabel(label, room, measure)),
        datasets: [{ label: spec.seriesLabel, data: spec.values, backgroundColor: spec.values.map((_, i) => (i === spec.highlight ? "#b3261e" : "#0b5394")) }],
      },
      options: {
        ...common,
        indexAxis: "y",
        plugins: { legend: { display: false } },
        scales: { x: { min: 1, max: 4, ticks: { stepSize: 0.5 } }, y: { ticks: { autoSkip: false } } },
      },
    });
  }
}

for (const box of document.querySelectorAll<HTMLElement>("[data-chart]")) {
  try {
    draw(box, JSON.parse(box.dataset.chart!));
  } catch {
    // a chart that cannot be drawn leaves its table to speak
  }
}
