import { describe, expect, it } from "vitest";
import { z } from "zod";
import { userCreateSchema, userUpdateSchema } from "./schema";

const codes = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;

describe("user forms", () => {
  const user = {
    name: "Kepala Puskesmas",
    email: " Kapus.Baru@Rapor.Example ",
    role: "unit_head",
    unitId: "3",
    active: "on",
    password: "a-long-enough-password",
  };

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
