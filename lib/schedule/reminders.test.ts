import { describe, expect, it } from "vitest";
import { reminderDue } from "./reminders";

const none = new Set<string>();
const lebaran = new Set(["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"]);

describe("the reminder day", () => {
  // A deadline on Wednesday 11 March 2026, 10:00 WIB.
  const deadline = new Date("2026-03-11T03:00:00Z");

  it("is due from 07:00 WIB of the working day before until the deadline", () => {
    expect(reminderDue(deadline, none, new Date("2026-03-09T23:59:00Z"))).toBeNull(); // Tuesday 06:59 WIB
    expect(reminderDue(deadline, none, new Date("2026-03-10T00:00:00Z"))).toBe("2026-03-10"); // Tuesday 07:00 WIB
    expect(reminderDue(deadline, none, new Date("2026-03-11T02:59:59Z"))).toBe("2026-03-10"); // caught up on the day itself
    expect(reminderDue(deadline, none, new Date("2026-03-11T03:00:00Z"))).toBeNull(); // the deadline: overdue instead
  });

  it("goes out on Friday for a Monday deadline", () => {
    const monday = new Date("2026-03-09T03:00:00Z");
    expect(reminderDue(monday, none, new Date("2026-03-06T00:00:00Z"))).toBe("2026-03-06");
    expect(reminderDue(monday, none, new Date("2026-03-05T23:00:00Z"))).toBeNull(); // Friday 06:00 WIB
  });

  it("skips the holidays backwards: a deadline the day after Lebaran is reminded before Nyepi", () => {
    const afterLebaran = new Date("2026-03-25T03:00:00Z"); // Wednesday
    expect(reminderDue(afterLebaran, lebaran, new Date("2026-03-17T00:00:00Z"))).toBe("2026-03-17");
    expect(reminderDue(afterLebaran, lebaran, new Date("2026-03-16T23:00:00Z"))).toBeNull();
    // Without the calendar the reminder would fall on 24 March, a cuti bersama day.
    expect(reminderDue(afterLebaran, none, new Date("2026-03-17T00:00:00Z"))).toBeNull();
  });
});
