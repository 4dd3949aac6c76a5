// The period report as CSV, for the open-data API and the workspace export: every column is
// defined once here, and each caller lists the columns it publishes, in order.
import { toCsv, type CsvValue } from "@/lib/http/csv";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import type { ScoresReport, UnitScore } from "./read-model.server";
import { CHANNELS, type ComplaintChannel } from "@/lib/complaints/channels";

type Column = (unit: UnitScore, report: ScoresReport) => CsvValue;

const COLUMNS = {
  period: (_u, r) => r.period,
  published: (_u, r) => r.published,
  rank: (u) => u.rank,
  slug: (u) => u.slug,
  unit: (u) => u.slug, // the workspace export's name for the slug
  name: (u) => u.name,
  type: (u) => u.type,
  kecamatan: (u) => u.kecamatan,
  respondents: (u) => u.respondents,
  minimum_sample: (u) => u.minimumSample,
  ranked: (u) => u.ranked,
  sufficient: (u) => u.sufficient,
  ikm: (u) => u.ikm?.value,
  ikm_converted: (u) => u.ikm?.converted,
  grade: (u) => u.ikm?.grade,
  ...(Object.fromEntries(ELEMENT_KEYS.map((k) => [k, (u: UnitScore) => u.elements[k]])) as unknown as Record<ElementKey, Column>),
  weakest_element: (u) => u.weakestElement,
  // The satisfaction component of the compliance score: the converted IKM, named as a component.
  satisfaction_ikm: (u) => u.ikm?.converted,
  complaint_handling: (u) => u.complaintHandling,
  standards: (u) => u.standards,
  score: (u) => u.score,
  zone: (u) => u.zone,
  complaints_received: (u) => u.complaints.received,
  complaints_substantiated: (u) => u.complaints.substantiated,
  substantiated_per_1000: (u) => u.complaints.substantiatedPer1000,
  // Issue 12: complaints by channel (never a reporter) and the reporters' satisfied verdicts.
  // Snapshots published before the channels existed have no counts: empty cells.
  ...(Object.fromEntries(CHANNELS.map((c) => [`complaints_${c}`, (u: UnitScore) => u.complaints.byChannel?.[c]])) as unknown as Record<
    `complaints_${ComplaintChannel}`,
    Column
  >),
  complaint_verdicts: (u) => u.complaints.verdicts,
  satisfied_share: (u) => u.complaints.satisfiedShare,
  weight_satisfaction: (_u, r) => r.settings.weightSatisfaction,
  weight_complaints: (_u, r) => r.settings.weightComplaints,
  weight_standards: (_u, r) => r.settings.weightStandards,
  zone_red_max: (_u, r) => r.settings.zoneRedMax,
  zone_yellow_max: (_u, r) => r.settings.zoneYellowMax,
  // Issue 27: the quality category under the period's scheme, and the scheme's key.
  category: (u) => u.category,
  zone_scheme: (_u, r) => r.settings.zoneScheme.key,
} satisfies Record<string, Column>;

export type ScoresCsvColumn = keyof typeof COLUMNS;

/** The typed values of `columns` for each unit (numbers stay numbers: the XLSX export's cells). */
export function scoresRows(report: ScoresReport, columns: readonly ScoresCsvColumn[], units: UnitScore[] = report.units): CsvValue[][] {
  return units.map((u) => columns.map((c) => (COLUMNS[c] as Column)(u, report)));
}

/** `columns` of every unit in `units` (default: all of the report's), with a header row. */
export function scoresCsv(report: ScoresReport, columns: readonly ScoresCsvColumn[], units: UnitScore[] = report.units): string {
  const header = columns.map((c) => c as string);
  return toCsv(header, scoresRows(report, columns, units));
}
