"use client";
// A score per quarter (the city's on the home page and the workspace, a unit's on its page)
// against the zone bands (red below the red line). chart.js is registered once here; a small
// plugin paints the bands behind the line. The data table beside it (server-rendered by the
// page) carries the same figures for screen readers and print.
import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { zoneBands } from "@/lib/html/client/zone-bands";
import { Line } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

type Props = {
  labels: string[];
  scores: (number | null)[];
  redLines?: number[]; // each period's red line under its own scheme (issue 27): a step where it changed
  redMax: number;
  yellowMax: number;
  seriesLabel: string;
  redLineLabel: string;
  description: string;
};

export function ScoreTrendChart({ labels, scores, redLines, redMax, yellowMax, seriesLabel, redLineLabel, description }: Props) {
  return (
    <div className="chart-box">
      <Line
        role="img"
        aria-label={description}
        data={{
          labels,
          datasets: [
            { label: seriesLabel, data: scores, borderColor: "#0b5394", backgroundColor: "#0b5394", tension: 0.2, spanGaps: true },
            {
              label: redLineLabel,
              data: redLines ?? labels.map(() => redMax),
              stepped: "middle",
              borderColor: "#cc0000",
              borderDash: [6, 4],
              pointRadius: 0,
              borderWidth: 2,
            },
          ],
        }}
        // Level quarter labels, as on the citizen pages (lib/html/client/charts.ts says why).
        options={{ responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { ticks: { maxRotation: 0 } }, y: { min: 0, max: 100 } } }}
        plugins={[zoneBands(redMax, yellowMax)]}
      />
    </div>
  );
}
