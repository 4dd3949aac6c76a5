// The nine SKM elements (unsur) of PermenPAN-RB 14/2017, answered on a 1 (worst) to 4 (best)
// scale. Their wording lives in the translation files under "elements".
export const ELEMENT_KEYS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 4;

/** One response's answers; null (or absent) where the citizen skipped the element. */
export type Answers = Partial<Record<ElementKey, number | null>>;

/**
 * Counts and sums of the answers per element: the shape of MonthlyAggregate, and all that the
 * index needs, since NRR = sum / count per element.
 */
export type ElementTotals = { respondents: number } & Record<`${ElementKey}Count` | `${ElementKey}Sum`, number>;

export function emptyTotals(): ElementTotals {
  const totals = { respondents: 0 } as ElementTotals;
  for (const key of ELEMENT_KEYS) {
    totals[`${key}Count`] = 0;
    totals[`${key}Sum`] = 0;
  }
  return totals;
}

/** Adds one response to the totals (in place) and returns them. */
export function addResponse(totals: ElementTotals, answers: Answers): ElementTotals {
  totals.respondents += 1;
  for (const key of ELEMENT_KEYS) {
    const answer = answers[key];
    if (answer == null) continue;
    totals[`${key}Count`] += 1;
    totals[`${key}Sum`] += answer;
  }
  return totals;
}

/** Sums several totals (e.g. the months of a quarter) into new totals. */
export function mergeTotals(parts: Iterable<ElementTotals>): ElementTotals {
  const sum = emptyTotals();
  for (const part of parts) {
    sum.respondents += part.respondents;
    for (const key of ELEMENT_KEYS) {
      sum[`${key}Count`] += part[`${key}Count`];
      sum[`${key}Sum`] += part[`${key}Sum`];
    }
  }
  return sum;
}
