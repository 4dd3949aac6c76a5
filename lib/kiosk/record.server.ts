// Storing a kiosk's answer. Unlike a phone's, it is limited per device, on the time it was made
// on the device (domain.md section 3c), and its id (the Idempotency-Key, a UUID made on the
// device) makes a retry answer the first result. The device's row is locked first (an UPDATE in
// the transaction), so two answers of one device are checked and stored one after the other and
// the limits cannot be raced; answers of different devices do not wait for each other on
// PostgreSQL. The response and its monthly aggregate change in the same transaction, as on the
// other channels (lib/survey/record.server.ts).
import type { Db } from "@/lib/db/db.server";
import { afterAnswersStored } from "@/lib/alerts/on-answer.server";
import { findByIdempotencyKey } from "@/lib/survey/record.server";
import { aggregateUpsert, responseRow } from "@/lib/survey/response-row";
import { cityMonth } from "@/lib/time/clock";
import type { SurveyInput } from "@/lib/survey/schema";
import { checkDeviceLimits, checkDeviceTime, HOUR_MS } from "./limits";
import type { PairedDevice } from "./devices.server";

export type KioskOutcome =
  | { ok: true; id: number; verified: boolean; replayed?: boolean }
  | { ok: false; reason: "unpaired" }
  | { ok: false; reason: "wrong_unit" }
  | { ok: false; reason: "future" | "too_old" }
  | { ok: false; reason: "too_soon"; seconds: number }
  | { ok: false; reason: "hourly"; max: number };

class Refused extends Error {
  constructor(readonly outcome: Extract<KioskOutcome, { ok: false }>) {
    super(outcome.reason);
  }
}

export async function recordKioskResponse(
  db: Db,
  input: Omit<SurveyInput, "visitCode">,
  context: { device: PairedDevice; madeAt: Date; idempotencyKey: string; pending?: number; now?: Date },
): Promise<KioskOutcome> {
  const { device, madeAt, idempotencyKey: key } = context;
  const now = context.now ?? new Date();
  const first = await findByIdempotencyKey(db, key);
  if (first) return first;
  if (input.unit !== device.unitSlug) return { ok: false, reason: "wrong_unit" };
  const time = checkDeviceTime(madeAt, now);
  if (time !== "ok") return { ok: false, reason: time };

  const month = cityMonth(madeAt);
  try {
    const id = await db.$transaction(async (tx) => {
      // The lock, and the device's "last seen"; a device revoked meanwhile matches nothing.
      const locked = await tx.kioskDevice.updateMany({
        where: { id: device.id, revokedAt: null },
        data: { lastSeenAt: now, ...(context.pending === undefined ? {} : { pendingCount: context.pending }) },
      });
      if (locked.count !== 1) throw new Refused({ ok: false, reason: "unpaired" });
      const repeat = await tx.surveyResponse.findUnique({ where: { idempotencyKey: key }, select: { id: true } });
      if (repeat) return { id: repeat.id, replayed: true };
      // Two index reads decide almost every answer: a neighbour closer than the gap, and how many
      // lie within an hour either side. Only near the hourly maximum are the times read.
      const gapMs = device.minSeconds * 1000;
      const tooClose =
        gapMs > 0 &&
        (await tx.surveyResponse.findFirst({
          where: { deviceId: device.id, submittedAt: { gt: new Date(madeAt.getTime() - gapMs), lt: new Date(madeAt.getTime() + gapMs) } },
          select: { id: true },
        }));
      if (tooClose) throw new Refused({ ok: false, reason: "too_soon", seconds: device.minSeconds });
      const hour = { deviceId: device.id, submittedAt: { gt: new Date(madeAt.getTime() - HOUR_MS), lt: new Date(madeAt.getTime() + HOUR_MS) } };
      if ((await tx.surveyResponse.count({ where: hour })) >= device.maxPerHour) {
        const near = await tx.surveyResponse.findMany({ where: hour, select: { submittedAt: true } });
        const verdict = checkDeviceLimits(
          madeAt,
          near.map((r) => r.submittedAt),
          device,
        );
        if (!verdict.ok) throw new Refused(verdict);
      }
      const response = await tx.surveyResponse.create({
        data: {
          ...responseRow(input, { unitId: device.unitId, submittedAt: madeAt, channel: "kiosk", idempotencyKey: key }),
          receivedAt: now,
          deviceId: device.id,
        },
        select: { id: true },
      });
      await tx.monthlyAggregate.upsert(aggregateUpsert(device.unitId, month, input.answers));
      return { id: response.id, replayed: false };
    });
    if (id.replayed) return { ok: true, id: id.id, verified: false, replayed: true };
    void afterAnswersStored(db, [{ unitId: device.unitId, ...input.answers }]); // off the response path (lib/alerts/on-answer.server.ts)
    return { ok: true, id: id.id, verified: false };
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    // The same key stored meanwhile by another client (the unique column refused this one).
    const stored = await findByIdempotencyKey(db, key);
    if (stored) return stored;
    throw error;
  }
}
