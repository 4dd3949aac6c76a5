import { describe, expect, it } from "vitest";
import { internationalDigits, telHref, whatsAppHref } from "./phone";

describe("phone links", () => {
  it.each([
    ["+62 812-0000-1001", "6281200001001"],
    ["0812 0000 1001", "6281200001001"],
    ["62-812-0000-1001", "6281200001001"],
    ["(0736) 21234", "6273621234"],
  ])("reads %s as %s", (input, expected) => {
    expect(internationalDigits(input)).toBe(expected);
  });

  it.each(["", "123", "+1 555 0100 200", "812+0000", "+62 12"])("refuses %j", (input) => {
    expect(internationalDigits(input)).toBeNull();
    expect(telHref(input)).toBeNull();
    expect(whatsAppHref(input)).toBeNull();
  });

  it("builds tel: and wa.me links", () => {
    expect(telHref("+62 812-0000-1001")).toBe("tel:+6281200001001");
    expect(whatsAppHref("+62 812-0000-1001")).toBe("https://wa.me/6281200001001");
  });
});
