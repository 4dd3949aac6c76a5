import { describe, expect, it } from "vitest";
import { acknowledgeSchema, alertRuleSchema } from "./schema";

describe("the alerts' forms", () => {
  it("takes the rule's numbers within bounds", () => {
    expect(alertRuleSchema.safeParse({ unhappyPercent: "50", windowMinutes: "15", minAnswers: "4", unhappyMaxAverage: "2", quietMinPerDay: "5" }).data).toEqual(
      {
        unhappyPercent: 50,
        windowMinutes: 15,
        minAnswers: 4,
        unhappyMaxAverage: 2,
        quietMinPerDay: 5,
      },
    );
    const bad = alertRuleSchema.safeParse({ unhappyPercent: "150", windowMinutes: "1", minAnswers: "0", unhappyMaxAverage: "5", quietMinPerDay: "x" });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["minAnswers", "quietMinPerDay", "unhappyMaxAverage", "unhappyPercent", "windowMinutes"]);
  });

  it("needs a note of what was done", () => {
    expect(acknowledgeSchema.safeParse({ note: "  ok  " }).error?.issues[0].message).toBe("noteShort");
    expect(acknowledgeSchema.safeParse({ note: " Loket tambahan dibuka " }).data).toEqual({ note: "Loket tambahan dibuka" });
  });
});
