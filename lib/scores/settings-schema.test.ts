import { describe, expect, it } from "vitest";
import { z } from "zod";
import { settingsSchema } from "./settings-schema";

const codes = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;

const settings = {
  scope: "default",
  weightSatisfaction: "50",
  weightComplaints: "25",
  weightStandards: "25",
  zoneScheme: "ombudsman-2022",
  verifyDays: "5",
  answerDays: "14",
  closeDays: "30",
  sampleFloor: "30",
};

describe("settingsSchema", () => {
  it("accepts the defaults, as form strings, and a period scope", () => {
    const parsed = settingsSchema.parse(settings);
    expect(parsed).toMatchObject({ weightSatisfaction: 50, zoneScheme: "ombudsman-2022", verifyDays: 5 });
    expect(settingsSchema.safeParse({ ...settings, scope: "2026-Q3" }).success).toBe(true);
  });

  it("wants the weights to add up to 100", () => {
    const result = settingsSchema.safeParse({ ...settings, weightComplaints: "30" });
    expect(result.success).toBe(false);
    expect(codes(result.error!).weightSatisfaction).toContain("weightsSum");
    expect(settingsSchema.safeParse({ ...settings, weightSatisfaction: "33.4", weightComplaints: "33.3", weightStandards: "33.3" }).success).toBe(true);
  });

  it("rejects a zero satisfaction weight, no zone scheme, crossed deadlines, bad numbers and scopes", () => {
    expect(
      codes(settingsSchema.safeParse({ ...settings, weightSatisfaction: "0", weightComplaints: "50", weightStandards: "50" }).error!).weightSatisfaction,
    ).toContain("tooSmall");
    expect(codes(settingsSchema.safeParse({ ...settings, zoneScheme: " " }).error!).zoneScheme).toContain("required");
    expect(codes(settingsSchema.safeParse({ ...settings, answerDays: "40" }).error!).closeDays).toContain("deadlinesOrder");
    expect(codes(settingsSchema.safeParse({ ...settings, verifyDays: "abc" }).error!).verifyDays).toContain("number");
    expect(codes(settingsSchema.safeParse({ ...settings, verifyDays: "1.5" }).error!).verifyDays).toContain("integer");
    expect(codes(settingsSchema.safeParse({ ...settings, sampleFloor: "" }).error!).sampleFloor).toContain("number");
    expect(codes(settingsSchema.safeParse({ ...settings, scope: "2026-Q5" }).error!).scope).toContain("period");
  });
});
