// The red, yellow and green bands behind a score line (the zones of the settings in force), one
// chart.js plugin for both charts: the workspace's React chart (components/charts/) and the
// citizen pages' bundled script (lib/html/client/charts.ts). Plain TypeScript with a type-only
// import, so esbuild bundles it with nothing else.
import type { Plugin } from "chart.js";

/** Red up to `redMax`, yellow up to `yellowMax`, green up to 100, painted before the datasets. */
export function zoneBands(redMax: number, yellowMax: number): Plugin<"line"> {
  return {
    id: "zoneBands",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y;
      if (!chartArea || !y) return;
      const bands: [number, number, string][] = [
        [0, redMax, "rgba(204, 0, 0, 0.12)"],
        [redMax, yellowMax, "rgba(230, 170, 0, 0.14)"],
        [yellowMax, 100, "rgba(0, 140, 60, 0.12)"],
      ];
      ctx.save();
      for (const [from, to, color] of bands) {
        const top = y.getPixelForValue(to);
        ctx.fillStyle = color;
        ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, y.getPixelForValue(from) - top);
      }
      ctx.restore();
    },
  };
}
