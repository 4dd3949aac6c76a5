import { describe, expect, it } from "vitest";
import { flatFieldErrors, surveyFromForm, surveySchema } from "./schema";

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };

describe("survey schema", () => {
  it("accepts a complete survey and trims optional text", () => {
    const parsed = surveySchema.parse({ unit: "rshd", answers, service: "  Rawat jalan ", comment: "", visitCode: " ab12cd " });
    expect(parsed.service).toBe("Rawat jalan");
    expect(parsed.comment).toBeUndefined();
    expect(parsed.visitCode).toBe("AB12CD");
  });

  it("requires all nine answers, each 1 to 4, and names the field", () => {
    const result = surveySchema.safeParse({ unit: "rshd", answers: { ...answers, u3: 5, u9: undefined } });
    expect(result.success).toBe(false);
    const fields = flatFieldErrors(result.error!);
    expect(fields.u3).toEqual(["answerRange"]);
    expect(fields.u9).toEqual(["answerRequired"]);
  });

  it("refuses unknown fields and wrong types", () => {
    expect(surveySchema.safeParse({ unit: "rshd", answers, extra: 1 }).success).toBe(false);
    expect(surveySchema.safeParse({ unit: "rshd", answers: { ...answers, u10: 1 } }).success).toBe(false);
    expect(surveySchema.safeParse({ unit: "rshd", answers: { ...answers, u1: 2.5 } }).success).toBe(false);
    expect(surveySchema.safeParse({ unit: 7, answers }).success).toBe(false);
    expect(surveySchema.safeParse({ unit: "rshd", answers, profile: { gender: "x" } }).success).toBe(false);
    expect(surveySchema.safeParse({ unit: "rshd", answers, comment: "x".repeat(1001) }).success).toBe(false);
    expect(surveySchema.safeParse(null).success).toBe(false);
  });

  it("reads the HTML form's flat fields, with empty choices as absent", () => {
    const form = { u1: "4", u2: "3", u3: "2", u4: "4", u5: "3", u6: "3", u7: "4", u8: "2", u9: "3", gender: "", education: "sma", comment: "Ramah" };
    const parsed = surveySchema.parse(surveyFromForm("rshd", form));
    expect(parsed.answers.u1).toBe(4);
    expect(parsed.profile).toEqual({ gender: undefined, ageBand: undefined, education: "sma", occupation: undefined });
  });
});
