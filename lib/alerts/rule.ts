// The alert rules (pure), after HappyOrNot's suggested start: a room is unhappy when at least
// half of at least four answers in fifteen minutes are unhappy; an answer is unhappy when its
// nine values average at most 2 ("kurang baik" or worse). Held and excluded answers never reach
// here (the query leaves them out).
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";

export type AlertRule = { unhappyPercent: number; windowMinutes: number; minAnswers: number; unhappyMaxAverage: number; quietMinPerDay: number };

export const DEFAULT_ALERT_RULE: AlertRule = { unhappyPercent: 50, windowMinutes: 15, minAnswers: 4, unhappyMaxAverage: 2, quietMinPerDay: 5 };

export type Answer = Record<ElementKey, number | null>;

/** The average of an answer's given values; null when it gave none. */
export function answerAverage(a: Answer): number | null {
  const values = ELEMENT_KEYS.map((k) => a[k]).filter((v): v is number => typeof v === "number");
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

export function isUnhappy(a: Answer, rule: Pick<AlertRule, "unhappyMaxAverage">): boolean {
  const avg = answerAverage(a);
  return avg !== null && avg <= rule.unhappyMaxAverage + 1e-9;
}

/** The element with the lowest average over the answers (the first on a tie), or null. */
export function weakestElement(answers: readonly Answer[]): ElementKey | null {
  let weakest: ElementKey | null = null;
  let lowest = Infinity;
  for (const key of ELEMENT_KEYS) {
    const values = answers.map((a) => a[key]).filter((v): v is number => typeof v === "number");
    if (!values.length) continue;
    const avg = values.reduce((s, v) => s + v, 0) / values.length;
    if (avg < lowest - 1e-9) [weakest, lowest] = [key, avg];
  }
  return weakest;
}

export type UnhappyVerdict = { fires: boolean; answers: number; unhappy: number; weakest: ElementKey | null };

/** Whether a window of `answers`, `unhappy` of them unhappy, crosses the rule (enough answers, enough of them unhappy). */
export function crossesRule(answers: number, unhappy: number, rule: Pick<AlertRule, "minAnswers" | "unhappyPercent">): boolean {
  return answers >= rule.minAnswers && unhappy * 100 >= rule.unhappyPercent * answers;
}

/** Whether one unit's answers of the window cross the rule. */
export function judgeWindow(answers: readonly Answer[], rule: AlertRule): UnhappyVerdict {
  const unhappyAnswers = answers.filter((a) => isUnhappy(a, rule));
  const fires = crossesRule(answers.length, unhappyAnswers.length, rule);
  return { fires, answers: answers.length, unhappy: unhappyAnswers.length, weakest: weakestElement(unhappyAnswers.length ? unhappyAnswers : answers) };
}

/** A unit that usually has answers on a working day went quiet: none that day, at least `quietMinPerDay` a working day before. */
export function wentQuiet(answersThatDay: number, usualPerWorkingDay: number, rule: Pick<AlertRule, "quietMinPerDay">): boolean {
  return answersThatDay === 0 && usualPerWorkingDay >= rule.quietMinPerDay;
}

const MAX_PHONE_TEXT = 599;

/** The WhatsApp text: plain, under 600 characters (the unit's name is shortened when it must be). */
export function phoneText(parts: { template: (unit: string) => string }, unitName: string): string {
  let name = unitName;
  let text = parts.template(name);
  while (text.length > MAX_PHONE_TEXT && name.length > 10) {
    name = `${name.slice(0, Math.max(10, name.length - (text.length - MAX_PHONE_TEXT) - 1))}…`;
    text = parts.template(name);
  }
  return text.length > MAX_PHONE_TEXT ? `${text.slice(0, MAX_PHONE_TEXT - 1)}…` : text;
}
