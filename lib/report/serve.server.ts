// Loading and rendering an SKM report for the route handlers (workspace and public): of a unit by
// its slug, or of the city by its segment ("kota", lib/report/city.ts); the issued version asked
// for (else the latest), or, where none is issued, the report as it is now.
import { db } from "@/lib/db/db.server";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/i18n/format";
import type { Permission } from "@/lib/auth/permissions";
import { buildReport, issuedReport, reportVersions, ReportNotFoundError, type ReportContent, type ReportOwner } from "@/lib/report/content.server";
import { isCitySegment } from "./city";
import { generatedConclusion, reportDocument, type IssuedInfo } from "./html";
import { NextResponse } from "next/server";
import { publicBaseUrl } from "@/lib/http/base-url";
import { PdfUnavailableError, printPdf } from "./print.server";

/** `unitId` null: the city's report. */
export type LoadedReport = { unitId: number | null; content: ReportContent; issued: IssuedInfo };

/**
 * Who may read a report in the workspace: a unit's, whoever reads that unit's plans (its head
 * included); the city's, whoever reads the city's figures (the secretariat and the inspectorate).
 */
export function readPermission(report: LoadedReport): { permission: Permission; unitId?: number } {
  return report.unitId === null ? { permission: "dashboard:read" } : { permission: "plan:read", unitId: report.unitId };
}

/** `issuedOnly`: the public, who may read issued reports only. Null when there is nothing to show. */
export async function loadReport(segment: string, period: string, options: { version?: number; issuedOnly?: boolean } = {}): Promise<LoadedReport | null> {
  let owner: ReportOwner = null;
  if (!isCitySegment(segment)) {
    const unit = await db.unit.findUnique({ where: { slug: segment }, select: { id: true } });
    if (!unit) return null;
    owner = { unitId: unit.id };
  }
  const unitId = owner?.unitId ?? null;
  const [row, versions] = await Promise.all([issuedReport(db, owner, period, options.version), reportVersions(db, owner, period)]);
  if (row) {
    return {
      unitId,
      content: row.content as unknown as ReportContent,
      issued: {
        version: row.version,
        issuedAt: row.issuedAt.toISOString(),
        conclusion: row.conclusion,
        note: row.note,
        versions: versions.map((v) => ({ version: v.version, issuedAt: v.issuedAt.toISOString(), note: v.note })),
      },
    };
  }
  if (options.issuedOnly || options.version) return null;
  try {
    return { unitId, content: await buildReport(db, segment, period), issued: null };
  } catch (e) {
    if (e instanceof ReportNotFoundError) return null;
    throw e;
  }
}

export async function reportHtml(report: LoadedReport, locale: Locale, links: { pdf: string; self: string }): Promise<string> {
  const t = await translatorFor(locale);
  const f = formatters(locale);
  return reportDocument(report.content, report.issued, { locale, t, f, generatedConclusion: generatedConclusion(report.content, t, f), links });
}

/**
 * The report as a PDF: its HTML document (the same as `reportHtml`) printed by Chromium
 * (lib/report/print.server.ts). `links.self` is where the document lives on the site, so that its
 * links in the PDF are the site's addresses; `baseUrl` the site's public address.
 */
export async function reportPdfBuffer(report: LoadedReport, locale: Locale, links: { pdf: string; self: string }, baseUrl: string): Promise<Buffer> {
  return printPdf(await reportHtml(report, locale, links), baseUrl, links.self);
}

/**
 * A route's answer with the report's PDF, or 503 with the reason in words where this server has no
 * Chromium to print it (the HTML document still prints from the reader's browser).
 */
export async function reportPdfResponse(
  request: Request,
  report: LoadedReport,
  locale: Locale,
  links: { pdf: string; self: string },
  headers: { filename: string; cacheControl: string },
): Promise<Response> {
  try {
    const pdf = await reportPdfBuffer(report, locale, links, publicBaseUrl(request.headers));
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${headers.filename}"`,
        "Cache-Control": headers.cacheControl,
      },
    });
  } catch (e) {
    if (!(e instanceof PdfUnavailableError)) throw e;
    const t = await translatorFor(locale);
    return NextResponse.json({ error: "pdf_unavailable", message: t("plans.report.pdfUnavailable", { html: links.self }) }, { status: 503 });
  }
}
