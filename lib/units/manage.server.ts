// Writes and reads of the secretariat's workspace: units, users, scoring settings, standards
// checklists, response exclusion and the complaint backlog. Every change is audited with the
// record before and after, in the same transaction as the change.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "../cache/public-version.server";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/scores/compliance";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import type { SettingsInput, UnitInput } from "@/lib/units/schema";
import { settingsFor } from "../scores/read-model.server";
import { currentQuarter } from "@/lib/scores/period";

const unitAuditSelect = {
  id: true, slug: true, name: true, typeId: true, kecamatanId: true, headName: true, headPhone: true, headPhoneCheckedAt: true, yearlyServiceVolume: true, active: true,
  escalationName: true, escalationTitle: true, escalationPhone: true,
} as const;

function unitData(input: UnitInput) {
  return {
    name: input.name,
    slug: input.slug,
    typeId: input.typeId,
    kecamatanId: input.kecamatanId,
    headName: input.headName,
    headPhone: input.headPhone,
    headPhoneCheckedAt: input.headPhoneCheckedAt ? new Date(`${input.headPhoneCheckedAt}T00:00:00+07:00`) : null,
    yearlyServiceVolume: input.yearlyServiceVolume,
    active: input.active,
    // Left as stored when a caller does not send them (undefined); cleared by an empty field.
    escalationName: input.escalationName,
    escalationTitle: input.escalationTitle,
    escalationPhone: input.escalationPhone,
  };
}

export class SlugTakenError extends Error {}

export async function createUnit(db: Db, input: UnitInput, actorId: number | null) {
  if (await db.unit.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new SlugTakenError(input.slug);
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.create({ data: unitData(input), select: unitAuditSelect });
    await recordAudit(tx, { actorId, action: "unit.create", entity: "unit", entityId: unit.id, after: unit });
    await bumpPublicVersion(tx);
    return unit;
  });
}

/** Updates a unit; deactivating is `active: false` (units with data are never deleted). */
export async function updateUnit(db: Db, id: number, input: UnitInput, actorId: number | null) {
  const clash = await db.unit.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash && clash.id !== id) throw new SlugTakenError(input.slug);
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id }, select: unitAuditSelect });
    const after = await tx.unit.update({ where: { id }, data: unitData(input), select: unitAuditSelect });
    await recordAudit(tx, { actorId, action: "unit.update", entity: "unit", entityId: id, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}

export async function setUnitActive(db: Db, id: number, active: boolean, actorId: number | null) {
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id }, select: unitAuditSelect });
    const after = await tx.unit.update({ where: { id }, data: { active }, select: unitAuditSelect });
    await recordAudit(tx, { actorId, action: active ? "unit.activate" : "unit.deactivate", entity: "unit", entityId: id, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}

/** The head's number was called and answers: stamp the date and resolve open reports. */
export async function markContactChecked(db: Db, unitId: number, actorId: number | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { headPhoneCheckedAt: true } });
    await tx.unit.update({ where: { id: unitId }, data: { headPhoneCheckedAt: now } });
    const resolved = await tx.contactReport.updateMany({ where: { unitId, resolvedAt: null }, data: { resolvedAt: now } });
    await recordAudit(tx, { actorId, action: "unit.contact-checked", entity: "unit", entityId: unitId, before, after: { headPhoneCheckedAt: now, resolvedReports: resolved.count } });
    await bumpPublicVersion(tx);
  });
}

/** Open "the number does not answer" reports per unit id. */
export async function openContactReports(db: Db): Promise<Map<number, number>> {
  const rows = await db.contactReport.groupBy({ by: ["unitId"], where: { resolvedAt: null }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.unitId, r._count._all]));
}

/** A unit's unresolved "the number does not answer" reports, newest first. */
export async function openContactReportsOf(db: Db, unitId: number, take = 50) {
  return db.contactReport.findMany({ where: { unitId, resolvedAt: null }, orderBy: { createdAt: "desc" }, take, select: { id: true, createdAt: true } });
}

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

export async function saveSettings(db: Db, input: SettingsInput, actorId: number | null) {
  const { scope, ...values } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.scoringSettings.findUnique({ where: { scope } });
    const after = await tx.scoringSettings.upsert({ where: { scope }, create: { scope, ...values, updatedById: actorId }, update: { ...values, updatedById: actorId } });
    await recordAudit(tx, { actorId, action: "settings.update", entity: "settings", entityId: scope, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}

export async function saveChecklist(db: Db, unitId: number, period: string, items: Checklist, actorId: number | null) {
  return db.$transaction(async (tx) => {
    const before = await tx.standardsChecklist.findUnique({ where: { unitId_period: { unitId, period } } });
    const data = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, !!items[k]])) as Checklist;
    const after = await tx.standardsChecklist.upsert({
      where: { unitId_period: { unitId, period } },
      create: { unitId, period, ...data, updatedById: actorId },
      update: { ...data, updatedById: actorId },
    });
    await recordAudit(tx, { actorId, action: "checklist.update", entity: "checklist", entityId: `${unitId}:${period}`, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}

export class NotFoundError extends Error {}

/**
 * Leaves a response out of every score: marks it excluded with the reason and subtracts its
 * answers from its month's aggregate, in one transaction, so the aggregate always equals a
 * recount of the counted responses. `scope` limits which units' responses may be touched.
 */
export async function excludeResponse(db: Db, responseId: number, reason: string, actorId: number | null, scope: { unitId?: number } = {}, now = new Date()) {
  return db.$transaction(async (tx) => {
    const response = await tx.surveyResponse.findFirst({ where: { id: responseId, excluded: false, ...scope } });
    if (!response) throw new NotFoundError(String(responseId));
    // A held answer is not in the aggregate (lib/survey/held.server.ts): excluding it ends the hold
    // and subtracts nothing. The claim fails if it was released or excluded meanwhile.
    const claimed = await tx.surveyResponse.updateMany({
      where: { id: responseId, excluded: false, held: response.held },
      data: {
        excluded: true, excludedReason: reason, excludedAt: now, excludedById: actorId,
        ...(response.held ? { held: false, reviewedAt: now, reviewedById: actorId, reviewOutcome: "excluded", reviewReason: reason } : {}),
      },
    });
    if (claimed.count !== 1) throw new NotFoundError(String(responseId)); // excluded concurrently
    if (response.held) {
      await recordAudit(tx, { actorId, action: "response.exclude-held", entity: "response", entityId: responseId, before: { held: true, ids: [responseId] }, after: { held: false, outcome: "excluded", reason, unitIds: [response.unitId], count: 1 } });
      return;
    }
    const decrement: Record<string, { decrement: number }> = { respondents: { decrement: 1 } };
    for (const key of ELEMENT_KEYS) {
      const answer = response[key];
      if (answer == null) continue;
      decrement[`${key}Count`] = { decrement: 1 };
      decrement[`${key}Sum`] = { decrement: answer };
    }
    const month = cityMonth(response.submittedAt);
    await tx.monthlyAggregate.updateMany({ where: { unitId: response.unitId, month }, data: decrement });
    await recordAudit(tx, {
      actorId,
      action: "response.exclude",
      entity: "response",
      entityId: responseId,
      before: { excluded: false },
      after: { excluded: true, reason, month, unitId: response.unitId },
    });
    await bumpPublicVersion(tx);
  });
}

export type Backlog = { open: number; overdue: number; byUnit: Map<number, { open: number; overdue: number }> };

/** Open complaints (not closed or rejected) and those past a deadline of their current stage. */
export async function complaintBacklog(db: Db, scope: { unitId?: number } = {}, now = new Date()): Promise<Backlog> {
  const settings = await settingsFor(db, currentQuarter(now).key);
  const rows = await db.complaint.findMany({
    where: { status: { notIn: ["closed", "rejected"] }, ...scope },
    select: { unitId: true, status: true, receivedAt: true, verifiedAt: true, answeredAt: true, closedAt: true },
  });
  const byUnit = new Map<number, { open: number; overdue: number }>();
  let overdue = 0;
  for (const row of rows) {
    const late = deadlineState(row, settings, now).overdue.length > 0;
    const entry = byUnit.get(row.unitId) ?? { open: 0, overdue: 0 };
    entry.open++;
    if (late) {
      entry.overdue++;
      overdue++;
    }
    byUnit.set(row.unitId, entry);
  }
  return { open: rows.length, overdue, byUnit };
}
