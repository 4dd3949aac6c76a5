import { describe, expect, it } from "vitest";
import { complaintFromForm, complaintSchema, isReportableDay, stepSchema } from "./schema";
import { flatFieldErrors } from "@/lib/forms/translate";

const valid = {
  unit: "rshd",
  category: "staff_behaviour",
  description: "Petugas loket berbicara kasar kepada saya dan menolak menjelaskan.",
  occurredOn: "2026-11-02",
  anonymous: false,
  contact: { phone: "0812-3456-7890" },
};

function errors(body: unknown) {
  const result = complaintSchema.safeParse(body);
  expect(result.success).toBe(false);
  return flatFieldErrors(result.error!);
}

describe("complaint schema", () => {
  it("accepts a complaint with a contact and normalises the phone number", () => {
    const parsed = complaintSchema.parse({ ...valid, staffName: "  Budi ", room: "" });
    expect(parsed.contact?.phone).toBe("081234567890");
    expect(parsed.staffName).toBe("Budi");
    expect(parsed.room).toBeUndefined();
  });

  it("accepts an anonymous complaint without any contact", () => {
    expect(complaintSchema.parse({ ...valid, anonymous: true, contact: undefined }).anonymous).toBe(true);
  });

  it("requires a way to answer, unless anonymous, and refuses a contact with the anonymous choice", () => {
    expect(errors({ ...valid, contact: {} }).contact).toEqual(["contactRequired"]);
    expect(errors({ ...valid, contact: { name: "Ani" } }).contact).toEqual(["contactRequired"]);
    expect(errors({ ...valid, anonymous: true }).contact).toEqual(["anonymousWithContact"]);
  });

  it("names each bad field", () => {
    const fields = errors({
      ...valid,
      unit: "",
      category: "bribery",
      description: "pendek",
      occurredOn: "2026-02-30",
      contact: { phone: "12345", email: "not-an-email" },
    });
    expect(fields).toMatchObject({
      unit: ["unitRequired"],
      category: ["category"],
      description: ["tooShort"],
      occurredOn: ["date"],
      phone: ["phone"],
      email: ["email"],
    });
  });

  it("refuses unknown fields, wrong types and huge text", () => {
    expect(errors({ ...valid, extra: 1 }).extra).toEqual(["unrecognized"]);
    expect(errors({ ...valid, anonymous: "yes" }).anonymous).toBeDefined();
    expect(errors({ ...valid, description: "x".repeat(4001) }).description).toEqual(["tooLong"]);
    expect(errors({ ...valid, surveyResponseId: -3 }).surveyResponseId).toBeDefined();
    expect(errors(null).body).toBeDefined();
    expect(errors([]).body).toBeDefined();
  });

  it("maps the flat HTML form, checkbox included", () => {
    const parsed = complaintSchema.parse(
      complaintFromForm({
        unit: "rshd",
        category: "delay",
        description: valid.description,
        occurredOn: "2026-11-01",
        anonymous: "on",
        name: "",
        phone: "",
        email: "",
        response: "42",
      }),
    );
    expect(parsed).toMatchObject({ anonymous: true, surveyResponseId: 42, category: "delay" });
  });
});

describe("the day it happened", () => {
  const now = new Date("2026-11-22T05:00:00Z");
  it("is a real day, not in the future, not years ago", () => {
    expect(isReportableDay("2026-11-22", now)).toBe(true);
    expect(isReportableDay("2026-11-23", now)).toBe(true); // tomorrow in some zone: a day of slack
    expect(isReportableDay("2026-11-25", now)).toBe(false);
    expect(isReportableDay("2026-02-29", now)).toBe(false);
    expect(isReportableDay("2022-01-01", now)).toBe(false);
    expect(isReportableDay("22-11-2026", now)).toBe(false);
  });
});

describe("step schema", () => {
  it("turns blank fields into nothing and refuses unknown statuses", () => {
    expect(stepSchema.parse({ complaintId: "7", to: "verifying", reason: "ok", evidence: " ", action: "" })).toMatchObject({
      complaintId: 7,
      evidence: null,
      action: null,
    });
    expect(stepSchema.safeParse({ complaintId: "7", to: "deleted" }).success).toBe(false);
    expect(stepSchema.safeParse({ complaintId: "x", to: "closed" }).success).toBe(false);
  });
});

describe("field errors", () => {
  it("survive fields named after Object's own properties", () => {
    const fields = errors({ ...valid, constructor: 1, toString: 2, ["__proto__"]: 3 });
    expect(fields.constructor).toEqual(["unrecognized"]);
    expect(fields.toString).toEqual(["unrecognized"]);
  });
});

describe("the contact rule", () => {
  it("is reported together with the other fields' errors, so the form shows every problem at once", () => {
    const fields = errors({ unit: "rshd", description: "pendek", anonymous: false });
    expect(fields).toMatchObject({ category: ["category"], description: ["tooShort"], contact: ["contactRequired"] });
    expect(errors([1, 2]).contact).toBeUndefined();
  });
});
