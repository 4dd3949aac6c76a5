import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-path";

describe("safeLocalPath", () => {
  it("keeps local paths with their query", () => {
    expect(safeLocalPath("/peringkat?type=puskesmas")).toBe("/peringkat?type=puskesmas");
  });
  it.each([
    null,
    undefined,
    "",
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/x/..\\\\evil.example",
  ])("refuses %s", (value) => {
    expect(safeLocalPath(value)).toBe("/");
  });
});
