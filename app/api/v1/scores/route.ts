// GET /api/v1/scores?period=2026-Q3[&format=csv]: every unit's figures for a period (default:
// the current quarter), as JSON or CSV, with the settings in force. Open data.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getScores } from "@/lib/scores/cache.server";
import type { ScoresReport } from "@/lib/scores/read-model.server";
import { scoresCsv, type ScoresCsvColumn } from "@/lib/scores/csv";
import { CHANNELS } from "@/lib/complaints/channels";
import { validationError } from "@/lib/http/api-errors";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";

const querySchema = z.object({
  period: z
    .string()
    .max(20, "badPeriod")
    .refine((v) => parsePeriod(v) !== null, "badPeriod")
    .optional(),
  format: z.enum(["json", "csv"], "badFormat").default("json"),
});

export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
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
  return NextResponse.json(publicShape(report), { headers: cache });
}

/** The documented JSON shape (docs/api.md, "Open data"). */
function publicShape(report: ScoresReport) {
  return {
    period: report.period,
    published: report.published,
    publishedAt: report.publishedAt,
    method: { url: "/metode", settings: report.settings },
    city: {
      score: report.city.score,
      zone: report.city.zone,
      ikm: report.city.ikm,
      rankedUnits: report.city.rankedUnits,
      zones: report.city.zones,
      // Issue 13: the respondents and NRR behind the city's IKM (null in snapshots published before).
      respondents: report.city.respondents ?? null,
      elements: report.city.elements ?? null,
    },
    units: report.units.map((u) => ({
      slug: u.slug,
      name: u.name,
      type: u.type,
      kecamatan: u.kecamatan,
      respondents: u.respondents,
      minimumSample: u.minimumSample,
      ranked: u.ranked,
      rank: u.rank,
      ikm: u.ikm,
      elements: u.elements,
      weakestElement: u.weakestElement,
      complaintHandling: u.complaintHandling,
      standards: u.standards,
      score: u.score,
      zone: u.zone,
      substantiatedPer1000: u.complaints.substantiatedPer1000,
      // Issue 12: every channel's count and the reporters' verdicts (absent from older snapshots).
      complaints: {
        received: u.complaints.received,
        byChannel: u.complaints.byChannel ?? null,
        verdicts: u.complaints.verdicts ?? null,
        satisfiedShare: u.complaints.satisfiedShare ?? null,
      },
    })),
  };
}

const OPEN_DATA_COLUMNS = [
  "period",
  "rank",
  "slug",
  "name",
  "type",
  "kecamatan",
  "respondents",
  "minimum_sample",
  "ranked",
  "ikm",
  "ikm_converted",
  "grade",
  ...ELEMENT_KEYS,
  "weakest_element",
  "complaint_handling",
  "standards",
  "score",
  "zone",
  "substantiated_per_1000",
  "weight_satisfaction",
  "weight_complaints",
  "weight_standards",
  "zone_red_max",
  "zone_yellow_max",
  "published",
  ...CHANNELS.map((c) => `complaints_${c}` as const),
  "complaint_verdicts",
  "satisfied_share",
] as const satisfies readonly ScoresCsvColumn[];
