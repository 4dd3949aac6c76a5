import { describe, expect, it } from "vitest";
import { fmtDate, fmtDateTime } from "./format";

describe("fmtDateTime and fmtDate", () => {
  it("write the city's time (UTC+7) as ISO, to the minute", () => {
    expect(fmtDateTime(new Date("2026-12-06T11:02:59Z"))).toBe("2026-12-06 18:02");
    expect(fmtDateTime("2026-12-31T17:00:00Z")).toBe("2027-01-01 00:00"); // midnight is 00, never 24
    expect(fmtDate(new Date("2026-12-31T16:59:00Z"))).toBe("2026-12-31");
    expect(fmtDate("2026-12-31T17:00:00Z")).toBe("2027-01-01");
  });

  it("write a dash for no date", () => {
    expect(fmtDateTime(null)).toBe("–");
    expect(fmtDate(undefined)).toBe("–");
  });

  it("agree with the per-call toLocaleString they replace, hour by hour over a year", () => {
    for (let t = Date.UTC(2026, 0, 1, 0, 7); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const d = new Date(t);
      expect(fmtDateTime(d)).toBe(d.toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).slice(0, 16));
    }
  });
});
