import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cityDay } from "@/lib/time/clock";
import { DEFAULT_RETENTION_DAYS, erasureDay, retentionCutoff, retentionDays } from "./retention";

describe("retention of reporters' contacts", () => {
  it("defaults to 365 days and reads PRIVACY_RETENTION_DAYS", () => {
    expect(retentionDays({})).toBe(DEFAULT_RETENTION_DAYS);
    expect(retentionDays({ PRIVACY_RETENTION_DAYS: "30" })).toBe(30);
    expect(retentionDays({ PRIVACY_RETENTION_DAYS: "0" })).toBe(0);
    for (const bad of ["-1", "1.5", "abc", "99999"]) expect(() => retentionDays({ PRIVACY_RETENTION_DAYS: bad })).toThrow(/PRIVACY_RETENTION_DAYS/);
  });

  it("keeps a contact through the last day of its retention and erases it the next city day", () => {
    // Closed late on 30 Nov 2025 in Bengkulu (WIB, UTC+7): still 30 Nov there at 23:30.
    const closedAt = new Date("2025-11-30T16:30:00Z");
    expect(cityDay(closedAt)).toBe("2025-11-30");
    expect(erasureDay(closedAt, 365)).toBe("2026-12-01");
    const lastMinute = new Date("2026-11-30T16:59:59Z"); // 23:59:59 WIB on 30 Nov 2026
    const nextMorning = new Date("2026-11-30T17:00:00Z"); // 00:00 WIB on 1 Dec 2026
    expect(closedAt < retentionCutoff(lastMinute, 365)).toBe(false);
    expect(closedAt < retentionCutoff(nextMorning, 365)).toBe(true);
  });

  it("agrees with erasureDay for any closure time, clock and retention", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 800 * 86_400_000 }),
        fc.integer({ min: 0, max: 730 }),
        (closedAt, later, days) => {
          const now = new Date(closedAt.getTime() + later);
          const erased = closedAt < retentionCutoff(now, days);
          expect(erased).toBe(cityDay(now) >= erasureDay(closedAt, days));
        },
      ),
    );
  });
});
