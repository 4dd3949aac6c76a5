// A kiosk's answers on both databases: pairing and revocation, the per-device limits counted on
// device time (a burst after an outage is accepted), both times stored with the device, and the
// answer's id (Idempotency-Key) counted once under concurrent repeats.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { describeEachDatabase } from "@/test/databases";
import { cityMonth } from "@/lib/time/clock";
import {
  createKioskDevice,
  findDeviceByToken,
  findPairingTarget,
  issuePairingCode,
  listKioskDevices,
  pairKioskDevice,
  revokeKioskDevice,
  updateKioskLimits,
  type PairedDevice,
} from "./devices.server";
import { recordKioskResponse } from "./record.server";

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 1, u9: 3 };
const now = new Date("2026-11-20T05:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describeEachDatabase("kiosk answers", ({ db }) => {
  let unitId: number;
  let device: PairedDevice;
  let token: string;
  const answer = (madeAt: Date, key = randomUUID(), d = device) =>
    recordKioskResponse(db(), { unit: "dukcapil", answers, service: undefined, comment: undefined }, { device: d, madeAt, idempotencyKey: key, now });

  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
    unitId = (await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } })).id;
    const { code } = await createKioskDevice(db(), { unitId, name: "Tablet uji", actorId: null, now });
    const paired = await pairKioskDevice(db(), code, at(60));
    token = paired!.token;
    device = (await findDeviceByToken(db(), token))!;
  });

  it("pairs once with a code valid for 15 minutes and keeps only hashes", async () => {
    const { code, deviceId } = await createKioskDevice(db(), { unitId, name: "Tablet kedua", actorId: null, now });
    expect(await findPairingTarget(db(), code, at(15 * 60 + 1))).toBeNull(); // expired
    expect(await pairKioskDevice(db(), code, at(15 * 60 + 1))).toBeNull();
    const paired = await pairKioskDevice(db(), code, at(60));
    expect(paired?.target).toMatchObject({ deviceId, unitSlug: "dukcapil" });
    expect(await pairKioskDevice(db(), code, at(61))).toBeNull(); // used
    const row = await db().kioskDevice.findUniqueOrThrow({ where: { id: deviceId } });
    expect(JSON.stringify(row)).not.toContain(paired!.token);
    expect(row.pairingCodeHash).toBeNull();
    // A new link pairs it again; the old token stops once the new one is issued.
    const again = await issuePairingCode(db(), { deviceId, unitId, actorId: null, now });
    const repaired = await pairKioskDevice(db(), again!.code, at(30));
    expect(await findDeviceByToken(db(), paired!.token)).toBeNull();
    expect(await findDeviceByToken(db(), repaired!.token)).toMatchObject({ id: deviceId });
    // A head of another unit cannot issue a link for it.
    expect(await issuePairingCode(db(), { deviceId, unitId: unitId + 1, actorId: null, now })).toBeNull();
  });

  it("stores the answer with its device, the device time as the answer's time and the server time", async () => {
    const outcome = await answer(at(-3600));
    expect(outcome).toMatchObject({ ok: true });
    const row = await db().surveyResponse.findUniqueOrThrow({ where: { id: (outcome as { id: number }).id } });
    expect(row).toMatchObject({ unitId, channel: "kiosk", deviceId: device.id, ...answers });
    expect(row.submittedAt.toISOString()).toBe(at(-3600).toISOString());
    expect(row.receivedAt!.toISOString()).toBe(now.toISOString());
  });

  it("refuses an answer made less than the unit's minimum after another, on device time", async () => {
    const count = await db().surveyResponse.count();
    expect(await answer(at(-3590))).toEqual({ ok: false, reason: "too_soon", seconds: 20 });
    expect(await answer(at(-3610))).toEqual({ ok: false, reason: "too_soon", seconds: 20 });
    expect(await db().surveyResponse.count()).toBe(count);
    expect(await answer(at(-3580))).toMatchObject({ ok: true });
  });

  it("accepts a queue sent in a burst after an outage, and refuses times in the future or older than 7 days", async () => {
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => answer(at(-7200 + i * 25))));
    expect(burst.every((o) => o.ok)).toBe(true);
    expect(await answer(at(3 * 60))).toEqual({ ok: false, reason: "future" });
    expect(await answer(at(-8 * 24 * 3600))).toEqual({ ok: false, reason: "too_old" });
    // Six days ago is still counted, in the month it was made.
    const old = await answer(at(-6 * 24 * 3600));
    expect(old).toMatchObject({ ok: true });
    const row = await db().surveyResponse.findUniqueOrThrow({ where: { id: (old as { id: number }).id } });
    expect(cityMonth(row.submittedAt)).toBe("2026-11");
  });

  it("refuses concurrent answers of one device that break the minimum gap: one of them is stored", async () => {
    const before = await db().surveyResponse.count({ where: { deviceId: device.id } });
    const outcomes = await Promise.all([answer(at(-10_000)), answer(at(-10_005)), answer(at(-10_010)), answer(at(-10_015))]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db().surveyResponse.count({ where: { deviceId: device.id } })).toBe(before + 1);
  });

  it("applies the unit's own limits, including the maximum per hour", async () => {
    await updateKioskLimits(db(), { unitId, minSeconds: 1, maxPerHour: 3, actorId: null });
    const strict = (await findDeviceByToken(db(), token))!;
    const base = -20_000;
    expect(await answer(at(base), undefined, strict)).toMatchObject({ ok: true });
    expect(await answer(at(base + 2), undefined, strict)).toMatchObject({ ok: true });
    expect(await answer(at(base + 4), undefined, strict)).toMatchObject({ ok: true });
    expect(await answer(at(base + 6), undefined, strict)).toEqual({ ok: false, reason: "hourly", max: 3 });
    expect(await answer(at(base + 3601), undefined, strict)).toMatchObject({ ok: true });
    await updateKioskLimits(db(), { unitId, minSeconds: 20, maxPerHour: 120, actorId: null });
  });

  it("stores one row for concurrent repeats of an answer's id", async () => {
    const key = randomUUID();
    const before = await db().surveyResponse.count();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => answer(at(-30_000), key)));
    expect(new Set(outcomes.map((o) => (o.ok ? o.id : null))).size).toBe(1);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await db().surveyResponse.count()).toBe(before + 1);
  });

  it("lists the unit's devices with today's answers and the reported queue", async () => {
    const rows = await listKioskDevices(db(), unitId, now);
    const mine = rows.find((r) => r.id === device.id)!;
    expect(mine).toMatchObject({ name: "Tablet uji", state: "paired" });
    const today = await db().surveyResponse.count({ where: { deviceId: device.id, submittedAt: { gte: new Date("2026-11-19T17:00:00Z") } } });
    expect(mine.answersToday).toBe(today);
    expect(today).toBeGreaterThan(0);
  });

  it("refuses a revoked device at once, also for an answer's id it has not sent yet", async () => {
    expect(await revokeKioskDevice(db(), { deviceId: device.id, unitId: unitId + 1, actorId: null })).toBe(false);
    expect(await revokeKioskDevice(db(), { deviceId: device.id, unitId, actorId: null })).toBe(true);
    expect(await findDeviceByToken(db(), token)).toBeNull();
    // An answer already past the token check when the revocation lands is refused too.
    expect(await answer(at(-40_000))).toEqual({ ok: false, reason: "unpaired" });
  });
});
