// Which items the digest's newer lines list (pure, on a given clock): improvement plan actions due,
// units that changed zone, kiosks gone silent.
import { bandOf, type Zone, type ZoneScheme } from "@/lib/scores/zones";

/** How far ahead a plan action counts as due in the head's digest: the week the digest opens. */
export const ACTION_HORIZON_DAYS = 7;

/** A plan action still to do whose due day falls within the coming week, or has passed. */
export function actionDue(action: { dueOn: Date; status: string }, now: Date, days = ACTION_HORIZON_DAYS): boolean {
  if (action.status !== "planned" && action.status !== "in_progress") return false;
  return action.dueOn.getTime() < now.getTime() + days * 86_400_000;
}

/**
 * Units whose zone now differs from the period before, both read under `scheme` (so a change of
 * scheme between periods is not reported as every unit moving). Units without a score in either
 * period (too few answers) have no zone to compare and are left out.
 */
export function zoneChanges(
  current: readonly { unit: string; score: number | null }[],
  previous: ReadonlyMap<string, number | null>,
  scheme: ZoneScheme,
): { unit: string; from: Zone; to: Zone }[] {
  const changes: { unit: string; from: Zone; to: Zone }[] = [];
  for (const { unit, score } of current) {
    const before = previous.get(unit);
    if (score == null || before == null) continue;
    const from = bandOf(before, scheme).zone;
    const to = bandOf(score, scheme).zone;
    if (from !== to) changes.push({ unit, from, to });
  }
  return changes;
}

export type KioskSeen = { id: number; unit: string; name: string; pairedAt: Date | null; lastSeenAt: Date | null };

/**
 * Paired kiosks (not revoked: the caller's query) without one answer since `since` (the start of
 * the last working day): more than a day silent. A kiosk paired after `since` has had no full day yet.
 */
export function silentKiosks(kiosks: readonly KioskSeen[], answered: ReadonlySet<number>, since: Date): KioskSeen[] {
  return kiosks.filter((k) => k.pairedAt !== null && k.pairedAt < since && !answered.has(k.id));
}
