// "Hold, don't drop" for complaints (docs/decisions/0007-hold-dont-drop.md, docs/complaints.md):
// an address is not a person (carrier-grade NAT, a clinic's WiFi), so a complaint beyond the
// per-network limit is stored and held for the secretariat's review rather than refused; only a
// server-protection ceiling far above any clinic's traffic still answers 429. Pure: no I/O.

/** The per-network limits within one window: `soft` complaints pass straight to the unit, up to `hard` are held, beyond it refused. */
export type ComplaintLimits = { soft: number; hard: number; windowSeconds: number };

export const HOLD_WINDOW_SECONDS = 3600;
const DEFAULT_SOFT = 5;
const DEFAULT_HARD = 60;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * COMPLAINT_RATE_LIMIT_PER_CLIENT (default 5 an hour) before a complaint is held,
 * COMPLAINT_HARD_LIMIT_PER_CLIENT (default 60 an hour, never below the first) before one is refused;
 * COMPLAINT_RATE_LIMIT=0 turns both off (load tests). Read on every call.
 */
export function complaintLimits(env: Record<string, string | undefined> = process.env): ComplaintLimits | null {
  if (env.COMPLAINT_RATE_LIMIT === "0") return null;
  const soft = positive(env.COMPLAINT_RATE_LIMIT_PER_CLIENT, DEFAULT_SOFT);
  const hard = Math.max(soft, positive(env.COMPLAINT_HARD_LIMIT_PER_CLIENT, DEFAULT_HARD));
  return { soft, hard, windowSeconds: HOLD_WINDOW_SECONDS };
}

export type HoldDecision = { kind: "accept" } | { kind: "hold"; reason: "network"; nth: number } | { kind: "refuse" };

/** What to do with a filing that is the `count`-th (itself included) from its network in the window. */
export function holdDecision(count: number, limits: ComplaintLimits | null): HoldDecision {
  if (!limits || count <= limits.soft) return { kind: "accept" };
  if (count <= limits.hard) return { kind: "hold", reason: "network", nth: count };
  return { kind: "refuse" };
}
