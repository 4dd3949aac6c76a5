// What the complaint modules read alike: the columns a case's deadlines are computed from, the
// scoring settings in force at a moment (their deadline lengths), and a case found by its
// tracking code with the caller's own select; and the shapes of who acts on a case and of the
// clock and translator the messages are written with.
import { db as appDb, type Db, type Prisma } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";
import type { Translate } from "@/lib/i18n/translator.server";
import { currentQuarter } from "@/lib/scores/period";
import type { ScoringSettings } from "@/lib/scores/compliance";
import { settingsFor } from "@/lib/scores/read-model.server";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import type { NonWorkingDays } from "@/lib/calendar/working-days";
import { parseTrackingCode } from "./tracking-code";

/** The columns lifecycle.deadlineState reads (its CaseTimes), to spread into a select. */
export const DEADLINE_TIMES = {
  status: true,
  receivedAt: true,
  reopenedAt: true,
  verifiedAt: true,
  answeredAt: true,
  closedAt: true,
} as const satisfies Prisma.ComplaintSelect;

/** The settings of the quarter `now` falls in (its deadlines, the verdict window), with the city's non-working days. */
export async function settingsAt(db: Db, now: Date): Promise<ScoringSettings & { nonWorkingDays: NonWorkingDays }> {
  const [settings, nonWorkingDays] = await Promise.all([settingsFor(db, currentQuarter(now).key), loadNonWorkingDays(db)]);
  return { ...settings, nonWorkingDays };
}

export type SettingsAt = Awaited<ReturnType<typeof settingsAt>>;

const pageSettings = new VersionedCache<SettingsAt>(8);

/**
 * settingsAt on the app's database for a page to show (the desk's list): kept per public data
 * version, which every change of the settings, the zone schemes or the calendar bumps, so a page
 * reads one version instead of three tables. A step that writes reads settingsAt in its own
 * transaction.
 */
export async function pageSettingsAt(now: Date, version?: number): Promise<SettingsAt> {
  const v = version ?? (await readPublicVersion());
  return pageSettings.get(currentQuarter(now).key, v, () => settingsAt(appDb, now));
}

/** The case with this tracking code, or null when there is none or the code is not one. */
export async function findByTrackingCode<S extends Prisma.ComplaintSelect>(
  db: Db,
  code: unknown,
  select: S,
): Promise<Prisma.ComplaintGetPayload<{ select: S }> | null> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) return null;
  return db.complaint.findUnique({ where: { trackingCode }, select });
}

/**
 * A handler acting on a case: who (for the history and the audit), the units they reach
 * (`unitScope(actor)`) and their role (a case with the Inspektorat is judged by an inspector).
 */
export type CaseActor = { id: number; scope: { unitId?: number }; role?: string };

/** The clock and the translator of the messages a step sends: the tests pass their own. */
export type NoticeOptions = { now?: Date; t?: Translate };
