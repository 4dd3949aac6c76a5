import { describe, expect, it } from "vitest";
import { jsonWithoutNul, withoutNul } from "./text";

describe("withoutNul", () => {
  it("removes every NUL and keeps every other character", () => {
    expect(withoutNul("a\u0000b\u0000")).toBe("ab");
    expect(withoutNul("\u202e😀\u0007<b>")).toBe("\u202e😀\u0007<b>");
    expect(withoutNul("")).toBe("");
  });

  it("cleans nested JSON strings as a reviver, leaving other types alone", () => {
    const parsed = JSON.parse('{"a":"x\\u0000y","b":[1,"\\u0000",true,null],"c":{"d":"\\u0000z"}}', jsonWithoutNul);
    expect(parsed).toEqual({ a: "xy", b: [1, "", true, null], c: { d: "z" } });
  });
});
