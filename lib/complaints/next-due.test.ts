import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./deadlines";
import { deadlineState, type CaseTimes } from "./lifecycle";
import { nextDueAt } from "./next-due";

const settings = { verifyDays: 5, answerDays: 14, closeDays: 30 };
const received = new Date("2026-03-02T02:00:00Z"); // a Monday, 09:00 in Bengkulu
const at = (iso: string) => new Date(iso);
const base: CaseTimes = { status: "received", receivedAt: received, reopenedAt: null, verifiedAt: null, answeredAt: null, closedAt: null };

describe("nextDueAt", () => {
  it("is the verification deadline (working days) while the case is unverified", () => {
    expect(nextDueAt(base, settings)).toEqual(addWorkingDays(received, 5));
    expect(nextDueAt({ ...base, status: "verifying" }, settings)).toEqual(deadlineState(base, settings, received).deadlines.verifyBy);
  });

  it("is none while the case is held for the secretariat's review (it is not the unit's yet)", () => {
    expect(nextDueAt({ ...base, status: "held" }, settings)).toBeNull();
  });

  it("skips the city's non-working days", () => {
    const withHoliday = { ...settings, nonWorkingDays: new Set(["2026-03-03"]) };
    expect(nextDueAt(base, withHoliday)!.getTime()).toBeGreaterThan(nextDueAt(base, settings)!.getTime());
  });

  it("is the answer deadline once verified and unanswered, then the closure once answered", () => {
    const verified = { ...base, status: "substantiated" as const, verifiedAt: at("2026-03-03T02:00:00Z") };
    expect(nextDueAt(verified, settings)).toEqual(at("2026-03-16T02:00:00Z"));
    const answered = { ...verified, status: "action_taken" as const, answeredAt: at("2026-03-05T02:00:00Z") };
    expect(nextDueAt(answered, settings)).toEqual(at("2026-04-01T02:00:00Z"));
  });

  it("is the answer deadline when a case is answered before it is verified", () => {
    expect(nextDueAt({ ...base, status: "verifying", answeredAt: at("2026-03-03T02:00:00Z") }, settings)).toEqual(addWorkingDays(received, 5));
    expect(nextDueAt({ ...base, status: "unsubstantiated", verifiedAt: received }, settings)).toEqual(at("2026-03-16T02:00:00Z"));
  });

  it("runs from the last reopening", () => {
    const reopenedAt = at("2026-04-06T02:00:00Z");
    expect(nextDueAt({ ...base, status: "verifying", reopenedAt }, settings)).toEqual(addWorkingDays(reopenedAt, 5));
  });

  it("is the earliest deadline still owed, overdue exactly when deadlineState finds a stage overdue", () => {
    // Verification after a long holiday falls after the answer's calendar-day deadline.
    const lebaran = {
      ...settings,
      nonWorkingDays: new Set(["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"]),
    };
    const due = nextDueAt(base, lebaran)!;
    expect(due).toEqual(at("2026-03-16T02:00:00Z"));
    for (const days of [5, 13, 14, 15, 20, 40]) {
      const now = new Date(received.getTime() + days * 86_400_000);
      for (const c of [
        base,
        { ...base, status: "substantiated" as const, verifiedAt: received },
        { ...base, status: "action_taken" as const, verifiedAt: received, answeredAt: received },
      ])
        expect(nextDueAt(c, lebaran)! < now).toBe(deadlineState(c, lebaran, now).overdue.length > 0);
    }
  });

  it("is null once the case is closed or rejected", () => {
    expect(nextDueAt({ ...base, status: "closed", closedAt: received }, settings)).toBeNull();
    expect(nextDueAt({ ...base, status: "rejected" }, settings)).toBeNull();
  });
});
