import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_RULE, answerAverage, isUnhappy, judgeWindow, phoneText, weakestElement, wentQuiet, type Answer } from "./rule";

const answer = (values: (number | null)[]): Answer => Object.fromEntries(values.map((v, i) => [`u${i + 1}`, v])) as Answer;
const unhappy = answer([2, 2, 2, 2, 2, 2, 2, 2, 2]);
const happy = answer([4, 4, 4, 4, 3, 4, 4, 4, 4]);

describe("the alert rule", () => {
  it("calls an answer unhappy when its nine values average at most 2, skipped values left out", () => {
    expect(isUnhappy(unhappy, DEFAULT_ALERT_RULE)).toBe(true);
    expect(isUnhappy(answer([3, 1, 2, 2, 2, 2, 2, 2, 2]), DEFAULT_ALERT_RULE)).toBe(true); // 18/9 = 2
    expect(isUnhappy(answer([3, 2, 2, 2, 2, 2, 2, 2, 2]), DEFAULT_ALERT_RULE)).toBe(false); // 19/9 > 2
    expect(isUnhappy(answer([1, null, null, null, null, null, null, null, 4]), DEFAULT_ALERT_RULE)).toBe(false); // 2.5
    expect(answerAverage(answer([null, null, null, null, null, null, null, null, null]))).toBeNull();
    expect(isUnhappy(answer([null, null, null, null, null, null, null, null, null]), DEFAULT_ALERT_RULE)).toBe(false);
  });

  it("fires at 50% unhappy of at least four answers", () => {
    expect(judgeWindow([unhappy, unhappy, happy], DEFAULT_ALERT_RULE).fires).toBe(false); // three answers only
    expect(judgeWindow([unhappy, unhappy, happy, happy], DEFAULT_ALERT_RULE)).toMatchObject({ fires: true, answers: 4, unhappy: 2 });
    expect(judgeWindow([unhappy, happy, happy, happy], DEFAULT_ALERT_RULE).fires).toBe(false); // 25%
    expect(judgeWindow([unhappy, unhappy, happy, happy, happy], DEFAULT_ALERT_RULE).fires).toBe(false); // 40%
    expect(judgeWindow(Array(12).fill(unhappy), DEFAULT_ALERT_RULE)).toMatchObject({ fires: true, answers: 12, unhappy: 12 });
    expect(judgeWindow([unhappy, unhappy, happy], { ...DEFAULT_ALERT_RULE, minAnswers: 3 }).fires).toBe(true);
  });

  it("names the weakest element of the unhappy answers", () => {
    const slow = answer([2, 2, 1, 2, 2, 2, 2, 2, 2]); // u3 waiting time
    expect(judgeWindow([slow, slow, happy, happy], DEFAULT_ALERT_RULE).weakest).toBe("u3");
    expect(weakestElement([happy])).toBe("u5");
    expect(weakestElement([])).toBeNull();
  });

  it("calls a unit quiet only where answers are usual", () => {
    expect(wentQuiet(0, 8, DEFAULT_ALERT_RULE)).toBe(true);
    expect(wentQuiet(0, 4, DEFAULT_ALERT_RULE)).toBe(false);
    expect(wentQuiet(1, 20, DEFAULT_ALERT_RULE)).toBe(false);
  });

  it("keeps the WhatsApp text under 600 characters", () => {
    const template = (unit: string) => `Peringatan: ${unit} — 12 jawaban, 12 tidak puas. https://rapor.example/admin/unit/1`;
    expect(phoneText({ template }, "RSHD")).toBe(template("RSHD"));
    const long = phoneText({ template }, "Unit ".repeat(200));
    expect(long.length).toBeLessThan(600);
    expect(long).toContain("https://rapor.example/admin/unit/1");
  });
});
