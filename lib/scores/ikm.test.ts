import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addResponse, ELEMENT_KEYS, emptyTotals, mergeTotals, type Answers } from "./elements";
import { convertIkm, elementMeans, grade, ikm, round, weakestElement } from "./ikm";

const all = (value: number): Answers => Object.fromEntries(ELEMENT_KEYS.map((k) => [k, value]));
const totalsOf = (responses: Answers[]) => responses.reduce((t, r) => addResponse(t, r), emptyTotals());

describe("NRR and IKM", () => {
  it("averages each element over its own answers only", () => {
    const means = elementMeans(totalsOf([{ ...all(4) }, { ...all(2), u3: null }]));
    expect(means.u1).toBe(3);
    expect(means.u3).toBe(4); // the skipped answer is out of its own denominator
  });

  it("weighs the nine elements exactly 1/9, so all-4 converts to exactly 100", () => {
    expect(ikm(totalsOf([all(4)]))).toBe(4);
    expect(convertIkm(ikm(totalsOf([all(4)]))!)).toBe(100);
    expect(convertIkm(ikm(totalsOf([all(1)]))!)).toBe(25);
    // With the printed 0.11 weight the best possible index would be 99.
    expect(4 * 0.11 * 9 * 25).toBeCloseTo(99, 10);
  });

  it("computes a mixed example by hand", () => {
    // u1..u9 means: 3, 3, 2.5, 4, 3, 3, 3.5, 2, 3 -> sum 27 -> IKM 3.0 -> 75.00 -> C
    const totals = totalsOf([
      { u1: 3, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 },
      { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 2, u9: 3 },
    ]);
    expect(ikm(totals)).toBeCloseTo(3, 12);
    expect(grade(convertIkm(ikm(totals)!))).toBe("C");
    expect(weakestElement(elementMeans(totals))).toBe("u8");
  });

  it("has no index while an element has no answer at all", () => {
    expect(ikm(totalsOf([{ ...all(3), u9: null }]))).toBeNull();
    expect(ikm(emptyTotals())).toBeNull();
  });
});

describe("grade (mutu pelayanan), on the converted value rounded to 2 decimals", () => {
  it.each([
    [25, "D"],
    [64.99, "D"],
    [64.994, "D"],
    [64.995, "C"],
    [65, "C"],
    [76.6, "C"],
    [76.604, "C"],
    [76.605, "B"],
    [76.61, "B"],
    [88.3, "B"],
    [88.304, "B"],
    [88.305, "A"],
    [88.31, "A"],
    [100, "A"],
  ])("%s -> %s", (value, expected) => {
    expect(grade(value)).toBe(expected);
  });

  it("matches the regulation's 1-4 column at its boundaries", () => {
    expect(grade(convertIkm(2.5996))).toBe("D");
    expect(grade(convertIkm(2.6))).toBe("C");
    expect(grade(convertIkm(3.064))).toBe("C");
    expect(grade(convertIkm(3.0644))).toBe("B");
    expect(grade(convertIkm(3.532))).toBe("B");
    expect(grade(convertIkm(3.5324))).toBe("A");
  });

  it("rounds half up exactly", () => {
    expect(round(76.605, 2)).toBe(76.61);
    expect(round(1.005, 2)).toBe(1.01);
  });
});

const answer = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 8 });
const response = fc.record(Object.fromEntries(ELEMENT_KEYS.map((k) => [k, answer])) as Record<string, typeof answer>) as fc.Arbitrary<Answers>;
const complete = fc.record(Object.fromEntries(ELEMENT_KEYS.map((k) => [k, fc.integer({ min: 1, max: 4 })]))) as fc.Arbitrary<Answers>;

describe("properties", () => {
  it("keeps IKM in [1, 4] and the converted value in [25, 100]", () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 40 }), (responses) => {
        const value = ikm(totalsOf(responses));
        if (value === null) return;
        expect(value).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(value).toBeLessThanOrEqual(4 + 1e-12);
        expect(convertIkm(value)).toBeGreaterThanOrEqual(25 - 1e-10);
        expect(convertIkm(value)).toBeLessThanOrEqual(100 + 1e-10);
      }),
    );
  });

  it("never lowers the index when one answer is raised", () => {
    fc.assert(
      fc.property(fc.array(complete, { minLength: 1, maxLength: 30 }), fc.nat(), fc.constantFrom(...ELEMENT_KEYS), (responses, which, key) => {
        const before = ikm(totalsOf(responses))!;
        const i = which % responses.length;
        const raised = responses.map((r, j) => (j === i ? { ...r, [key]: Math.min(4, (r[key] as number) + 1) } : r));
        expect(ikm(totalsOf(raised))!).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it("does not depend on the order of responses", () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 30 }), fc.integer(), (responses, seed) => {
        const shuffled = [...responses].sort((a, b) => ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7));
        expect(totalsOf(shuffled)).toEqual(totalsOf(responses));
        expect(ikm(totalsOf(shuffled))).toBe(ikm(totalsOf(responses)));
      }),
    );
  });

  it("gives the same result from monthly aggregates as from the raw responses, for any split into months", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(response, fc.integer({ min: 0, max: 11 })), { minLength: 1, maxLength: 60 }), (rows) => {
        const months = Array.from({ length: 12 }, (_, m) => totalsOf(rows.filter(([, month]) => month === m).map(([r]) => r)));
        const merged = mergeTotals(months);
        const raw = totalsOf(rows.map(([r]) => r));
        expect(merged).toEqual(raw);
        expect(ikm(merged)).toBe(ikm(raw));
      }),
    );
  });
});
