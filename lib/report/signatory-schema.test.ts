import { describe, expect, it } from "vitest";
import { signatorySchema } from "./signatory-schema";

describe("the city report's signatory form", () => {
  it("takes the title, the name and an 18-digit NIP (spaces as printed allowed); a blank NIP is none", () => {
    expect(signatorySchema.parse({ title: " Sekretaris Daerah Kota Bengkulu ", name: "Contoh Fiktif", nip: "19700101 199003 1 001" })).toEqual({
      title: "Sekretaris Daerah Kota Bengkulu",
      name: "Contoh Fiktif",
      nip: "197001011990031001",
    });
    expect(signatorySchema.parse({ title: "Sekretaris Daerah", name: "Contoh Fiktif", nip: "" }).nip).toBeNull();
  });

  it("names the field that is wrong", () => {
    const error = signatorySchema.safeParse({ title: "", name: "Al", nip: "123" }).error!;
    expect(Object.keys(error.flatten().fieldErrors).sort()).toEqual(["name", "nip", "title"]);
    expect(signatorySchema.safeParse({ title: "Sekda", name: "Contoh", nip: "", extra: "x" }).success).toBe(false);
  });
});
