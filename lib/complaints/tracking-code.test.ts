import { describe, expect, it } from "vitest";
import { newTrackingCode, parseTrackingCode, TRACKING_ALPHABET } from "./tracking-code";

describe("tracking codes", () => {
  it("are three groups of four unambiguous symbols", () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(TRACKING_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(TRACKING_ALPHABET).size).toBe(31);
  });

  it("do not repeat in many draws", () => {
    const codes = new Set(Array.from({ length: 5000 }, () => newTrackingCode()));
    expect(codes.size).toBe(5000);
  });

  it("skip biased bytes instead of folding them onto the first symbols", () => {
    // 248..255 would map to A..H with a plain modulo; they must be dropped.
    const feed = [255, 250, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 247];
    let calls = 0;
    const code = newTrackingCode((n) => {
      calls++;
      return Uint8Array.from({ length: n }, (_, i) => feed[i] ?? 0);
    });
    expect(calls).toBe(1);
    expect(code).toBe("ABCD-EFGH-JKMN");
  });

  it("parse what a citizen types and refuse anything else", () => {
    expect(parseTrackingCode(" abcd efgh-jkmn ")).toBe("ABCD-EFGH-JKMN");
    expect(parseTrackingCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
    for (const bad of ["", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JKM0", "OBCD-EFGH-JKMN", "ABCD-EFGH-JKM'", "../../etc", null, 42, "A".repeat(1000)]) {
      expect(parseTrackingCode(bad)).toBeNull();
    }
  });
});
