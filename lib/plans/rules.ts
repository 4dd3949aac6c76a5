// Follow-up plans (rencana tindak lanjut, domain.md section 3b): which elements to propose, when
// a plan is overdue, whether a plan moved its elements, and which steps a plan may take.
// Pure functions: no I/O, no clock.
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";

/** How many of the weakest elements a new plan proposes. */
export const PROPOSED_ELEMENTS = 3;

/**
 * An element counts as moved when its NRR in the next period is at least this much higher than in
 * the plan's period: 0.10 on the 1-4 scale is 2.5 points of the converted index, a tenth of one
 * grade's width, more than the noise of two samples of the minimum size.
 */
export const MOVED_THRESHOLD = 0.1;

/** Days after a period ends by which a red unit must have an approved plan. */
export const PLAN_DUE_DAYS = 30;

/** The weakest elements first (lowest NRR; U1..U9 order on a tie), unanswered ones left out. */
export function proposeElements(means: Record<ElementKey, number | null>, count = PROPOSED_ELEMENTS): { element: ElementKey; nrr: number }[] {
  return ELEMENT_KEYS.filter((k) => means[k] != null)
    .map((k) => ({ element: k, nrr: means[k] as number }))
    .sort((a, b) => a.nrr - b.nrr || ELEMENT_KEYS.indexOf(a.element) - ELEMENT_KEYS.indexOf(b.element))
    .slice(0, count);
}

export type ElementResult = { element: ElementKey; before: number | null; after: number | null; change: number | null; moved: boolean | null };

/** Before and after of one planned element; `moved` is null while either figure is missing. */
export function elementResult(element: ElementKey, before: number | null, after: number | null): ElementResult {
  if (before == null || after == null) return { element, before, after, change: null, moved: null };
  const change = after - before;
  // Compared in hundredths of a point, so 3.1 -> 3.2 counts despite binary floating point.
  return { element, before, after, change, moved: Math.round(change * 1e6) >= Math.round(MOVED_THRESHOLD * 1e6) };
}

/** Whether a plan that is not yet approved is overdue: `PLAN_DUE_DAYS` after its period ended. */
export function planOverdue(periodEnd: Date, now: Date, days = PLAN_DUE_DAYS): boolean {
  return now.getTime() >= periodEnd.getTime() + days * 86_400_000;
}

export type PlanStatus = "draft" | "submitted" | "returned" | "approved";
export type PlanStep = "edit" | "submit" | "approve" | "return" | "progress";

/**
 * What a plan in `status` allows: the head edits and submits a draft or returned plan, the
 * secretariat approves or returns a submitted one, and an approved plan only records progress
 * (status, dropped reason, evidence) so that what was approved stays as it was.
 */
export function planAllows(status: PlanStatus, step: PlanStep, actionCount = 1): boolean {
  switch (step) {
    case "edit":
      return status === "draft" || status === "returned";
    case "submit":
      return (status === "draft" || status === "returned") && actionCount > 0;
    case "approve":
    case "return":
      return status === "submitted";
    case "progress":
      return status === "approved";
  }
}
