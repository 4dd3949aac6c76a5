// The complaint-handling component with the reporters' verdicts as its fourth part (issue 12).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintHandlingComponent, DEFAULT_SETTINGS, withSettingDefaults, type ComplaintTimes } from "./compliance";
import { complaintDeadlines, deadlineStart } from "@/lib/complaints/deadlines";

const monday = new Date("2026-03-02T03:00:00Z"); // 10:00 WIB
const at = (days: number) => new Date(monday.getTime() + days * 86_400_000);
const deadlinesOf = (c: ComplaintTimes) => complaintDeadlines(deadlineStart(c), DEFAULT_SETTINGS);
const onTime: ComplaintTimes = { receivedAt: monday, verifiedAt: at(1), answeredAt: at(2), closedAt: at(3) };

describe("complaint handling with verdicts", () => {
  it("adds the share of satisfied verdicts as a fourth part, with equal default weights", () => {
    const judged = { ...onTime, verdicts: [{ satisfied: true }, { satisfied: false }] };
    // (1 + 1 + 1 + 0.5) / 4
    expect(complaintHandlingComponent([judged], deadlinesOf, at(60), DEFAULT_SETTINGS)).toBeCloseTo(87.5, 10);
  });

  it("counts the verdict part only where verdicts exist", () => {
    expect(complaintHandlingComponent([onTime], deadlinesOf, at(60), DEFAULT_SETTINGS)).toBe(100);
    expect(complaintHandlingComponent([onTime, { ...onTime, verdicts: [] }], deadlinesOf, at(60), DEFAULT_SETTINGS)).toBe(100);
  });

  it("weighs the parts by the settings", () => {
    const unhappy = { ...onTime, verdicts: [{ satisfied: false }] };
    const weights = { ...DEFAULT_SETTINGS, handlingWeightVerify: 1, handlingWeightAnswer: 1, handlingWeightClose: 1, handlingWeightVerdict: 3 };
    expect(complaintHandlingComponent([unhappy], deadlinesOf, at(60), weights)).toBeCloseTo(50, 10); // 3 / 6
    const noVerdictWeight = { ...weights, handlingWeightVerdict: 0 };
    expect(complaintHandlingComponent([unhappy], deadlinesOf, at(60), noVerdictWeight)).toBe(100);
  });

  it("runs a reopened case's deadlines from its reopening, so the wait for a verdict never counts", () => {
    // Received on day 0, answered, judged "not satisfied" on day 40, verified again on day 41.
    const reopened: ComplaintTimes = { receivedAt: monday, reopenedAt: at(40), verifiedAt: at(41), answeredAt: at(42), closedAt: at(43) };
    expect(complaintHandlingComponent([reopened], deadlinesOf, at(60), DEFAULT_SETTINGS)).toBe(100);
    // Within the new deadlines, nothing is overdue yet: the case is left out.
    const waiting: ComplaintTimes = { receivedAt: monday, reopenedAt: at(40), verifiedAt: null, answeredAt: null, closedAt: null };
    expect(complaintHandlingComponent([waiting], deadlinesOf, at(41), DEFAULT_SETTINGS)).toBeNull();
  });

  it("stays within 0-100 and equals the satisfied share when only verdicts count (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { maxLength: 4 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (cases, w) => {
          const complaints = cases.map((verdicts) => ({ ...onTime, verdicts: verdicts.map((satisfied) => ({ satisfied })) }));
          const weights = { handlingWeightVerify: w[0], handlingWeightAnswer: w[1], handlingWeightClose: w[2], handlingWeightVerdict: w[3] };
          const value = complaintHandlingComponent(complaints, deadlinesOf, at(60), weights);
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100 + 1e-9);
          }
          const all = cases.flat();
          const verdictOnly = complaintHandlingComponent(complaints, deadlinesOf, at(60), {
            handlingWeightVerify: 0,
            handlingWeightAnswer: 0,
            handlingWeightClose: 0,
            handlingWeightVerdict: 1,
          });
          if (all.length === 0) expect(verdictOnly).toBeNull();
          else expect(verdictOnly).toBeCloseTo((all.filter(Boolean).length / all.length) * 100, 9);
        },
      ),
    );
  });

  it("never rises when a satisfied verdict turns into a dissatisfied one (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), fc.nat(9), (verdicts, pick) => {
        const i = pick % verdicts.length;
        const before = complaintHandlingComponent(
          [{ ...onTime, verdicts: verdicts.map((satisfied) => ({ satisfied })) }],
          deadlinesOf,
          at(60),
          DEFAULT_SETTINGS,
        )!;
        const worse = verdicts.map((v, j) => (j === i ? false : v));
        const after = complaintHandlingComponent([{ ...onTime, verdicts: worse.map((satisfied) => ({ satisfied })) }], deadlinesOf, at(60), DEFAULT_SETTINGS)!;
        expect(after).toBeLessThanOrEqual(before + 1e-9);
      }),
    );
  });

  it("reads settings frozen before the verdict existed with the default weights and window", () => {
    const old: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete old.handlingWeightVerdict;
    delete old.verdictDays;
    expect(withSettingDefaults(old)).toEqual(DEFAULT_SETTINGS);
  });
});
