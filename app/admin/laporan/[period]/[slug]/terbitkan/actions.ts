"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { IssueError, issueReport, ReportNotFoundError, type SelectedComment } from "@/lib/report/content.server";
import { db } from "@/lib/db/db.server";
import { recordId } from "@/lib/http/record-id";
import { COMMENT_CANDIDATE_LIMIT, REPORT_COMMENT_MAX } from "@/lib/report/comments";
import { parsePeriod } from "@/lib/scores/period";

const commentText = z.string().trim().min(3, "required").max(REPORT_COMMENT_MAX, "tooLong");
const INCLUDE = /^comment-(\d{1,10})-include$/;

// The comments are pairs of fields named after their response: `comment-<id>-include` (ticked)
// and `comment-<id>-text` (the approved text); only ticked ones are read, and an error is put on
// the text field it concerns.
const issueSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, "invalid"),
    period: z
      .string()
      .trim()
      .refine((v) => parsePeriod(v) !== null, "period"),
    conclusion: z.string().trim().min(20, "required").max(8000, "tooLong"),
    note: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(1000, "tooLong").nullable()),
  })
  .catchall(z.string())
  .transform(({ slug, period, conclusion, note, ...rest }, ctx) => {
    const comments: SelectedComment[] = [];
    for (const [key, value] of Object.entries(rest)) {
      const match = INCLUDE.exec(key);
      if (!match || value !== "on") continue;
      const responseId = recordId(match[1]);
      const textField = `comment-${match[1]}-text`;
      const text = commentText.safeParse(rest[textField] ?? "");
      if (responseId === null) ctx.addIssue({ code: "custom", path: [key], message: "invalid" });
      else if (!text.success) ctx.addIssue({ code: "custom", path: [textField], message: text.error.issues[0].message });
      else comments.push({ responseId, text: text.data });
    }
    return { slug, period, conclusion, note, comments };
  });

export const issueReportAction = workspaceAction({ permission: "plan:review", schema: issueSchema }, async ({ user, input, values }) => {
  const t = await getTranslations("plans.report");
  const { slug, period, conclusion, note, comments } = input;
  if (comments.length > COMMENT_CANDIDATE_LIMIT) return failure(t("commentsTooMany", { limit: COMMENT_CANDIDATE_LIMIT }), {}, values);
  try {
    const issued = await issueReport(db, slug, period, { conclusion, note, comments }, user.id);
    revalidatePath("/admin/laporan");
    return { ok: true, message: t("issuedOk", { version: issued.version }) };
  } catch (e) {
    if (e instanceof IssueError && e.code === "correction_note_required")
      return failure(t("correctionNoteRequired"), { note: [t("correctionNoteRequired")] }, values);
    if (e instanceof IssueError) return failure(e.code === "comment_unavailable" ? t("commentUnavailable") : t("issueNeedsPlan"), {}, values);
    if (e instanceof ReportNotFoundError) return failure((await getTranslations("plans.errors"))("notFound"));
    throw e;
  }
});
