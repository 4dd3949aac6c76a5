import { describe, expect, it } from "vitest";
import { sharedRead } from "./shared-read";

/** A read whose answers the test releases one at a time, each the value at the moment it started. */
function controlledRead() {
  let value = 0;
  let reads = 0;
  const pending: (() => void)[] = [];
  const read = () => {
    reads++;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    read,
    set: (v: number) => (value = v),
    reads: () => reads,
    finishOne: async () => {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe("a read shared by callers that arrive together", () => {
  it("makes one read for a caller alone", async () => {
    const db = controlledRead();
    const shared = sharedRead(db.read);
    const a = shared();
    await db.finishOne();
    expect(await a).toBe(0);
    expect(db.reads()).toBe(1);
  });

  it("answers the callers that arrive during a read with one next read, started after they asked", async () => {
    const db = controlledRead();
    const shared = sharedRead(db.read);
    const first = shared(); // reads version 0
    db.set(1); // a staff write commits while that read is in flight
    const b = shared();
    const c = shared();
    expect(db.reads()).toBe(1);
    await db.finishOne();
    expect(await first).toBe(0);
    expect(db.reads()).toBe(2); // b and c share one read...
    await db.finishOne();
    expect([await b, await c]).toEqual([1, 1]); // ...which sees the write made before they asked
  });

  it("never lets a caller join a read that started before it asked", async () => {
    const db = controlledRead();
    const shared = sharedRead(db.read);
    const a = shared();
    const b = shared(); // queued behind a
    await db.finishOne(); // a answers; b's read starts now
    db.set(2);
    const c = shared(); // arrives after b's read started: waits for the one after
    await db.finishOne();
    expect(await b).toBe(0);
    await db.finishOne();
    expect([await a, await c]).toEqual([0, 2]);
    expect(db.reads()).toBe(3);
  });

  it("passes a failed read on to the callers that shared it, and reads again for the next", async () => {
    let fail = true;
    const shared = sharedRead(async () => {
      if (fail) throw new Error("connection lost");
      return 7;
    });
    await expect(shared()).rejects.toThrow("connection lost");
    fail = false;
    expect(await shared()).toBe(7);
  });
});
