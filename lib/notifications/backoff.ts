// When to try a failed notification again: exponential from one minute, capped at six hours; after
// MAX_ATTEMPTS the message is marked failed (still in the outbox, visible to the admin, and
// re-queued by hand). Pure, so the schedule is tested without a clock.
export const MAX_ATTEMPTS = 8;
const BASE_MS = 60_000;
const CAP_MS = 6 * 3_600_000;

/** The delay after the `attempts`-th failed attempt (1 = the first failure). */
export function retryDelayMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

export type AfterFailure = { status: "pending"; nextAttemptAt: Date } | { status: "failed"; nextAttemptAt: Date };

export function afterFailure(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_ATTEMPTS) return { status: "failed", nextAttemptAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
