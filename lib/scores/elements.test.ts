import { describe, expect, it } from "vitest";
import { addResponse, emptyTotals, mergeTotals } from "./elements";

describe("element totals", () => {
  it("counts skipped elements out of their own denominator only", () => {
    const totals = addResponse(addResponse(emptyTotals(), { u1: 4, u2: 3 }), { u1: 2, u2: null });
    expect(totals.respondents).toBe(2);
    expect([totals.u1Count, totals.u1Sum, totals.u2Count, totals.u2Sum, totals.u9Count]).toEqual([2, 6, 1, 3, 0]);
  });
  it("merges parts into the same totals as adding every response", () => {
    const a = addResponse(emptyTotals(), { u1: 1, u9: 4 });
    const b = addResponse(emptyTotals(), { u1: 3 });
    const all = addResponse(addResponse(emptyTotals(), { u1: 1, u9: 4 }), { u1: 3 });
    expect(mergeTotals([a, b])).toEqual(all);
  });
});
