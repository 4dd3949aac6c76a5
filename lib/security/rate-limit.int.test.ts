// countEvents on both databases: fixed windows per key, several keys in one statement, and the
// same rows as rate-limiter-flexible's Prisma store (each reads the other's counts).
import { randomUUID } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { countEvents } from "./rate-limit.server";

describeEachDatabase("event counters in the limiter table", ({ db, provider }) => {
  const at = (iso: string) => new Date(iso);
  const count = (keys: [string, number][], now: Date) =>
    countEvents(
      db(),
      provider,
      keys.map(([key, seconds]) => ({ key, seconds })),
      now,
    );

  it("counts each key in its own window, and starts a new window once one has ended", async () => {
    const [a, b] = [`count-a:${randomUUID()}`, `count-b:${randomUUID()}`];
    const first = await count(
      [
        [a, 60],
        [b, 3600],
      ],
      at("2026-11-30T10:00:00.000Z"),
    );
    expect(first.get(a)).toEqual({ points: 1, expire: at("2026-11-30T10:01:00.000Z") });
    expect(first.get(b)).toEqual({ points: 1, expire: at("2026-11-30T11:00:00.000Z") });

    const again = await count(
      [
        [a, 60],
        [b, 3600],
      ],
      at("2026-11-30T10:00:59.999Z"),
    );
    expect(again.get(a)).toEqual({ points: 2, expire: at("2026-11-30T10:01:00.000Z") }); // same window
    expect(again.get(b)!.points).toBe(2);

    const later = await count(
      [
        [a, 60],
        [b, 3600],
      ],
      at("2026-11-30T10:01:00.000Z"),
    );
    expect(later.get(a)).toEqual({ points: 1, expire: at("2026-11-30T10:02:00.000Z") }); // its window ended: a new one
    expect(later.get(b)).toEqual({ points: 3, expire: at("2026-11-30T11:00:00.000Z") });
  });

  it("shares its rows with rate-limiter-flexible's store", async () => {
    const limiter = new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimiterFlexible",
      keyPrefix: "interop",
      points: 5,
      duration: 600,
      clearExpiredByTimeout: false,
    });
    const key = randomUUID();
    await limiter.consume(key);
    await limiter.consume(key);
    const counted = (await count([[`interop:${key}`, 600]], new Date())).get(`interop:${key}`)!;
    expect(counted.points).toBe(3);
    expect((await limiter.get(key))?.consumedPoints).toBe(3);
    // The library's window is the one kept (it ends about ten minutes from its first event).
    expect(Math.abs(counted.expire.getTime() - (Date.now() + 600_000))).toBeLessThan(60_000);
  });
});
