// The workspace's user accounts as the secretariat manages them: create, edit (a changed role or
// unit voids the user's sessions) and password reset, each audited in the same transaction.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";

const userAuditSelect = { id: true, email: true, name: true, role: true, unitId: true, active: true } as const;

export class EmailTakenError extends Error {}

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: "admin" | "unit_head" | "inspector"; unitId: number | null; active: boolean; passwordHash: string },
  actorId: number | null,
) {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new EmailTakenError(input.email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { ...input, unitId: input.role === "unit_head" ? input.unitId : null },
      select: userAuditSelect,
    });
    await recordAudit(tx, { actorId, action: "user.create", entity: "user", entityId: user.id, after: user });
    return user;
  });
}

export async function updateUser(
  db: Db,
  id: number,
  input: { name: string; role: "admin" | "unit_head" | "inspector"; unitId: number | null; active: boolean },
  actorId: number | null,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: userAuditSelect });
    const roleChanged = before.role !== input.role || before.unitId !== input.unitId || (before.active && !input.active);
    const after = await tx.user.update({
      where: { id },
      // A changed role or unit voids the user's sessions, like a password change.
      data: { ...input, unitId: input.role === "unit_head" ? input.unitId : null, ...(roleChanged ? { passwordChangedAt: new Date() } : {}) },
      select: userAuditSelect,
    });
    await recordAudit(tx, { actorId, action: "user.update", entity: "user", entityId: id, before, after });
    return after;
  });
}

export async function resetUserPassword(db: Db, id: number, passwordHash: string, actorId: number | null) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { actorId, action: "user.reset-password", entity: "user", entityId: id });
  });
}
