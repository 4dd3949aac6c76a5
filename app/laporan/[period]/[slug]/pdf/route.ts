// GET /laporan/<period>/<slug>/pdf[?versi=n]: an issued SKM report (a unit's or the city's) as a PDF, public.
import { NextResponse, type NextRequest } from "next/server";
import { requestLocale } from "@/lib/i18n/translator.server";
import { loadReport, reportPdfResponse } from "@/lib/report/serve.server";
import { parsePeriod } from "@/lib/scores/period";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ period: string; slug: string }> }) {
  const { period: rawPeriod, slug } = await params;
  const period = parsePeriod(rawPeriod);
  const version = recordId(request.nextUrl.searchParams.get("versi")) ?? undefined;
  const report = period ? await loadReport(slug, period.key, { version, issuedOnly: true }) : null;
  if (!report) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const self = `/laporan/${period!.key}/${slug}`;
  const issued = report.issued!.version;
  return reportPdfResponse(
    request,
    report,
    requestLocale(request),
    { self, pdf: `${self}/pdf?versi=${issued}` },
    { filename: `laporan-skm-${slug}-${period!.key}-v${issued}.pdf`, cacheControl: "public, max-age=300" },
  );
}
