"use client";
// A score per quarter (the city's on the home page and the workspace, a unit's on its page)
// against the zone bands (red below the red line). chart.js is registered once here; a small
// plugin paints the bands behind the line. The data table beside it (server-rendered by the
// page) carries the same figures for screen readers and print.
import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip, type Plugin } from "chart.js";
import { Line } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

type Props = { labels: string[]; scores: (number | null)[]; redMax: number; yellowMax: number; seriesLabel: string; redLineLabel: string; description: string };

function zoneBands(redMax: number, yellowMax: number): Plugin<"line"> {
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
        const bottom = y.getPixelForValue(from);
        ctx.fillStyle = color;
        ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
      }
      ctx.restore();
    },
  };
}

export function ScoreTrendChart({ labels, scores, redMax, yellowMax, seriesLabel, redLineLabel, description }: Props) {
  return (
    <div className="chart-box">
      <Line
        role="img"
        aria-label={description}
        data={{
          labels,
          datasets: [
            { label: seriesLabel, data: scores, borderColor: "#0b5394", backgroundColor: "#0b5394", tension: 0.2, spanGaps: true },
            { label: redLineLabel, data: labels.map(() => redMax), borderColor: "#cc0000", borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
          ],
        }}
        options={{ responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } }}
        plugins={[zoneBands(redMax, yellowMax)]}
      />
    </div>
  );
}
