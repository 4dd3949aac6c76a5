import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, recordId } from "./record-id";

describe("recordId", () => {
  it("reads a positive whole number an Int column holds", () => {
    expect(recordId("1")).toBe(1);
    expect(recordId(" 42 ")).toBe(42);
    expect(recordId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
    expect(recordId(7)).toBe(7);
  });

  it("is no record beyond an Int column, at zero, negative, fractional or not a number", () => {
    for (const value of [
      String(MAX_RECORD_ID + 1),
      "9007199254740993",
      "0",
      "-1",
      "1.5",
      "1e3",
      "0x10",
      "",
      "abc",
      "١٢",
      null,
      undefined,
      NaN,
      Infinity,
      2 ** 40,
      {},
      ["1"],
    ]) {
      expect(recordId(value), String(value)).toBeNull();
    }
  });
});
