import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/scores/period";
import { planPeriodKeys } from "./query";

describe("planPeriodKeys", () => {
  it("takes a year's quarters (and semesters), a semester's two quarters, a quarter itself", () => {
    expect(planPeriodKeys(parsePeriod("2026")!)).toEqual(["2026", "2026-S1", "2026-S2", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(planPeriodKeys(parsePeriod("2026-S2")!)).toEqual(["2026-S2", "2026-Q3", "2026-Q4"]);
    expect(planPeriodKeys(parsePeriod("2026-Q3")!)).toEqual(["2026-Q3"]);
  });
});
