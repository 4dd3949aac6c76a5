// GET /admin/ekspor/scores?period=2026-Q3[&unit=<slug>]: every unit's figures of the period as
// CSV, or XLSX with typed cells with &format=xlsx (the published snapshot for a published period).
import { getScores } from "@/lib/scores/cache.server";
import { exportRoute } from "@/lib/exports/route.server";
import { scoresCsv, scoresRows, type ScoresCsvColumn } from "@/lib/scores/csv";
import { csvResponse, xlsxResponse, type XlsxColumn } from "@/lib/exports/xlsx.server";
import { CHANNELS } from "@/lib/complaints/channels";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

const EXPORT_COLUMNS = [
  "period",
  "published",
  "unit",
  "name",
  "type",
  "kecamatan",
  "respondents",
  "minimum_sample",
  "sufficient",
  "rank",
  "ikm",
  "ikm_converted",
  "grade",
  ...ELEMENT_KEYS,
  "weakest_element",
  "satisfaction_ikm",
  "complaint_handling",
  "standards",
  "score",
  "zone",
  "category", // issue 27: the quality category under the period's scheme
  "zone_scheme",
  "complaints_received",
  "complaints_substantiated",
  ...CHANNELS.map((c) => `complaints_${c}` as const),
  "complaint_verdicts",
  "satisfied_share",
] as const satisfies readonly ScoresCsvColumn[];

const TEXT = new Set<ScoresCsvColumn>(["period", "unit", "name", "type", "kecamatan", "grade", "weakest_element", "zone", "category", "zone_scheme"]);

export const GET = exportRoute(async ({ period, unit, format }) => {
  const report = await getScores(period.key);
  const units = report.units.filter((u) => !unit || u.slug === unit);
  if (format === "xlsx") {
    const columns: XlsxColumn[] = EXPORT_COLUMNS.map((c) => ({
      header: c,
      kind: c === "published" || c === "sufficient" ? "boolean" : TEXT.has(c) ? "text" : "number",
      width: c === "name" ? 45 : undefined,
    }));
    return xlsxResponse(`skor-${period.key}.xlsx`, `skor ${period.key}`, columns, [scoresRows(report, EXPORT_COLUMNS, units)]);
  }
  return csvResponse(`skor-${period.key}.csv`, scoresCsv(report, EXPORT_COLUMNS, units));
});
