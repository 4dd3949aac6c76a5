// Loading and rendering a unit's SKM report for the route handlers (workspace and public): the
// issued version asked for (else the latest), or, where none is issued, the report as it is now.
import { db } from "@/lib/db.server";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/public/format";
import { buildUnitReport, issuedReport, reportVersions, ReportNotFoundError, type ReportContent } from "@/lib/data/skm-report.server";
import { generatedConclusion, reportDocument, type IssuedInfo } from "./html";
import { reportPdf } from "./pdf.server";

export type LoadedReport = { unitId: number; content: ReportContent; issued: IssuedInfo };

/** `issuedOnly`: the public, who may read issued reports only. Null when there is nothing to show. */
export async function loadReport(slug: string, period: string, options: { version?: number; issuedOnly?: boolean } = {}): Promise<LoadedReport | null> {
  const unit = await db.unit.findUnique({ where: { slug }, select: { id: true } });
  if (!unit) return null;
  const [row, versions] = await Promise.all([issuedReport(db, unit.id, period, options.version), reportVersions(db, unit.id, period)]);
  if (row) {
    return {
      unitId: unit.id,
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
    return { unitId: unit.id, content: await buildUnitReport(db, slug, period), issued: null };
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

export async function reportPdfBuffer(report: LoadedReport, locale: Locale): Promise<Buffer> {
  const t = await translatorFor(locale);
  const f = formatters(locale);
  return reportPdf(report.content, report.issued, { t, f, generatedConclusion: generatedConclusion(report.content, t, f) });
}
