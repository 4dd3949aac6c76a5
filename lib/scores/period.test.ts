import { describe, expect, it } from "vitest";
import {
  boundsOf,
  comparePeriodsDesc,
  contains,
  currentQuarter,
  hasEnded,
  latestPublished,
  monthsOf,
  parsePeriod,
  previousPeriod,
  quartersBetween,
} from "./period";
import { addWorkingDays, complaintDeadlines } from "@/lib/complaints/deadlines";
import { DEFAULT_SETTINGS } from "./compliance";

describe("periods", () => {
  it.each([
    ["2026", ["2026-01", "2026-12"], 12],
    ["2026-S2", ["2026-07", "2026-12"], 6],
    ["2026-Q3", ["2026-07", "2026-09"], 3],
    ["2026-02", ["2026-02", "2026-02"], 1],
  ])("%s spans %j", (key, [first, last], count) => {
    const months = monthsOf(parsePeriod(key)!);
    expect(months.length).toBe(count);
    expect([months[0], months[months.length - 1]]).toEqual([first, last]);
  });
  it.each(["", "26", "2026-Q5", "2026-S3", "2026-13", "2026-00", "2026-q1", "1999", "2026-Q1x", "2026/01"])("refuses %j", (key) => {
    expect(parsePeriod(key)).toBeNull();
  });
  it("knows the current quarter in city time, the previous period and the bounds", () => {
    expect(currentQuarter(new Date("2026-03-31T16:59:00Z")).key).toBe("2026-Q1");
    expect(currentQuarter(new Date("2026-03-31T17:00:00Z")).key).toBe("2026-Q2");
    expect(previousPeriod(parsePeriod("2026-Q1")!).key).toBe("2025-Q4");
    expect(previousPeriod(parsePeriod("2026-01")!).key).toBe("2025-12");
    expect(previousPeriod(parsePeriod("2026-S1")!).key).toBe("2025-S2");
    expect(previousPeriod(parsePeriod("2026")!).key).toBe("2025");
    expect(boundsOf(parsePeriod("2026-Q4")!)).toEqual({ start: new Date("2026-09-30T17:00:00Z"), end: new Date("2026-12-31T17:00:00Z") });
    expect(hasEnded(parsePeriod("2026-Q3")!, new Date("2026-09-30T17:00:00Z"))).toBe(true);
    expect(hasEnded(parsePeriod("2026-Q3")!, new Date("2026-09-30T16:59:59Z"))).toBe(false);
  });
  it("lists the quarters since the first data and checks containment", () => {
    expect(quartersBetween("2025-11", new Date("2026-04-02T00:00:00Z")).map((p) => p.key)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(contains(parsePeriod("2026")!, parsePeriod("2026-Q2")!)).toBe(true);
    expect(contains(parsePeriod("2026-Q2")!, parsePeriod("2026")!)).toBe(false);
  });
});

describe("the period the public pages open on", () => {
  it("is the published period that ended last", () => {
    expect(latestPublished(["2026-Q1", "2026-Q3", "2026-Q2"])?.key).toBe("2026-Q3");
    expect(latestPublished(["2025", "2026-Q1"])?.key).toBe("2026-Q1");
    expect(latestPublished(["2026-S1", "2026-Q1"])?.key).toBe("2026-S1");
  });

  it("prefers the shorter period where two end together (a quarter over its semester and year)", () => {
    expect(latestPublished(["2025", "2025-Q4", "2025-S2"])?.key).toBe("2025-Q4");
    expect(latestPublished(["2025-S2", "2025"])?.key).toBe("2025-S2");
    expect(latestPublished(["2025-12", "2025-Q4"])?.key).toBe("2025-12");
  });

  it("is null when nothing (readable) is published", () => {
    expect(latestPublished([])).toBeNull();
    expect(latestPublished(["nonsense"])).toBeNull();
    expect(latestPublished(["nonsense", "2024-Q2"])?.key).toBe("2024-Q2");
  });
});

describe("complaint deadlines", () => {
  it("counts working days Monday to Friday in city time", () => {
    const friday = new Date("2026-03-06T03:00:00Z"); // Friday 10:00 WIB
    expect(addWorkingDays(friday, 1).toISOString()).toBe("2026-03-09T03:00:00.000Z"); // Monday
    expect(addWorkingDays(friday, 5).toISOString()).toBe("2026-03-13T03:00:00.000Z"); // next Friday
    const saturdayNightWib = new Date("2026-03-07T16:00:00Z"); // Saturday 23:00 WIB
    expect(addWorkingDays(saturdayNightWib, 1).toISOString()).toBe("2026-03-09T16:00:00.000Z"); // Monday 23:00 WIB
  });
  it("gives 5 working days to verify, 14 days to answer, 30 to close by default", () => {
    const d = complaintDeadlines(new Date("2026-03-02T03:00:00Z"), DEFAULT_SETTINGS);
    expect(d.verifyBy.toISOString()).toBe("2026-03-09T03:00:00.000Z");
    expect(d.answerBy.toISOString()).toBe("2026-03-16T03:00:00.000Z");
    expect(d.closeBy.toISOString()).toBe("2026-04-01T03:00:00.000Z");
  });
});

describe("comparePeriodsDesc", () => {
  it("puts the period that ended last first, the shorter of two that end together first, bad keys last", () => {
    expect(["2025-Q4", "2026", "2026-Q1", "2025", "nope", "2026-Q4", "2026-12"].sort(comparePeriodsDesc)).toEqual([
      "2026-12",
      "2026-Q4",
      "2026",
      "2026-Q1",
      "2025-Q4",
      "2025",
      "nope",
    ]);
  });
});
