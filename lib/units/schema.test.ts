import { describe, expect, it } from "vitest";
import { z } from "zod";
import { excludeSchema, settingsSchema, unitSchema, userCreateSchema, userUpdateSchema, visitCodesSchema } from "./schema";

const codes = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;

const settings = {
  scope: "default", weightSatisfaction: "50", weightComplaints: "25", weightStandards: "25", zoneRedMax: "50.99", zoneYellowMax: "80.99",
  verifyDays: "5", answerDays: "14", closeDays: "30", sampleFloor: "30",
};

describe("settingsSchema", () => {
  it("accepts the defaults, as form strings, and a period scope", () => {
    const parsed = settingsSchema.parse(settings);
    expect(parsed).toMatchObject({ weightSatisfaction: 50, zoneRedMax: 50.99, verifyDays: 5 });
    expect(settingsSchema.safeParse({ ...settings, scope: "2026-Q3" }).success).toBe(true);
  });

  it("wants the weights to add up to 100", () => {
    const result = settingsSchema.safeParse({ ...settings, weightComplaints: "30" });
    expect(result.success).toBe(false);
    expect(codes(result.error!).weightSatisfaction).toContain("weightsSum");
    expect(settingsSchema.safeParse({ ...settings, weightSatisfaction: "33.4", weightComplaints: "33.3", weightStandards: "33.3" }).success).toBe(true);
  });

  it("rejects a zero satisfaction weight, crossed zones, crossed deadlines, bad numbers and scopes", () => {
    expect(codes(settingsSchema.safeParse({ ...settings, weightSatisfaction: "0", weightComplaints: "50", weightStandards: "50" }).error!).weightSatisfaction).toContain("tooSmall");
    expect(codes(settingsSchema.safeParse({ ...settings, zoneRedMax: "85" }).error!).zoneYellowMax).toContain("zonesOrder");
    expect(codes(settingsSchema.safeParse({ ...settings, answerDays: "40" }).error!).closeDays).toContain("deadlinesOrder");
    expect(codes(settingsSchema.safeParse({ ...settings, verifyDays: "abc" }).error!).verifyDays).toContain("number");
    expect(codes(settingsSchema.safeParse({ ...settings, verifyDays: "1.5" }).error!).verifyDays).toContain("integer");
    expect(codes(settingsSchema.safeParse({ ...settings, sampleFloor: "" }).error!).sampleFloor).toContain("number");
    expect(codes(settingsSchema.safeParse({ ...settings, scope: "2026-Q5" }).error!).scope).toContain("period");
  });
});

describe("user forms", () => {
  const user = { name: "Kepala Puskesmas", email: " Kapus.Baru@Rapor.Example ", role: "unit_head", unitId: "3", active: "on", password: "a-long-enough-password" };

  it("accepts a unit head with a unit, normalising the email", () => {
    const parsed = userCreateSchema.parse(user);
    expect(parsed).toMatchObject({ email: "kapus.baru@rapor.example", role: "unit_head", unitId: 3, active: true });
  });

  it("requires a unit for unit heads only", () => {
    expect(codes(userCreateSchema.safeParse({ ...user, unitId: "" }).error!).unitId).toContain("unitRequired");
    expect(userCreateSchema.parse({ ...user, role: "inspector", unitId: "" }).unitId).toBeNull();
    expect(codes(userUpdateSchema.safeParse({ name: "X Y", role: "unit_head", unitId: "" }).error!).unitId).toContain("unitRequired");
  });

  it("gives a code per field: email, short password, unknown role, missing name; unchecked active is false", () => {
    const result = userCreateSchema.safeParse({ ...user, email: "not-an-email", password: "short", role: "mayor", name: "" });
    const errors = codes(result.error!);
    expect(errors.email).toContain("email");
    expect(errors.password).toContain("passwordShort");
    expect(errors.role).toContain("role");
    expect(errors.name).toContain("required");
    expect(userUpdateSchema.parse({ name: "Nama Baru", role: "admin", unitId: "" }).active).toBe(false);
  });
});

describe("unit, exclusion and visit-code forms", () => {
  const unit = { name: "Puskesmas Baru", slug: "puskesmas-baru", typeId: "2", kecamatanId: "", headName: "dr. Contoh Fiktif", headPhone: "+62 812-0000-0999", headPhoneCheckedAt: "2026-11-01", yearlyServiceVolume: "", active: "on" };

  it("accepts a unit and turns empty optional fields into null", () => {
    expect(unitSchema.parse(unit)).toMatchObject({ kecamatanId: null, yearlyServiceVolume: null, typeId: 2, headPhoneCheckedAt: "2026-11-01", active: true });
  });

  it("reserves the city report's segment: no unit can be called kota", () => {
    expect(codes(unitSchema.safeParse({ ...unit, slug: "kota" }).error!).slug).toEqual(["slugReserved"]);
    expect(unitSchema.safeParse({ ...unit, slug: "kota-baru" }).success).toBe(true);
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
