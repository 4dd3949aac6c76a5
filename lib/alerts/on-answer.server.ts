// The head hears at once: right after survey answers are committed, the rule is checked for the
// units whose answers were unhappy, off the response path (the citizen's answer is already
// acknowledged; nothing here is awaited by it). One check at a time per database client: units
// that come in while a check runs wait for the next, so a burst of answers costs one range read
// per round, not one per answer. `npm run notify:due` stays the catch-up (a check that failed, a
// process that stopped, answers stored by another instance while this one was busy); the alert's
// unique key (unit, kind, window) keeps both from raising one twice. README.md says why.
import type { Db } from "@/lib/db/db.server";
import { alertRule, raiseUnhappyAlerts } from "./alerts.server";
import { isUnhappy, type AlertRule, type Answer } from "./rule";

/** ALERTS_ON_ANSWER=0 leaves raising to notify:due alone (tests that count outbox rows, load tests). */
export function alertsOnAnswer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ALERTS_ON_ANSWER !== "0";
}

/** The units among stored answers worth a check: counted (not held) and unhappy under `rule` (pure). */
export function unitsToCheck(rows: readonly ({ unitId: number; held?: boolean } & Answer)[], rule: Pick<AlertRule, "unhappyMaxAverage">): number[] {
  return [...new Set(rows.filter((r) => !r.held && isUnhappy(r, rule)).map((r) => r.unitId))];
}

const RULE_TTL_MS = 60_000;
type State = { pending: Set<number>; running: Promise<void> | null; rule: { value: AlertRule; at: number } | null };
const states = new WeakMap<Db, State>();

async function ruleOf(db: Db, state: State): Promise<AlertRule> {
  // The rule changes rarely (the secretariat's form): read at most once a minute per process.
  if (!state.rule || Date.now() - state.rule.at > RULE_TTL_MS) state.rule = { value: await alertRule(db), at: Date.now() };
  return state.rule.value;
}

async function drain(db: Db, state: State): Promise<void> {
  while (state.pending.size) {
    const unitIds = [...state.pending];
    state.pending.clear();
    await raiseUnhappyAlerts(db, { now: new Date(), unitIds, rule: await ruleOf(db, state) });
  }
}

/**
 * Called with the rows of a committed batch; returns at once. The check runs after the current
 * I/O callbacks (setImmediate), so the batch's waiting responses are answered first. Its promise
 * is returned for tests; callers on the hot path ignore it. Errors are logged, never thrown: the
 * catch-up raises what a failed check missed.
 */
export function afterAnswersStored(db: Db, rows: readonly ({ unitId: number; held?: boolean } & Answer)[]): Promise<void> {
  if (!alertsOnAnswer() || !rows.length) return Promise.resolve();
  let state = states.get(db);
  if (!state) states.set(db, (state = { pending: new Set(), running: null, rule: null }));
  const s = state;
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(async () => {
      for (const unitId of unitsToCheck(rows, await ruleOf(db, s))) s.pending.add(unitId);
      // Again while units remain: some may have arrived as a drain was ending, after its last look.
      while (s.pending.size) {
        if (!s.running) s.running = drain(db, s).finally(() => (s.running = null));
        await s.running;
      }
    })
    .catch((error) => console.error("alerts: the check after stored answers failed; notify:due will catch up", error));
}
