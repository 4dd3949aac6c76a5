import { describe, expect, it } from "vitest";
import { z } from "zod";
import { excludeSchema } from "@/lib/survey/exclusion-schema";
import { unitSchema, visitCodesSchema } from "./schema";

const codes = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;

describe("unit, exclusion and visit-code forms", () => {
  const unit = {
    name: "Puskesmas Baru",
    slug: "puskesmas-baru",
    typeId: "2",
    kecamatanId: "",
    headName: "dr. Contoh Fiktif",
    headPhone: "+62 812-0000-0999",
    headPhoneCheckedAt: "2026-11-01",
    yearlyServiceVolume: "",
    active: "on",
  };

  it("accepts a unit and turns empty optional fields into null", () => {
    expect(unitSchema.parse(unit)).toMatchObject({ kecamatanId: null, yearlyServiceVolume: null, typeId: 2, headPhoneCheckedAt: "2026-11-01", active: true });
  });

  it("reserves the city report's segment: no unit can be called kota", () => {
    expect(codes(unitSchema.safeParse({ ...unit, slug: "kota" }).error!).slug).toEqual(["slugReserved"]);
    expect(unitSchema.safeParse({ ...unit, slug: "kota-baru" }).success).toBe(true);
  });

  it("takes the head's title and NIP for the report's signature: 18 digits, spaces as printed allowed; empty is none, absent keeps what is stored", () => {
    expect(unitSchema.parse({ ...unit, headTitle: "Kepala Puskesmas", headNip: "19700101 199003 1 001" })).toMatchObject({
      headTitle: "Kepala Puskesmas",
      headNip: "197001011990031001",
    });
    expect(unitSchema.parse({ ...unit, headTitle: "", headNip: "" })).toMatchObject({ headTitle: null, headNip: null });
    expect(unitSchema.parse(unit).headNip).toBeUndefined();
    expect(codes(unitSchema.safeParse({ ...unit, headNip: "1970010119900310" }).error!).headNip).toEqual(["nip"]);
    expect(codes(unitSchema.safeParse({ ...unit, headNip: "19700101A990031001" }).error!).headNip).toEqual(["nip"]);
  });

  it("rejects a bad slug and phone", () => {
    const errors = codes(unitSchema.safeParse({ ...unit, slug: "Puskesmas Baru", headPhone: "call me" }).error!);
    expect(errors.slug).toContain("slug");
    expect(errors.headPhone).toContain("phone");
  });

  it("needs a reason to exclude and 1..500 codes", () => {
    expect(codes(excludeSchema.safeParse({ responseId: "5", reason: " " }).error!).reason).toContain("reasonRequired");
    expect(excludeSchema.parse({ responseId: "5", reason: "mass submission" }).responseId).toBe(5);
    expect(visitCodesSchema.safeParse({ count: "501" }).success).toBe(false);
    expect(visitCodesSchema.parse({ count: "500" }).count).toBe(500);
  });
});
