import { describe, expect, it } from "vitest";
import { prng } from "@/prisma/seed/random";
import { addDays, addWorkingDays, calendarDayOf, complaintDeadlines, stampDays, workingDayOf } from "./deadlines";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Idul Fitri 2026 and its cuti bersama (Friday 20 to Tuesday 24 March, WIB), as the seed has them.
const LEBARAN = new Set(["2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"]);

describe("the day of the deadline count a stamp fell on", () => {
  // Monday 16 March 2026, 10:00 WIB.
  const start = new Date("2026-03-16T03:00:00Z");

  it("counts working days as addWorkingDays does: the deadline instant itself is still the day", () => {
    expect(workingDayOf(start, start)).toBe(1);
    expect(workingDayOf(start, new Date(start.getTime() + DAY))).toBe(1); // Tuesday 10:00, the first deadline instant
    expect(workingDayOf(start, new Date(start.getTime() + DAY + 1))).toBe(2);
    // Over a weekend: Friday 10:00 is the fourth working day's deadline, Monday 10:00 the fifth.
    expect(workingDayOf(start, new Date(start.getTime() + 7 * DAY))).toBe(5);
    expect(workingDayOf(start, new Date(start.getTime() + 7 * DAY + 1))).toBe(6);
  });

  it("skips the city's non-working days", () => {
    // With Lebaran, Wednesday 18 March 10:00 is the second working day; the next is Wednesday 25.
    expect(workingDayOf(start, new Date(start.getTime() + 2 * DAY), LEBARAN)).toBe(2);
    expect(workingDayOf(start, new Date(start.getTime() + 9 * DAY), LEBARAN)).toBe(3);
    expect(workingDayOf(start, new Date(start.getTime() + 9 * DAY))).toBe(7);
  });

  it("counts calendar days up to and including the deadline instant", () => {
    expect(calendarDayOf(start, new Date(start.getTime() + 14 * DAY))).toBe(14);
    expect(calendarDayOf(start, new Date(start.getTime() + 14 * DAY + 1))).toBe(15);
    expect(calendarDayOf(start, new Date(start.getTime() + 1))).toBe(1);
  });

  it("is on time exactly when the stamp is at or before the deadline, for any lengths and calendar", () => {
    const random = prng(28);
    for (let i = 0; i < 5000; i++) {
      const received = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700 * DAY));
      const reopened = random() < 0.3 ? new Date(received.getTime() + Math.floor(random() * 30 * DAY)) : null;
      const from = reopened ?? received;
      const at = () => (random() < 0.2 ? null : new Date(from.getTime() + Math.floor(random() * 45 * DAY)));
      const c = { receivedAt: received, reopenedAt: reopened, verifiedAt: at(), answeredAt: at(), closedAt: at() };
      const holidays = random() < 0.5 ? LEBARAN : undefined;
      const days = stampDays(c, holidays);
      const lengths = { verifyDays: 1 + Math.floor(random() * 20), answerDays: 1 + Math.floor(random() * 40), closeDays: 1 + Math.floor(random() * 60) };
      const by = complaintDeadlines(from, { ...lengths, nonWorkingDays: holidays });
      expect(days.verifiedOnWorkingDay === null).toBe(c.verifiedAt === null);
      if (c.verifiedAt) expect(days.verifiedOnWorkingDay! <= lengths.verifyDays).toBe(c.verifiedAt <= by.verifyBy);
      if (c.answeredAt) expect(days.answeredOnDay! <= lengths.answerDays).toBe(c.answeredAt <= by.answerBy);
      if (c.closedAt) expect(days.closedOnDay! <= lengths.closeDays).toBe(c.closedAt <= by.closeBy);
    }
  });

  it("runs from the last reopening", () => {
    const reopenedAt = new Date(start.getTime() + 20 * DAY);
    const days = stampDays({ receivedAt: start, reopenedAt, verifiedAt: addWorkingDays(reopenedAt, 2), answeredAt: addDays(reopenedAt, 3), closedAt: null });
    expect(days).toEqual({ verifiedOnWorkingDay: 2, answeredOnDay: 3, closedOnDay: null });
  });
});
