import { describe, expect, it } from "vitest";
import { digestWeek, nextDigestAt } from "./week";

describe("the digest week", () => {
  it("is due from Monday 07:00 WIB and stays the same week until the next Monday 07:00", () => {
    // Monday 7 December 2026, 07:00 WIB = 00:00 UTC.
    expect(digestWeek(new Date("2026-12-07T00:00:00Z")).key).toBe("2026-12-07");
    expect(digestWeek(new Date("2026-12-06T23:59:00Z")).key).toBe("2026-11-30"); // Monday 06:59 WIB: last week's
    expect(digestWeek(new Date("2026-12-09T05:00:00Z")).key).toBe("2026-12-07"); // caught up on Wednesday
    expect(digestWeek(new Date("2026-12-13T16:59:00Z")).key).toBe("2026-12-07"); // Sunday 23:59 WIB
    expect(digestWeek(new Date("2026-12-13T17:00:00Z")).key).toBe("2026-12-07"); // Monday 00:00 WIB, before 07:00
  });

  it("covers last week Monday to Sunday in city time, and the week before", () => {
    const week = digestWeek(new Date("2026-12-07T00:00:00Z"));
    expect(week.dueAt.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(week.lastWeek.from.toISOString()).toBe("2026-11-29T17:00:00.000Z"); // Monday 30 Nov 00:00 WIB
    expect(week.lastWeek.to.toISOString()).toBe("2026-12-06T17:00:00.000Z");
    expect(week.weekBefore.from.toISOString()).toBe("2026-11-22T17:00:00.000Z");
    expect(nextDigestAt(new Date("2026-12-06T01:45:00Z")).toISOString()).toBe("2026-12-07T00:00:00.000Z"); // Sunday: tomorrow 07:00
  });
});
