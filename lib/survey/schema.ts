// One schema for a survey submission, shared by the HTML form and the JSON API. Messages are
// codes, translated under "survey.errors". All nine elements are required: the regulation's
// index needs every element, and a citizen who skips one can answer it in a second.
import { z } from "zod";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";

export const GENDERS = ["male", "female"] as const;
export const AGE_BANDS = ["17-24", "25-34", "35-44", "45-54", "55+"] as const;
export const EDUCATION = ["sd", "smp", "sma", "d1_d3", "d4_s1", "s2_plus"] as const;
export const OCCUPATIONS = ["pns_tni_polri", "swasta", "wiraswasta", "pelajar", "lainnya"] as const;

// Form posts carry strings ("3"); JSON carries numbers. Only digit strings are converted, so
// true, [] or "3abc" are refused rather than coerced into an answer.
const answer = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v === "" ? undefined : v),
  z.number("answerRequired").int("answerRange").min(1, "answerRange").max(4, "answerRange"),
);
const optionalText = (max: number) =>
  z
    .string("text")
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, "choice").optional());

export const surveySchema = z.strictObject(
  {
    unit: z.string("unitRequired").trim().min(1, "unitRequired").max(80, "unitRequired"),
    answers: z.strictObject(Object.fromEntries(ELEMENT_KEYS.map((k) => [k, answer])) as Record<ElementKey, typeof answer>, "answersRequired"),
    profile: z
      .strictObject(
        {
          gender: optionalChoice(GENDERS),
          ageBand: optionalChoice(AGE_BANDS),
          education: optionalChoice(EDUCATION),
          occupation: optionalChoice(OCCUPATIONS),
        },
        "profile",
      )
      .optional(),
    service: optionalText(120),
    comment: optionalText(1000),
    visitCode: z
      .string("visitCode")
      .trim()
      .toUpperCase()
      .max(20, "visitCode")
      .optional()
      .transform((v) => (v ? v : undefined)),
  },
  "body",
);

export type SurveyInput = z.infer<typeof surveySchema>;

/** The flat field names of the HTML form (u1..u9, gender, …) mapped into the schema's shape. */
export function surveyFromForm(unit: string, form: Record<string, string>): unknown {
  return {
    unit,
    answers: Object.fromEntries(ELEMENT_KEYS.map((k) => [k, form[k] ?? undefined])),
    profile: { gender: form.gender, ageBand: form.ageBand, education: form.education, occupation: form.occupation },
    service: form.service,
    comment: form.comment,
    visitCode: form.visitCode,
  };
}

// Shared with the complaint form and API (lib/forms/translate.ts).
export { flatFieldErrors } from "@/lib/forms/translate";
