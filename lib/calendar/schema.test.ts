import { describe, expect, it } from "vitest";
import { daySchema, nonWorkingDaySchema } from "./schema";

describe("the non-working day form", () => {
  it("takes real dates only, with one message each", () => {
    expect(daySchema.safeParse(" 2026-03-20 ").data).toBe("2026-03-20");
    for (const bad of ["", "2026-02-31", "20-03-2026", "2026-3-20", "1999-12-31"]) {
      const result = daySchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["day"]);
    }
  });

  it("needs both names and a kind", () => {
    const ok = nonWorkingDaySchema.safeParse({ day: "2026-12-31", nameId: "Cuti", nameEn: "Leave", kind: "cuti_bersama", confirmed: "on" });
    expect(ok.data).toEqual({ day: "2026-12-31", nameId: "Cuti", nameEn: "Leave", kind: "cuti_bersama", confirmed: true });
    const bad = nonWorkingDaySchema.safeParse({ day: "2026-12-31", nameId: "", nameEn: "x", kind: "other" });
    expect(bad.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort()).toEqual(["kind:kind", "nameEn:name", "nameId:name"]);
  });
});
