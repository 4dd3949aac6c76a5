import { describe, expect, it } from "vitest";
import { cityDay, cityMidnight, cityMonth } from "./clock";

describe("city time (Asia/Jakarta, UTC+7)", () => {
  it("puts 17:00 UTC on the last day of a month into the next city month", () => {
    expect(cityMonth(new Date("2026-01-31T16:59:59Z"))).toBe("2026-01");
    expect(cityMonth(new Date("2026-01-31T17:00:00Z"))).toBe("2026-02");
  });
  it("gives the city day", () => {
    expect(cityDay(new Date("2026-12-31T18:00:00Z"))).toBe("2027-01-01");
  });
  it("gives the same day as the ISO text of the city time, every 7 hours from 1990 to 2040, and refuses an invalid date", () => {
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 3_600_000 + 123_457) {
      expect(cityDay(new Date(t))).toBe(new Date(t + 7 * 3_600_000).toISOString().slice(0, 10));
    }
    expect(() => cityDay(new Date(Number.NaN))).toThrow(RangeError);
  });
  it("starts a city month at 17:00 UTC the day before", () => {
    expect(cityMidnight(2026, 3).toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(cityMonth(cityMidnight(2026, 3))).toBe("2026-03");
  });
});
