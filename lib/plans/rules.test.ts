import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import { makePeriod, nextPeriod, previousPeriod } from "@/lib/scores/period";
import { elementResult, MOVED_THRESHOLD, planAllows, planOverdue, proposeElements } from "./rules";

const means = (values: (number | null)[]) => Object.fromEntries(ELEMENT_KEYS.map((k, i) => [k, values[i]])) as Record<ElementKey, number | null>;

describe("proposeElements", () => {
  it("proposes the three lowest NRR, weakest first, leaving unanswered elements out", () => {
    expect(proposeElements(means([3.2, 2.1, null, 2.9, 3.5, 2.1, 3.9, 1.8, 3]))).toEqual([
      { element: "u8", nrr: 1.8 },
      { element: "u2", nrr: 2.1 },
      { element: "u6", nrr: 2.1 },
    ]);
    expect(proposeElements(means(Array(9).fill(null)))).toEqual([]);
  });

  it("never proposes an element stronger than one it leaves out", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 1, max: 4, noNaN: true })), { minLength: 9, maxLength: 9 }), (values) => {
        const m = means(values);
        const proposed = proposeElements(m);
        const left = ELEMENT_KEYS.filter((k) => m[k] != null && !proposed.some((p) => p.element === k));
        for (const p of proposed) for (const k of left) expect(p.nrr).toBeLessThanOrEqual(m[k] as number);
      }),
    );
  });
});

describe("elementResult", () => {
  it("counts a rise of at least the threshold as moved", () => {
    expect(elementResult("u3", 2.5, 2.6)).toMatchObject({ moved: true });
    expect(elementResult("u3", 3.1, 3.2)).toMatchObject({ moved: true });
    expect(elementResult("u3", 2.5, 2.59)).toMatchObject({ moved: false });
    expect(elementResult("u3", 2.5, 2.2)).toMatchObject({ moved: false, change: expect.closeTo(-0.3, 10) });
    expect(MOVED_THRESHOLD).toBe(0.1);
  });

  it("is undecided while a figure is missing", () => {
    expect(elementResult("u1", 2.5, null)).toEqual({ element: "u1", before: 2.5, after: null, change: null, moved: null });
    expect(elementResult("u1", null, 3)).toMatchObject({ moved: null });
  });
});

describe("planOverdue", () => {
  const end = new Date("2026-10-01T00:00:00+07:00");
  it("flags a plan 30 days after its period ended, not before", () => {
    expect(planOverdue(end, new Date(end.getTime() + 30 * 86_400_000 - 1))).toBe(false);
    expect(planOverdue(end, new Date(end.getTime() + 30 * 86_400_000))).toBe(true);
  });
});

describe("planAllows", () => {
  it("lets the head edit and submit drafts and returned plans, the secretariat review submitted ones", () => {
    expect(planAllows("draft", "edit")).toBe(true);
    expect(planAllows("returned", "submit")).toBe(true);
    expect(planAllows("draft", "submit", 0)).toBe(false);
    expect(planAllows("submitted", "edit")).toBe(false);
    expect(planAllows("submitted", "approve")).toBe(true);
    expect(planAllows("approved", "return")).toBe(false);
    expect(planAllows("approved", "edit")).toBe(false);
    expect(planAllows("approved", "progress")).toBe(true);
    expect(planAllows("returned", "progress")).toBe(false);
  });
});

describe("nextPeriod", () => {
  it("is the inverse of previousPeriod for every kind", () => {
    for (const p of [makePeriod("quarter", 2026, 4), makePeriod("month", 2026, 12), makePeriod("semester", 2026, 1), makePeriod("year", 2026, 1)]) {
      expect(previousPeriod(nextPeriod(p))).toEqual(p);
    }
    expect(nextPeriod(makePeriod("quarter", 2026, 4)).key).toBe("2027-Q1");
  });
});
