// The citizens' comments of an issued SKM report (chapter IV): each is filed under the element its
// respondent rated lowest, and the report lists them grouped by element. Pure.
import { ELEMENT_KEYS, type Answers, type ElementKey } from "@/lib/scores/elements";

/**
 * A comment as frozen in an issued report: its element and the approved, anonymised text. Never
 * who wrote it; the response's id (absent in reports issued before it was kept) lets a correction
 * start from the comments the previous version chose.
 */
export type ReportComment = { element: ElementKey | null; text: string; responseId?: number };

/** How many of a period's comments the issue form offers (the newest). */
export const COMMENT_CANDIDATE_LIMIT = 200;
/** The longest text of a comment in a report (the survey accepts longer; the secretariat shortens). */
export const REPORT_COMMENT_MAX = 1000;

/** The element the respondent rated lowest (the first of ties, in questionnaire order); null when none was answered. */
export function lowestElement(answers: Answers): ElementKey | null {
  let lowest: ElementKey | null = null;
  for (const key of ELEMENT_KEYS) {
    const value = answers[key];
    if (value == null) continue;
    if (lowest === null || value < answers[lowest]!) lowest = key;
  }
  return lowest;
}

/** The comments grouped by element in questionnaire order, those without an element last; order kept within a group. */
export function commentsByElement(comments: readonly ReportComment[]): { element: ElementKey | null; texts: string[] }[] {
  return [...ELEMENT_KEYS, null]
    .map((element) => ({ element, texts: comments.filter((c) => c.element === element).map((c) => c.text) }))
    .filter((g) => g.texts.length > 0);
}

/**
 * The comments a correction starts from: the candidates the previous version chose, ticked, with
 * the text it approved. A chosen comment found by its response id, or (in versions issued before
 * ids were kept) by its text; one no longer among the candidates (excluded or held since) is not
 * offered, and the form says how many were left out.
 */
export function previouslyChosen(
  candidates: readonly { id: number; text: string }[],
  chosen: readonly ReportComment[] | undefined,
): { chosen: Map<number, string>; missing: number } {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const byText = new Map(candidates.map((c) => [c.text, c]));
  const result = new Map<number, string>();
  let missing = 0;
  for (const comment of chosen ?? []) {
    const candidate = (comment.responseId !== undefined ? byId.get(comment.responseId) : undefined) ?? byText.get(comment.text);
    if (candidate && !result.has(candidate.id)) result.set(candidate.id, comment.text);
    else missing++;
  }
  return { chosen: result, missing };
}
