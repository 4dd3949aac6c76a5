// GET /api/v1/scores?period=2026-Q3[&format=csv]: every unit's figures for a period (default:
// the current quarter), as JSON or CSV, with the settings in force. Open data.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getScores } from "@/lib/scores/cache.server";
import { scoresCsv } from "@/lib/scores/csv";
import { OPEN_DATA_COLUMNS, openDataJson, scoresQuerySchema } from "@/lib/scores/open-data";
import { validationError } from "@/lib/http/api-errors";
import { bodyOf, preparedResponse } from "@/lib/http/gzipped";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";

export async function GET(request: NextRequest) {
  const parsed = scoresQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    // Our translator, not next-intl's request-scoped one: the front calls this handler too (server/front.ts).
    const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
    const fields = Object.fromEntries(
      Object.entries(z.flattenError(parsed.error).fieldErrors).map(([field, codes]) => [
        field,
        (codes as string[]).map((c) => t(c === "badFormat" ? "scoresApi.badFormat" : "scoresApi.badPeriod")),
      ]),
    );
    return validationError(fields, Object.values(fields)[0]?.[0]);
  }
  const period = parsed.data.period ? parsePeriod(parsed.data.period)!.key : currentQuarter(new Date()).key;
  const report = await getScores(period);
  const cache = { "Cache-Control": report.published ? "public, max-age=3600" : "public, max-age=30" };
  if (parsed.data.format === "csv") {
    return new NextResponse(scoresCsv(report, OPEN_DATA_COLUMNS), {
      headers: { ...cache, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="rapor-layanan-${period}.csv"` },
    });
  }
  // Serialised and gzipped once per cached report (a new data version or lifetime gives a new one), as the cached pages are.
  const body = bodyOf(report, () => JSON.stringify(openDataJson(report)));
  return preparedResponse(body, { headers: { ...cache, "Content-Type": "application/json" } });
}
