// Which cases are the unit's (docs/complaints.md, "Hold, don't drop"): every case except one held
// for the secretariat's review, or rejected as spam while held (it never reached the unit). One
// filter for the unit head's list, the figures, the deadlines and the notices, as the survey's
// COUNTED_RESPONSES is for answers; a query that forgets it counts held cases. Pure data.
import { Prisma } from "@/lib/generated/sqlite/client";
import { unitScope, type Actor } from "@/lib/auth/permissions";

/** Spread into a complaint `where` (it uses only the NOT key). */
export const REACHED_UNIT = { NOT: { heldAt: { not: null }, releasedAt: null } } as const;

/** REACHED_UNIT for raw SQL over "Complaint": not held, or held and released. */
export const REACHED_UNIT_SQL = Prisma.sql`("heldAt" IS NULL OR "releasedAt" IS NOT NULL)`;

/** The cases a handler reaches: their scope's, only those that reached the unit. */
export function caseScope(actor: Actor): { unitId?: number } & typeof REACHED_UNIT {
  return { ...unitScope(actor), ...REACHED_UNIT };
}
