// The secretariat's writes to units: create, edit, (de)activate, the head's number checked (which
// resolves the "does not answer" reports), and the standards checklists. Every change is audited
// with the record before and after, in the same transaction as the change.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/scores/compliance";
import type { UnitInput } from "@/lib/units/schema";

const unitAuditSelect = {
  id: true,
  slug: true,
  name: true,
  typeId: true,
  kecamatanId: true,
  headName: true,
  headTitle: true,
  headNip: true,
  headPhone: true,
  headPhoneCheckedAt: true,
  yearlyServiceVolume: true,
  active: true,
  escalationName: true,
  escalationTitle: true,
  escalationPhone: true,
} as const;

function unitData(input: UnitInput) {
  return {
    name: input.name,
    slug: input.slug,
    typeId: input.typeId,
    kecamatanId: input.kecamatanId,
    headName: input.headName,
    headTitle: input.headTitle,
    headNip: input.headNip,
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
    await recordAudit(tx, {
      actorId,
      action: "unit.contact-checked",
      entity: "unit",
      entityId: unitId,
      before,
      after: { headPhoneCheckedAt: now, resolvedReports: resolved.count },
    });
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
