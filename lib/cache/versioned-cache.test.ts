import { describe, expect, it } from "vitest";
import { VersionedCache } from "./versioned-cache.server";

describe("VersionedCache", () => {
  it("computes once per version and lifetime", async () => {
    const cache = new VersionedCache<number>(10, 1000);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get("k", 1, compute, 0)).toBe(1);
    expect(await cache.get("k", 1, compute, 999)).toBe(1);
    expect(await cache.get("k", 2, compute, 999)).toBe(2); // a staff write bumped the version
    expect(await cache.get("k", 2, compute, 2000)).toBe(3); // the lifetime ran out
  });

  it("forgets a failed computation", async () => {
    const cache = new VersionedCache<number>(10, 1000);
    await expect(cache.get("k", 1, () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    expect(await cache.get("k", 1, async () => 7, 1)).toBe(7);
  });

  it("stays within its size", async () => {
    const cache = new VersionedCache<number>(4, 1000);
    for (let i = 0; i < 100; i++) await cache.get(`k${i}`, 1, async () => i, 0);
    expect((cache as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(4);
  });
});
