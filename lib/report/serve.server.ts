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
import { reportPdf } from "./pdf.server";

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

export async function reportPdfBuffer(report: LoadedReport, locale: Locale): Promise<Buffer> {
  const t = await translatorFor(locale);
  const f = formatters(locale);
  return reportPdf(report.content, report.issued, { t, f, generatedConclusion: generatedConclusion(report.content, t, f) });
}
