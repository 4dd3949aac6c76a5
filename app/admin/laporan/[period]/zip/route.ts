// GET /admin/laporan/<period>/zip: every report of a period (the city's, and each unit's with
// respondents or a plan) as PDFs in one ZIP streamed as the PDFs are printed (fflate), issued
// versions where there are, drafts otherwise. Secretariat only.
import { Zip, ZipPassThrough } from "fflate";
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { getScores } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { requestLocale } from "@/lib/i18n/translator.server";
import { publicBaseUrl } from "@/lib/http/base-url";
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
  const baseUrl = publicBaseUrl(request.headers);
  const segments = [CITY_SEGMENT, ...[...slugs].sort()];
  // Printed a few at a time (lib/report/print.server.ts limits the pages), written in order as
  // each is ready: the download starts with the first report, and memory holds a few PDFs.
  const pdf = async (segment: string) => {
    const report = await loadReport(segment, period.key);
    const self = `/admin/laporan/${period.key}/${segment}`;
    return report ? new Uint8Array(await reportPdfBuffer(report, locale, { self, pdf: `${self}/pdf` }, baseUrl)) : null;
  };
  let cancelled = false; // the reader went away: stop printing
  const body = new ReadableStream<Uint8Array>({
    cancel() {
      cancelled = true;
    },
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      try {
        let next = pdf(segments[0]);
        for (let i = 0; i < segments.length && !cancelled; i++) {
          const current = await next;
          if (i + 1 < segments.length) next = pdf(segments[i + 1]); // the next one prints while this one is written
          if (!current) continue;
          const file = new ZipPassThrough(`laporan-skm-${segments[i]}-${period.key}.pdf`); // PDFs are compressed already
          zip.add(file);
          file.push(current, true);
        }
        if (!cancelled) zip.end();
      } catch (e) {
        if (!cancelled) controller.error(e);
      }
    },
  });
  return new NextResponse(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="laporan-skm-${period.key}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}
