import { describe, expect, it } from "vitest";
import { addWorkingDays, cityDayAt, isWorkingDay, workingDayBefore } from "./working-days";
import { complaintDeadlines } from "@/lib/complaints/deadlines";
import { DEFAULT_SETTINGS } from "@/lib/scores/compliance";
import { SEED_NON_WORKING_DAYS } from "./seed-days";

const lebaran2026 = new Set(SEED_NON_WORKING_DAYS.map((d) => d.day));

describe("working days", () => {
  it("skips weekends and the listed days, in city time", () => {
    expect(isWorkingDay(new Date("2026-03-20T02:00:00Z"))).toBe(true); // Friday
    expect(isWorkingDay(new Date("2026-03-20T02:00:00Z"), new Set(["2026-03-20"]))).toBe(false);
    expect(isWorkingDay(new Date("2026-03-21T02:00:00Z"))).toBe(false); // Saturday
    // Friday 23:30 WIB is still Friday in the city although it is Friday 16:30 UTC; Sunday 23:30 WIB is Sunday.
    expect(isWorkingDay(new Date("2026-03-22T16:30:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2026-03-22T17:30:00Z"))).toBe(true); // Monday 00:30 WIB
  });

  it("moves a verification deadline that would fall on Idul Fitri 1447 H past the holidays and cuti bersama", () => {
    const received = new Date("2026-03-13T03:00:00Z"); // Friday 10:00 WIB
    // Without holidays: five working days, Friday 20 March, cuti bersama before Idul Fitri.
    expect(addWorkingDays(received, 5).toISOString()).toBe("2026-03-20T03:00:00.000Z");
    // With the 2026 decree: 18 (Nyepi cuti), 19 (Nyepi), 20 (cuti), 21-22 (Idul Fitri, weekend), 23-24 (cuti) are off.
    // Mon 16, Tue 17, Wed 25, Thu 26, Fri 27.
    expect(addWorkingDays(received, 5, lebaran2026).toISOString()).toBe("2026-03-27T03:00:00.000Z");
    const deadlines = complaintDeadlines(received, { ...DEFAULT_SETTINGS, nonWorkingDays: lebaran2026 });
    expect(deadlines.verifyBy.toISOString()).toBe("2026-03-27T03:00:00.000Z");
    // The answer deadline is in calendar days: holidays do not move it.
    expect(deadlines.answerBy.toISOString()).toBe("2026-03-27T03:00:00.000Z");
  });

  it("finds the working day before a deadline across a weekend and a holiday", () => {
    expect(workingDayBefore(new Date("2026-03-11T03:00:00Z"))).toBe("2026-03-10"); // Wednesday -> Tuesday
    expect(workingDayBefore(new Date("2026-03-09T03:00:00Z"))).toBe("2026-03-06"); // Monday -> Friday
    expect(workingDayBefore(new Date("2026-03-25T03:00:00Z"), lebaran2026)).toBe("2026-03-17"); // after Lebaran -> before Nyepi
    // A deadline at 00:30 WIB Monday belongs to Monday: the reminder day is Friday.
    expect(workingDayBefore(new Date("2026-03-08T17:30:00Z"))).toBe("2026-03-06");
  });

  it("places an hour of a city day", () => {
    expect(cityDayAt("2026-03-09", 7).toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(cityDayAt("2026-03-09").toISOString()).toBe("2026-03-08T17:00:00.000Z");
  });
});
