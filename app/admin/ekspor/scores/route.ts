// GET /admin/ekspor/scores?period=2026-Q3[&unit=<slug>]: every unit's figures of the period as
// CSV, or XLSX with typed cells with &format=xlsx (the published snapshot for a published period).
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi } from "@/lib/auth/guards.server";
import { getScores } from "@/lib/scores/cache.server";
import { exportPeriod, exportQuerySchema } from "@/lib/exports/query";
import { validationError } from "@/lib/http/api-errors";
import { scoresCsv, scoresRows, type ScoresCsvColumn } from "@/lib/scores/csv";
import { xlsxResponse, type XlsxColumn } from "@/lib/exports/xlsx.server";
import { CHANNELS } from "@/lib/complaints/channels";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

const EXPORT_COLUMNS = [
  "period", "published", "unit", "name", "type", "kecamatan", "respondents", "minimum_sample", "sufficient", "rank", "ikm", "ikm_converted", "grade",
  ...ELEMENT_KEYS, "weakest_element", "satisfaction_ikm", "complaint_handling", "standards", "score", "zone", "complaints_received", "complaints_substantiated",
  ...CHANNELS.map((c) => `complaints_${c}` as const), "complaint_verdicts", "satisfied_share",
] as const satisfies readonly ScoresCsvColumn[];

const TEXT = new Set<ScoresCsvColumn>(["period", "unit", "name", "type", "kecamatan", "grade", "weakest_element", "zone"]);

export async function GET(request: NextRequest) {
  const auth = await authorizeApi("export:read");
  if (auth.response) return auth.response;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const period = exportPeriod(parsed.data.period);
  const report = await getScores(period.key);
  const units = report.units.filter((u) => !parsed.data.unit || u.slug === parsed.data.unit);
  if (parsed.data.format === "xlsx") {
    const columns: XlsxColumn[] = EXPORT_COLUMNS.map((c) => ({ header: c, kind: c === "published" || c === "sufficient" ? "boolean" : TEXT.has(c) ? "text" : "number", width: c === "name" ? 45 : undefined }));
    return xlsxResponse(`skor-${period.key}.xlsx`, `skor ${period.key}`, columns, [scoresRows(report, EXPORT_COLUMNS, units)]);
  }
  const csv = scoresCsv(report, EXPORT_COLUMNS, units);
  return new NextResponse(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="skor-${period.key}.csv"`, "Cache-Control": "no-store" } });
}
