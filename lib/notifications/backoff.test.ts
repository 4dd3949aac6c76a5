import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from "./backoff";

describe("retry backoff", () => {
  it("doubles from one minute and stops growing at six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });

  it("keeps a message pending until the last attempt, then marks it failed", () => {
    const now = new Date("2026-11-22T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-11-22T00:01:00Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now).status).toBe("pending");
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "failed", nextAttemptAt: now });
  });
});
