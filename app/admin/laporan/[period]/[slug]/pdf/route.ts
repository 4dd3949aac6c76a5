// GET /admin/laporan/<period>/<slug>/pdf[?versi=n]: the same report (a unit's, or the city's at
// `kota`) as a PDF download, for the same readers.
import { NextResponse, type NextRequest } from "next/server";
import { apiForbidden, authorizeApi } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { requestLocale } from "@/lib/i18n/translator.server";
import { loadReport, readPermission, reportPdfResponse } from "@/lib/report/serve.server";
import { parsePeriod } from "@/lib/scores/period";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ period: string; slug: string }> }) {
  const signedIn = await authorizeApi("plan:read");
  if (signedIn.response) return signedIn.response;
  const { period: rawPeriod, slug } = await params;
  const period = parsePeriod(rawPeriod);
  const version = recordId(request.nextUrl.searchParams.get("versi")) ?? undefined;
  const report = period ? await loadReport(slug, period.key, { version }) : null;
  if (!report) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const { permission, unitId } = readPermission(report);
  if (!can(signedIn.user, permission, unitId)) return apiForbidden();
  const self = `/admin/laporan/${period!.key}/${slug}`;
  return reportPdfResponse(
    request,
    report,
    requestLocale(request),
    { self, pdf: `${self}/pdf${version ? `?versi=${version}` : ""}` },
    { filename: `laporan-skm-${slug}-${period!.key}${report.issued ? `-v${report.issued.version}` : ""}.pdf`, cacheControl: "private, no-store" },
  );
}
