"use client";
// A unit's nine element means (NRR, 1 to 4) as horizontal bars, the weakest in red. Loaded only
// by the unit page; the table under it (server-rendered) carries the same figures.
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

type Props = { labels: string[]; means: (number | null)[]; weakestIndex: number | null; seriesLabel: string; description: string };

export function ElementChart({ labels, means, weakestIndex, seriesLabel, description }: Props) {
  return (
    <div className="chart-box chart-tall">
      <Bar
        role="img"
        aria-label={description}
        data={{
          labels,
          datasets: [
            {
              label: seriesLabel,
              data: means,
              backgroundColor: means.map((_, i) => (i === weakestIndex ? "#b3261e" : "#0b5394")),
            },
          ],
        }}
        options={{
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { min: 1, max: 4, ticks: { stepSize: 0.5 } } },
        }}
      />
    </div>
  );
}
