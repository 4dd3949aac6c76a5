import type { Zone } from "@/lib/scoring/compliance";

/** A zone in words on its colour (the colour alone would say nothing to some readers). */
export function ZoneBadge({ zone, label }: { zone: Zone | null; label: string }) {
  return <span className={`zone-badge zone-badge-${zone ?? "none"}`}>{label}</span>;
}
