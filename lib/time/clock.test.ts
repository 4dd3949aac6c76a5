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
  it("starts a city month at 17:00 UTC the day before", () => {
    expect(cityMidnight(2026, 3).toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(cityMonth(cityMidnight(2026, 3))).toBe("2026-03");
  });
});
