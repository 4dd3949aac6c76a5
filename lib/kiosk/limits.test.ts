import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDeviceLimits, checkDeviceTime, HOUR_MS, MAX_AGE_MS, MAX_FUTURE_SKEW_MS } from "./limits";

const now = new Date("2026-11-30T03:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const limits = { minSeconds: 20, maxPerHour: 120 };

describe("device time", () => {
  it("accepts the past week and a small clock skew, refuses the future and older answers", () => {
    expect(checkDeviceTime(now, now)).toBe("ok");
    expect(checkDeviceTime(at(MAX_FUTURE_SKEW_MS), now)).toBe("ok");
    expect(checkDeviceTime(at(MAX_FUTURE_SKEW_MS + 1), now)).toBe("future");
    expect(checkDeviceTime(at(-MAX_AGE_MS), now)).toBe("ok");
    expect(checkDeviceTime(at(-MAX_AGE_MS - 1), now)).toBe("too_old");
  });
});

describe("device limits", () => {
  it("refuses an answer closer than the minimum gap to another, on either side", () => {
    expect(checkDeviceLimits(at(0), [at(-19_999)], limits)).toEqual({ ok: false, reason: "too_soon", seconds: 20 });
    expect(checkDeviceLimits(at(0), [at(19_999)], limits)).toEqual({ ok: false, reason: "too_soon", seconds: 20 });
    expect(checkDeviceLimits(at(0), [at(-20_000), at(20_000)], limits)).toEqual({ ok: true });
  });

  it("accepts a burst sent after an outage when the device times are far enough apart", () => {
    const earlier = Array.from({ length: 30 }, (_, i) => at(-HOUR_MS * 3 + i * 25_000));
    expect(checkDeviceLimits(at(0), earlier, limits)).toEqual({ ok: true });
  });

  it("refuses the answer that would put more than the maximum in any hour", () => {
    const small = { minSeconds: 1, maxPerHour: 3 };
    expect(checkDeviceLimits(at(0), [at(-3_000_000), at(-2_000_000)], small)).toEqual({ ok: true });
    expect(checkDeviceLimits(at(0), [at(-3_000_000), at(-2_000_000), at(-1_000_000)], small)).toEqual({ ok: false, reason: "hourly", max: 3 });
    // Arriving late, an earlier answer may not overfill a later window either.
    expect(checkDeviceLimits(at(0), [at(1_000_000), at(2_000_000), at(3_000_000)], small)).toEqual({ ok: false, reason: "hourly", max: 3 });
    expect(checkDeviceLimits(at(0), [at(-HOUR_MS), at(HOUR_MS), at(HOUR_MS + 5_000)], small)).toEqual({ ok: true });
  });

  it("never lets a sequence of accepted answers break either rule (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 * HOUR_MS }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 20 }),
        (offsets, minSeconds, maxPerHour) => {
          const rules = { minSeconds, maxPerHour };
          const accepted: Date[] = [];
          for (const o of offsets) if (checkDeviceLimits(at(o), accepted, rules).ok) accepted.push(at(o));
          const sorted = accepted.map((d) => d.getTime()).sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(minSeconds * 1000);
          for (const start of sorted) expect(sorted.filter((x) => x >= start && x < start + HOUR_MS).length).toBeLessThanOrEqual(maxPerHour);
        },
      ),
    );
  });
});
