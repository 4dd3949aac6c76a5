import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { requirePermission } from "@/lib/auth/guards.server";
import { buildReport, commentCandidates, isCityReport, issuedReport, ReportNotFoundError } from "@/lib/report/content.server";
import { db } from "@/lib/db/db.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { isLocale } from "@/lib/i18n/locales";
import { formatters } from "@/lib/i18n/format";
import { COMMENT_CANDIDATE_LIMIT, previouslyChosen, type ReportComment } from "@/lib/report/comments";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { generatedConclusion, subjectTexts } from "@/lib/report/html";
import { parsePeriod } from "@/lib/scores/period";
import { issueReportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.report"))("issue") };
}

// The secretariat issues a report (or a corrected version): the conclusion generated from the
// figures, to edit, a note for corrections, and the period's citizens' comments (anonymised) to
// select and edit for chapter IV. Refused until the period's plan is approved. The city's report
// (`kota`) has neither plan nor comments: the conclusion and the note only.
export default async function IssueReportPage({ params }: { params: Promise<{ period: string; slug: string }> }) {
  const { period: raw, slug } = await params;
  await requirePermission("plan:review", { from: `/admin/laporan/${encodeURIComponent(raw)}/${encodeURIComponent(slug)}/terbitkan` });
  const period = parsePeriod(raw);
  if (!period) notFound();
  let content;
  try {
    content = await buildReport(db, slug, period.key);
  } catch (e) {
    if (e instanceof ReportNotFoundError) notFound();
    throw e;
  }
  const t = await getTranslations("plans.report");
  const tElements = await getTranslations("elements");
  const localeName = await getLocale();
  const locale = isLocale(localeName) ? localeName : "id";
  const owner = isCityReport(content) ? null : { unitId: (await db.unit.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id };
  const last = await issuedReport(db, owner, period.key);
  const comments = owner && !isCityReport(content) && content.plan ? await commentCandidates(db, owner.unitId, period.key) : [];
  const f = formatters(locale);
  const translate = await translatorFor(locale);
  const conclusion = last?.conclusion ?? generatedConclusion(content, translate, f);
  const mayIssue = isCityReport(content) || content.plan !== null;
  // A correction starts from the previous version: its conclusion (above), its chosen comments
  // with their approved texts, ticked and listed first in their element.
  const previous = previouslyChosen(comments, (last?.content as { comments?: ReportComment[] } | undefined)?.comments);
  const ordered = [...comments].sort((a, b) => Number(previous.chosen.has(b.id)) - Number(previous.chosen.has(a.id)));
  const elementName = (element: string | null) => (element ? `${element.toUpperCase()} ${tElements(`${element}.name`)}` : t("commentsNoElement"));
  const sections = [...ELEMENT_KEYS, null]
    .filter((element) => comments.some((c) => c.element === element))
    .map((element) => ({ id: element ?? "none", title: elementName(element) }));
  return (
    <div className="narrow">
      <h1>{t("issueTitle", { unit: subjectTexts(content, translate).name, period: period.key })}</h1>
      <p>
        <a href={`/admin/laporan/${period.key}/${slug}`}>{t("open")}</a>
      </p>
      {last && (
        <p role="note" id="report-issue-correction">
          {t("correctionIntro", { version: last.version, date: f.date(last.issuedAt), next: last.version + 1 })}
          {previous.missing > 0 && <> {t("correctionCommentsMissing", { count: previous.missing })}</>}
        </p>
      )}
      {!mayIssue ? (
        <p role="note">{t("issueNeedsPlan")}</p>
      ) : (
        <ActionForm
          id="report-issue"
          action={issueReportAction}
          fields={[
            { name: "slug", label: "slug", type: "hidden", defaultValue: slug },
            { name: "period", label: "period", type: "hidden", defaultValue: period.key },
            { name: "conclusion", label: t("conclusion"), type: "textarea", defaultValue: conclusion, hint: t("conclusionHint"), required: true, rows: 10 },
            { name: "note", label: t("note"), type: "textarea", hint: last ? t("noteHintRequired") : t("noteHint"), required: !!last, rows: 3 },
          ]}
          groupsIntro={
            !isCityReport(content) && (
              <section aria-labelledby="report-comments-title" className="stack">
                <h2 id="report-comments-title">{t("commentsTitle")}</h2>
                <p>{comments.length ? t("commentsIntro", { limit: COMMENT_CANDIDATE_LIMIT }) : t("commentsNone")}</p>
              </section>
            )
          }
          groups={ordered.map((c) => ({
            id: `comment-${c.id}`,
            section: c.element ?? "none",
            searchText: `${c.text} ${previous.chosen.get(c.id) ?? ""}`,
            legend: t("commentLegend", { element: elementName(c.element), date: f.date(c.submittedAt) }),
            fields: [
              { name: `comment-${c.id}-include`, label: t("commentInclude"), type: "checkbox", checked: previous.chosen.has(c.id) },
              { name: `comment-${c.id}-text`, label: t("commentText"), type: "textarea", defaultValue: previous.chosen.get(c.id) ?? c.text, rows: 3 },
            ],
          }))}
          chooser={
            sections.length === 0
              ? undefined
              : {
                  sections,
                  labels: {
                    search: t("commentsSearch"),
                    searchHint: t("commentsSearchHint"),
                    chosen: t("commentsChosen", { chosen: "{chosen}", total: "{total}" }),
                    more: t("commentsMore", { count: "{count}", rest: "{rest}" }),
                    noMatch: t("commentsNoMatch"),
                  },
                }
          }
          submit={t("issue")}
        />
      )}
    </div>
  );
}
