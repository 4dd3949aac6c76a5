// Kiosk devices of a unit: adding one (with its one-time pairing code), pairing, revoking, the
// list the workspace shows, and the device behind a token. Workspace writes go through here (and
// write their audit entry in the same transaction); callers check the role, and pass the unit
// they may act on, which every query includes in its `where`.
import { recordAudit } from "@/lib/audit/log.server";
import type { Db } from "@/lib/db/db.server";
import { cityDay, cityMidnight } from "@/lib/time/clock";
import { hashSecret, newSecret, PAIRING_MINUTES } from "./secrets";

export type PairingCode = { deviceId: number; code: string; expiresAt: Date };

/** Adds a device to a unit and issues its first pairing code (shown once, stored hashed). */
export async function createKioskDevice(db: Db, input: { unitId: number; name: string; actorId: number | null; now?: Date }): Promise<PairingCode> {
  const now = input.now ?? new Date();
  const code = newSecret();
  const expiresAt = new Date(now.getTime() + PAIRING_MINUTES * 60_000);
  const device = await db.$transaction(async (tx) => {
    const created = await tx.kioskDevice.create({
      data: {
        unitId: input.unitId,
        name: input.name,
        pairingCodeHash: hashSecret(code),
        pairingExpiresAt: expiresAt,
        createdById: input.actorId,
        createdAt: now,
      },
      select: { id: true, unitId: true, name: true },
    });
    await recordAudit(tx, { actorId: input.actorId, action: "kiosk.create", entity: "KioskDevice", entityId: created.id, after: created });
    return created;
  });
  return { deviceId: device.id, code, expiresAt };
}

/**
 * A new pairing code for a device of `unitId` (to pair it again, e.g. after a revocation or on a
 * new tablet); the device's current token keeps working until the new code is used. Null when the
 * device is not of that unit.
 */
export async function issuePairingCode(db: Db, input: { deviceId: number; unitId: number; actorId: number | null; now?: Date }): Promise<PairingCode | null> {
  const now = input.now ?? new Date();
  const code = newSecret();
  const expiresAt = new Date(now.getTime() + PAIRING_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    const updated = await tx.kioskDevice.updateMany({
      where: { id: input.deviceId, unitId: input.unitId },
      data: { pairingCodeHash: hashSecret(code), pairingExpiresAt: expiresAt },
    });
    if (updated.count !== 1) return null;
    await recordAudit(tx, { actorId: input.actorId, action: "kiosk.pairing-link", entity: "KioskDevice", entityId: input.deviceId, after: { expiresAt } });
    return { deviceId: input.deviceId, code, expiresAt };
  });
}

export type PairingTarget = { deviceId: number; deviceName: string; unitSlug: string; unitName: string };

/** The device a pairing code would pair, while the code is valid (for the confirmation page). */
export async function findPairingTarget(db: Db, code: string, now = new Date()): Promise<PairingTarget | null> {
  const device = await db.kioskDevice.findFirst({
    where: { pairingCodeHash: hashSecret(code), pairingExpiresAt: { gt: now }, unit: { active: true } },
    select: { id: true, name: true, unit: { select: { slug: true, name: true } } },
  });
  return device ? { deviceId: device.id, deviceName: device.name, unitSlug: device.unit.slug, unitName: device.unit.name } : null;
}

/**
 * Uses a pairing code: the device gets a new token (returned once; only its hash is kept), any
 * older token and any revocation end, and the code cannot be used again. Null for an unknown,
 * used or expired code.
 */
export async function pairKioskDevice(db: Db, code: string, now = new Date()): Promise<{ token: string; target: PairingTarget } | null> {
  const target = await findPairingTarget(db, code, now);
  if (!target) return null;
  const token = newSecret();
  // Conditional on the same code still being there: two tablets racing on one link pair once.
  const used = await db.kioskDevice.updateMany({
    where: { id: target.deviceId, pairingCodeHash: hashSecret(code), pairingExpiresAt: { gt: now } },
    data: { pairingCodeHash: null, pairingExpiresAt: null, tokenHash: hashSecret(token), pairedAt: now, revokedAt: null, lastSeenAt: now, pendingCount: 0 },
  });
  return used.count === 1 ? { token, target } : null;
}

/** Revokes a device of `unitId`: its token stops working at once, and so does any open pairing code. */
export async function revokeKioskDevice(db: Db, input: { deviceId: number; unitId: number; actorId: number | null; now?: Date }): Promise<boolean> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const updated = await tx.kioskDevice.updateMany({
      where: { id: input.deviceId, unitId: input.unitId, revokedAt: null },
      data: { revokedAt: now, tokenHash: null, pairingCodeHash: null, pairingExpiresAt: null },
    });
    if (updated.count !== 1) return false;
    await recordAudit(tx, { actorId: input.actorId, action: "kiosk.revoke", entity: "KioskDevice", entityId: input.deviceId, after: { revokedAt: now } });
    return true;
  });
}

/** Sets a unit's per-device limits (seconds between answers, answers per hour). */
export async function updateKioskLimits(db: Db, input: { unitId: number; minSeconds: number; maxPerHour: number; actorId: number | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { kioskMinSeconds: true, kioskMaxPerHour: true } });
    const after = await tx.unit.update({
      where: { id: input.unitId },
      data: { kioskMinSeconds: input.minSeconds, kioskMaxPerHour: input.maxPerHour },
      select: { kioskMinSeconds: true, kioskMaxPerHour: true },
    });
    await recordAudit(tx, { actorId: input.actorId, action: "unit.kiosk-limits", entity: "Unit", entityId: input.unitId, before, after });
  });
}

export type PairedDevice = { id: number; name: string; unitId: number; unitSlug: string; unitName: string; minSeconds: number; maxPerHour: number };

/** The paired, unrevoked device holding `token`, of an active unit; null otherwise. */
export async function findDeviceByToken(db: Db, token: string): Promise<PairedDevice | null> {
  const device = await db.kioskDevice.findFirst({
    where: { tokenHash: hashSecret(token), revokedAt: null, unit: { active: true } },
    select: { id: true, name: true, unitId: true, unit: { select: { slug: true, name: true, kioskMinSeconds: true, kioskMaxPerHour: true } } },
  });
  if (!device) return null;
  return {
    id: device.id,
    name: device.name,
    unitId: device.unitId,
    unitSlug: device.unit.slug,
    unitName: device.unit.name,
    minSeconds: device.unit.kioskMinSeconds,
    maxPerHour: device.unit.kioskMaxPerHour,
  };
}

/** What the device reports about itself: it was seen now, with this many answers still queued. */
export async function recordHeartbeat(db: Db, deviceId: number, pending: number, now = new Date()): Promise<void> {
  await db.kioskDevice.updateMany({ where: { id: deviceId, revokedAt: null }, data: { lastSeenAt: now, pendingCount: pending } });
}

export type DeviceRow = {
  id: number;
  name: string;
  state: "waiting" | "paired" | "revoked";
  pairingExpiresAt: Date | null;
  lastSeenAt: Date | null;
  pendingCount: number;
  answersToday: number;
};

/** A unit's devices for the workspace, with the answers each stored today (city time, by device time). */
export async function listKioskDevices(db: Db, unitId: number, now = new Date()): Promise<DeviceRow[]> {
  const [y, m, d] = cityDay(now).split("-").map(Number);
  const since = cityMidnight(y, m, d);
  const [devices, counts] = await Promise.all([
    db.kioskDevice.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db.surveyResponse.groupBy({ by: ["deviceId"], where: { unitId, deviceId: { not: null }, submittedAt: { gte: since } }, _count: { _all: true } }),
  ]);
  const today = new Map(counts.map((c) => [c.deviceId, c._count._all]));
  return devices.map((device) => ({
    id: device.id,
    name: device.name,
    state: device.revokedAt ? "revoked" : device.tokenHash ? "paired" : "waiting",
    pairingExpiresAt: device.pairingExpiresAt && device.pairingExpiresAt > now ? device.pairingExpiresAt : null,
    lastSeenAt: device.lastSeenAt,
    pendingCount: device.pendingCount,
    answersToday: today.get(device.id) ?? 0,
  }));
}
