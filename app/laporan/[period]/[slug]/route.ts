// GET /laporan/<period>/<slug>[?versi=n]: an issued SKM report (a unit's, or the city's at
// `/laporan/<period>/kota`), public: plain HTML, no script, printable as A4. Only issued reports (a draft stays in the workspace): 404 otherwise.
import type { NextRequest } from "next/server";
import { requestLocale } from "@/lib/i18n/translator.server";
import { loadReport, reportHtml } from "@/lib/report/serve.server";
import { parsePeriod } from "@/lib/scores/period";
import { htmlResponse } from "@/lib/html/response";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ period: string; slug: string }> }) {
  const { period: rawPeriod, slug } = await params;
  const period = parsePeriod(rawPeriod);
  const version = recordId(request.nextUrl.searchParams.get("versi")) ?? undefined;
  const report = period ? await loadReport(slug, period.key, { version, issuedOnly: true }) : null;
  if (!report) return htmlResponse('<!doctype html><html lang="id"><title>404</title><main><p>404</p></main></html>', 404);
  const self = `/laporan/${period!.key}/${slug}`;
  return htmlResponse(await reportHtml(report, requestLocale(request), { self, pdf: `${self}/pdf?versi=${report.issued!.version}` }), 200, {
    "Cache-Control": "public, max-age=300",
  });
}
