// The non-working days in the database: read as a set for the deadline rules, listed and edited
// by the secretariat (audited); the 2025-2027 days come with the migration (seed-days.ts). Small (some thirty rows a year), read whole.
import type { Db, Prisma } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import type { NonWorkingDays } from "./working-days";
import type { NonWorkingDayInput } from "./schema";

/** Every non-working day as a set of "YYYY-MM-DD" city dates (unconfirmed ones count until removed). */
export async function loadNonWorkingDays(db: Pick<Db, "nonWorkingDay">): Promise<NonWorkingDays> {
  const rows = await db.nonWorkingDay.findMany({ select: { day: true } });
  return new Set(rows.map((r) => r.day));
}

/** The non-working days of a year, in date order. */
export function listNonWorkingDays(db: Db, year: number) {
  return db.nonWorkingDay.findMany({ where: { day: { gte: `${year}-01-01`, lte: `${year}-12-31` } }, orderBy: { day: "asc" } });
}

/**
 * What else a change of the calendar moves, run inside its transaction once the day is written:
 * the complaint desk passes the recomputation of its cases' deadlines (lib/complaints/next-due.server.ts).
 */
export type CalendarChangeHook = (tx: Prisma.TransactionClient, day: string) => Promise<unknown>;

/** Adds a day, or replaces the one on that date. Deadlines move (a case's score reads them), so public figures refresh. */
export async function saveNonWorkingDay(db: Db, input: NonWorkingDayInput, actorId: number | null, afterChange?: CalendarChangeHook) {
  return db.$transaction(async (tx) => {
    const before = await tx.nonWorkingDay.findUnique({ where: { day: input.day } });
    const after = await tx.nonWorkingDay.upsert({
      where: { day: input.day },
      create: { ...input, updatedById: actorId },
      update: { ...input, updatedById: actorId },
    });
    await recordAudit(tx, { actorId, action: before ? "calendar.update" : "calendar.create", entity: "nonWorkingDay", entityId: input.day, before, after });
    await afterChange?.(tx, input.day);
    await bumpPublicVersion(tx);
    return after;
  });
}

/** Removes a day; false when there was none. */
export async function deleteNonWorkingDay(db: Db, day: string, actorId: number | null, afterChange?: CalendarChangeHook): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.nonWorkingDay.findUnique({ where: { day } });
    if (!before) return false;
    await tx.nonWorkingDay.delete({ where: { day } });
    await recordAudit(tx, { actorId, action: "calendar.delete", entity: "nonWorkingDay", entityId: day, before, after: null });
    await afterChange?.(tx, day);
    await bumpPublicVersion(tx);
    return true;
  });
}
