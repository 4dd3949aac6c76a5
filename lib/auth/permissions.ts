// Who may do what in the workspace: the rules in one place, as data, tested as a matrix.
// Pure: no I/O. Unknown roles and unknown permissions are refused (fail closed).
import type { Role } from "@/lib/generated/sqlite/enums";

export type Permission =
  | "dashboard:read" // city-wide figures
  | "unit:read" // a unit's results, poster and visit codes (unit heads: their own unit)
  | "unit:manage" // create, edit, deactivate units; heads' contacts
  | "visit-codes:manage" // print one-time visit codes (unit heads: their own unit)
  | "kiosk:manage" // add, pair and revoke kiosk devices, set their limits (unit heads: their own unit)
  | "response:exclude" // exclude a suspicious survey response from scoring
  | "response:held:read" // see the queue of held survey answers (unit heads: their own unit, read-only)
  | "response:review" // release or exclude held survey answers
  | "complaint:read" // see cases and the reporter's contact (unit heads: their own unit)
  | "complaint:handle" // move cases through the lifecycle (unit heads: their own unit)
  | "complaint:hold:review" // release or reject complaints held beyond the per-network limit (the secretariat)
  | "user:manage"
  | "audit:read"
  | "period:manage" // standards checklist, scoring settings, publishing
  | "export:read"
  | "outbox:read"
  | "privacy:manage" // a reporter's requests: erase their contact, hand over their data
  | "plan:read" // improvement plans (unit heads: their own unit)
  | "plan:write" // write a plan and report its progress (unit heads: their own unit)
  | "plan:review" // approve or return plans
  | "alert:read" // alerts of unhappy or quiet rooms (unit heads: their own unit)
  | "alert:acknowledge"; // acknowledge an alert with a note (unit heads: their own unit)

/** Permissions that a unit head holds only for their own unit. */
const UNIT_SCOPED: ReadonlySet<Permission> = new Set([
  "unit:read",
  "visit-codes:manage",
  "kiosk:manage",
  "complaint:read",
  "complaint:handle",
  "response:held:read",
  "plan:read",
  "plan:write",
  "alert:read",
  "alert:acknowledge",
]);

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    "dashboard:read",
    "unit:read",
    "unit:manage",
    "visit-codes:manage",
    "response:exclude",
    "response:held:read",
    "response:review",
    "complaint:read",
    "complaint:handle",
    "complaint:hold:review",
    "user:manage",
    "audit:read",
    "period:manage",
    "export:read",
    "outbox:read",
    "privacy:manage",
    "kiosk:manage",
    "plan:read",
    "plan:write",
    "plan:review",
    "alert:read",
    "alert:acknowledge",
  ]),
  // A unit head holds exactly the unit-scoped permissions, each for their own unit.
  unit_head: UNIT_SCOPED,
  // The inspectorate verifies cases everywhere and may read the city's figures, nothing else.
  inspector: new Set<Permission>(["dashboard:read", "unit:read", "complaint:read", "complaint:handle", "export:read", "plan:read"]),
};

export type Actor = { id: number; role: Role; unitId: number | null };

/**
 * Whether `actor` holds `permission`; for unit-scoped permissions of a unit head, only on their
 * own unit (pass `unitId`; without it, whether they hold it for some unit).
 */
export function can(actor: Actor | null | undefined, permission: Permission, unitId?: number): boolean {
  if (!actor) return false;
  const grants = GRANTS[actor.role as Role] as ReadonlySet<Permission> | undefined;
  if (!grants?.has(permission)) return false;
  if (actor.role === "unit_head" && UNIT_SCOPED.has(permission)) {
    if (actor.unitId == null) return false;
    return unitId === undefined || unitId === actor.unitId;
  }
  return true;
}

/**
 * A Prisma `where` fragment that limits unit-scoped reads to what the actor may see: nothing
 * extra for admins and inspectors, their own unit for a unit head. Put it *in* the query, so a
 * foreign id can never load another unit's row (the lesson of formbricks' tenant leak).
 */
export function unitScope(actor: Actor): { unitId?: number } {
  return actor.role === "unit_head" ? { unitId: actor.unitId ?? -1 } : {};
}
