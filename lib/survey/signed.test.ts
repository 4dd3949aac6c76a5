import { describe, expect, it } from "vitest";
import { newBrowserToken, pageViewToken, secondsSincePageView, sign, unsign } from "./signed";

describe("signed survey tokens", () => {
  it("gives back what it signed, and nothing for a forged, altered or foreign token", () => {
    expect(unsign(sign("abc", "k1"), "k1")).toBe("abc");
    expect(unsign(sign("abc", "k1"), "k2")).toBeNull();
    expect(unsign(sign("abc", "k1").replace("abc", "abd"), "k1")).toBeNull();
    for (const bad of [undefined, null, "", "abc", ".x", "x".repeat(300)]) expect(unsign(bad, "k1")).toBeNull();
  });

  it("makes a different random browser id each time", () => {
    const a = newBrowserToken("k");
    expect(unsign(a, "k")).toMatch(/^[\w-]{22}$/);
    expect(newBrowserToken("k")).not.toBe(a);
  });

  it("measures the seconds since the page view of the same unit only", () => {
    const viewed = new Date("2026-11-30T03:00:00Z");
    const token = pageViewToken(7, viewed, "k");
    expect(secondsSincePageView(token, 7, new Date("2026-11-30T03:00:12.5Z"), "k")).toBe(12.5);
    expect(secondsSincePageView(token, 8, new Date("2026-11-30T03:00:12Z"), "k")).toBeNull();
    expect(secondsSincePageView(token, 7, new Date("2026-11-30T02:59:00Z"), "k")).toBeNull(); // from the future
    expect(secondsSincePageView(pageViewToken(7, new Date(0), "other"), 7, viewed, "k")).toBeNull(); // claims an early view
  });
});
