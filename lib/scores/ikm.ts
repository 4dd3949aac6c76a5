// The satisfaction index of PermenPAN-RB 14/2017 (Indeks Kepuasan Masyarakat, IKM), computed
// from element totals. Pure functions: no I/O, no clock.
import { ELEMENT_KEYS, type ElementKey, type ElementTotals } from "./elements";

/** NRR (nilai rata-rata): mean answer of each element; null where nobody answered it. */
export function elementMeans(totals: ElementTotals): Record<ElementKey, number | null> {
  const means = {} as Record<ElementKey, number | null>;
  for (const key of ELEMENT_KEYS) {
    const count = totals[`${key}Count`];
    means[key] = count > 0 ? totals[`${key}Sum`] / count : null;
  }
  return means;
}

/**
 * IKM on the 1-4 scale: the mean of the nine NRR, each weighted exactly 1/9. The regulation
 * prints the weight as 0.11, but 0.11 x 9 = 0.99 would cap the index below 100 when converted;
 * 1/9 is what the regulation means. Null unless every element has at least one answer.
 */
export function ikm(totals: ElementTotals): number | null {
  const means = elementMeans(totals);
  let sum = 0;
  for (const key of ELEMENT_KEYS) {
    const mean = means[key];
    if (mean == null) return null;
    sum += mean;
  }
  return sum / ELEMENT_KEYS.length;
}

/** IKM converted to 25-100 (x 25): the number people quote. */
export function convertIkm(value: number): number {
  return value * 25;
}

export type Grade = "A" | "B" | "C" | "D";

/**
 * Mutu pelayanan from the converted IKM, graded on the value rounded to 2 decimals:
 * D 25.00-64.99 (tidak baik), C 65.00-76.60 (kurang baik), B 76.61-88.30 (baik),
 * A 88.31-100.00 (sangat baik).
 */
export function grade(converted: number): Grade {
  const rounded = round(converted, 2);
  if (rounded >= 88.31) return "A";
  if (rounded >= 76.61) return "B";
  if (rounded >= 65) return "C";
  return "D";
}

/** The element with the lowest mean (the first such in U1..U9 order on a tie); null if none. */
export function weakestElement(means: Record<ElementKey, number | null>): ElementKey | null {
  let weakest: ElementKey | null = null;
  for (const key of ELEMENT_KEYS) {
    const mean = means[key];
    if (mean == null) continue;
    if (weakest === null || mean < (means[weakest] as number)) weakest = key;
  }
  return weakest;
}

/** Half-up rounding at `digits` decimals that is exact for values like 76.605. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.abs(value)) * factor) / factor;
}
