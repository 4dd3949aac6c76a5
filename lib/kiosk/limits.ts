// The rules of a shared device (domain.md section 3c), pure so they can be tested without a clock:
// answers are counted on the time they were made on the device, which travels with each answer,
// so a queue sent in a burst after a network outage is still accepted.

export const MAX_FUTURE_SKEW_MS = 2 * 60_000; // a tablet's clock may run a little ahead of ours
export const MAX_AGE_MS = 7 * 24 * 3_600_000;
export const HOUR_MS = 3_600_000;

export type DeviceLimits = { minSeconds: number; maxPerHour: number };
export const DEFAULT_DEVICE_LIMITS: DeviceLimits = { minSeconds: 20, maxPerHour: 120 };

export type TimeVerdict = "ok" | "future" | "too_old";

/** Whether an answer's device time is acceptable at server time `now`. */
export function checkDeviceTime(madeAt: Date, now: Date): TimeVerdict {
  const ms = madeAt.getTime();
  if (ms > now.getTime() + MAX_FUTURE_SKEW_MS) return "future";
  if (ms < now.getTime() - MAX_AGE_MS) return "too_old";
  return "ok";
}

export type LimitVerdict = { ok: true } | { ok: false; reason: "too_soon"; seconds: number } | { ok: false; reason: "hourly"; max: number };

/**
 * Whether a device may add an answer made at `madeAt`, given the device times of its stored
 * answers near it (at least those within an hour either side). Answers may arrive out of order
 * (a queue), so the gap is checked on both sides.
 */
export function checkDeviceLimits(madeAt: Date, neighbours: Date[], limits: DeviceLimits): LimitVerdict {
  const t = madeAt.getTime();
  const gapMs = limits.minSeconds * 1000;
  if (neighbours.some((n) => Math.abs(n.getTime() - t) < gapMs)) return { ok: false, reason: "too_soon", seconds: limits.minSeconds };
  // Every hour-long window that would hold this answer must stay within the maximum: windows start
  // at this answer or at an earlier one less than an hour before it.
  const times = [...neighbours.map((n) => n.getTime()), t];
  for (const start of times) {
    if (start > t || start <= t - HOUR_MS) continue;
    const inWindow = times.filter((x) => x >= start && x < start + HOUR_MS).length;
    if (inWindow > limits.maxPerHour) return { ok: false, reason: "hourly", max: limits.maxPerHour };
  }
  return { ok: true };
}
