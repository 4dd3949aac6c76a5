// GET /admin/laporan/<period>/zip: every report of a period (the city's, and each unit's with
// respondents or a plan) as PDFs in one ZIP (fflate), issued versions where there are, drafts
// otherwise. Secretariat only.
import { zipSync } from "fflate";
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { requestLocale } from "@/lib/i18n/translator.server";
import { CITY_SEGMENT } from "@/lib/report/city";
import { loadReport, reportPdfBuffer } from "@/lib/report/serve.server";
import { parsePeriod } from "@/lib/scores/period";

export async function GET(request: NextRequest, { params }: { params: Promise<{ period: string }> }) {
  const auth = await authorizeApi("plan:review");
  if (auth.response) return auth.response;
  const period = parsePeriod((await params).period);
  if (!period) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const [scores, planned] = await Promise.all([
    getScores(period.key),
    db.improvementPlan.findMany({ where: { period: period.key }, select: { unit: { select: { slug: true } } } }),
  ]);
  const slugs = new Set([...scores.units.filter((u) => u.respondents > 0).map((u) => u.slug), ...planned.map((p) => p.unit.slug)]);
  const locale = requestLocale(request);
  const files: Record<string, Uint8Array> = {};
  // One at a time: a PDF is CPU work, and the machine serves citizens too.
  for (const segment of [CITY_SEGMENT, ...[...slugs].sort()]) {
    const report = await loadReport(segment, period.key);
    if (report) files[`laporan-skm-${segment}-${period.key}.pdf`] = new Uint8Array(await reportPdfBuffer(report, locale));
  }
  const zip = zipSync(files, { level: 0 }); // PDFs are compressed already
  return new NextResponse(zip, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="laporan-skm-${period.key}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}
