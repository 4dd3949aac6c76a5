// GET /admin/ekspor/scores?period=2026-Q3[&unit=<slug>]: every unit's figures of the period as
// CSV (the published snapshot for a published period).
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi } from "@/lib/auth/guards.server";
import { getScores } from "@/lib/data/scores-cache.server";
import { exportPeriod, exportQuerySchema } from "@/lib/admin/export-query";
import { validationError } from "@/lib/http/api-errors";
import { toCsv } from "@/lib/http/csv";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";

export async function GET(request: NextRequest) {
  const auth = await authorizeApi("export:read");
  if (auth.response) return auth.response;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const period = exportPeriod(parsed.data.period);
  const report = await getScores(period.key);
  const units = report.units.filter((u) => !parsed.data.unit || u.slug === parsed.data.unit);
  const csv = toCsv(
    ["period", "published", "unit", "name", "type", "kecamatan", "respondents", "minimum_sample", "sufficient", "rank", "ikm", "ikm_converted", "grade", ...ELEMENT_KEYS, "weakest_element", "satisfaction_ikm", "complaint_handling", "standards", "score", "zone", "complaints_received", "complaints_substantiated"],
    units.map((u) => [
      report.period, report.published, u.slug, u.name, u.type, u.kecamatan, u.respondents, u.minimumSample, u.sufficient, u.rank, u.ikm?.value, u.ikm?.converted, u.ikm?.grade,
      ...ELEMENT_KEYS.map((k) => u.elements[k]), u.weakestElement, u.ikm?.converted, u.complaintHandling, u.standards, u.score, u.zone, u.complaints.received, u.complaints.substantiated,
    ]),
  );
  return new NextResponse(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="skor-${period.key}.csv"`, "Cache-Control": "no-store" } });
}
