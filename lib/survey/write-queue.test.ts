import { describe, expect, it } from "vitest";
import { writeQueue } from "./write-queue";

describe("writeQueue (group commit)", () => {
  it("writes the items of one event-loop turn together, and items arriving during a write in the next batch", async () => {
    const batches: number[][] = [];
    let next = 100;
    const enqueue = writeQueue(async (rows: number[]) => {
      batches.push(rows);
      await new Promise((r) => setTimeout(r, 5));
      return rows.map(() => next++);
    });
    const first = Promise.all([1, 2, 3].map(enqueue));
    // Arriving while the first batch is being written (its write waits 5 ms).
    await new Promise((r) => setTimeout(r, 1));
    const second = Promise.all([4, 5].map(enqueue));
    expect([...(await first), ...(await second)]).toEqual([100, 101, 102, 103, 104]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(await enqueue(6)).toBe(105);
    expect(batches.at(-1)).toEqual([6]);
  });

  it("batches items even when the write never waits (a synchronous driver, as SQLite's)", async () => {
    const batches: number[][] = [];
    const enqueue = writeQueue(async (rows: number[]) => {
      batches.push(rows);
      return rows;
    });
    // Requests read in one turn of the event loop, each a step of the microtask queue apart.
    const ids = await Promise.all([1, 2, 3, 4].map(async (n) => (await Promise.resolve(), enqueue(n))));
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it("answers each caller with its own id, in arrival order", async () => {
    const enqueue = writeQueue(async (rows: string[]) => rows.map((r) => `id-${r}`));
    expect(await Promise.all(["a", "b", "c"].map(enqueue))).toEqual(["id-a", "id-b", "id-c"]);
  });

  it("fails only the bad item of a failed batch; the others are written one by one", async () => {
    const written: number[] = [];
    const enqueue = writeQueue(async (rows: number[]) => {
      await new Promise((r) => setTimeout(r, 1));
      if (rows.includes(13)) throw new Error("bad row");
      written.push(...rows);
      return rows.map((r) => r * 10);
    });
    const results = await Promise.allSettled([1, 2, 13, 4].map(enqueue));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "rejected"))).toEqual([10, 20, "rejected", 40]);
    expect(written.sort((a, b) => a - b)).toEqual([1, 2, 4]);
  });

  it("keeps working after a failure", async () => {
    let fail = true;
    const enqueue = writeQueue(async (rows: number[]) => {
      if (fail) throw new Error("database down");
      return rows;
    });
    await expect(enqueue(1)).rejects.toThrow("database down");
    fail = false;
    expect(await enqueue(2)).toBe(2);
  });
});
