// GET /admin/laporan/<period>/<slug>[?versi=n]: a unit's SKM report as a plain HTML document for
// the workspace: the issued version (latest, or the one asked for), else the draft from today's
// figures (provisional until the period is published). Readable without JavaScript, printable
// as A4. The unit's head, the inspectorate and the secretariat; anonymous visitors go to sign-in.
// `/admin/laporan/<period>/kota` is the city's report: the inspectorate and the secretariat.
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { requestLocale } from "@/lib/i18n/translator.server";
import { loadReport, readPermission, reportHtml } from "@/lib/report/serve.server";
import { parsePeriod } from "@/lib/scores/period";
import { htmlResponse } from "@/lib/html/response";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ period: string; slug: string }> }) {
  const { period: rawPeriod, slug } = await params;
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL(`/admin/masuk?next=${encodeURIComponent(request.nextUrl.pathname)}`, request.url), 303);
  const period = parsePeriod(rawPeriod);
  const version = recordId(request.nextUrl.searchParams.get("versi")) ?? undefined;
  const report = period ? await loadReport(slug, period.key, { version }) : null;
  if (!report) return htmlResponse("<!doctype html><title>404</title><p>404</p>", 404);
  const { permission, unitId } = readPermission(report);
  if (!can(user, permission, unitId)) return htmlResponse("<!doctype html><title>403</title><p>403</p>", 403);
  const self = `/admin/laporan/${period!.key}/${slug}`;
  return htmlResponse(await reportHtml(report, requestLocale(request), { self, pdf: `${self}/pdf${version ? `?versi=${version}` : ""}` }), 200, {
    "Cache-Control": "private, no-store",
  });
}
