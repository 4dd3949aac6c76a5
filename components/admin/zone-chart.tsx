"use client";
// The units per zone as bars in the zones' colours; the list beside it (server-rendered by the
// page) carries the same counts for screen readers and without JavaScript.
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

type Props = { labels: [string, string, string]; counts: [number, number, number]; seriesLabel: string; description: string };

export function ZoneChart({ labels, counts, seriesLabel, description }: Props) {
  return (
    <div className="chart-box" style={{ height: "12rem", maxWidth: "32rem" }}>
      <Bar
        role="img"
        aria-label={description}
        data={{ labels, datasets: [{ label: seriesLabel, data: counts, backgroundColor: ["#cc0000", "#e6aa00", "#008c3c"] }] }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
      />
    </div>
  );
}
