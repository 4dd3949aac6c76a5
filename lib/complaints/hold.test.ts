import { describe, expect, it } from "vitest";
import { complaintLimits, holdDecision } from "./hold";

describe("complaintLimits", () => {
  it("holds beyond 5 and refuses beyond 60 an hour by default", () => {
    expect(complaintLimits({})).toEqual({ soft: 5, hard: 60, windowSeconds: 3600 });
  });
  it("reads both settings, ignoring nonsense, and never puts the ceiling below the hold limit", () => {
    expect(complaintLimits({ COMPLAINT_RATE_LIMIT_PER_CLIENT: "12", COMPLAINT_HARD_LIMIT_PER_CLIENT: "100" })).toEqual({
      soft: 12,
      hard: 100,
      windowSeconds: 3600,
    });
    expect(complaintLimits({ COMPLAINT_RATE_LIMIT_PER_CLIENT: "zero", COMPLAINT_HARD_LIMIT_PER_CLIENT: "-3" })).toEqual({
      soft: 5,
      hard: 60,
      windowSeconds: 3600,
    });
    expect(complaintLimits({ COMPLAINT_RATE_LIMIT_PER_CLIENT: "80" })?.hard).toBe(80);
  });
  it("is off with COMPLAINT_RATE_LIMIT=0", () => {
    expect(complaintLimits({ COMPLAINT_RATE_LIMIT: "0" })).toBeNull();
  });
});

describe("holdDecision", () => {
  const limits = { soft: 5, hard: 60, windowSeconds: 3600 };
  it("accepts up to the hold limit", () => {
    expect(holdDecision(1, limits)).toEqual({ kind: "accept" });
    expect(holdDecision(5, limits)).toEqual({ kind: "accept" });
  });
  it("holds from the next one up to the ceiling, saying which one it was", () => {
    expect(holdDecision(6, limits)).toEqual({ kind: "hold", reason: "network", nth: 6 });
    expect(holdDecision(60, limits)).toEqual({ kind: "hold", reason: "network", nth: 60 });
  });
  it("refuses only beyond the ceiling", () => {
    expect(holdDecision(61, limits)).toEqual({ kind: "refuse" });
  });
  it("accepts everything without limits", () => {
    expect(holdDecision(10_000, null)).toEqual({ kind: "accept" });
  });
});
