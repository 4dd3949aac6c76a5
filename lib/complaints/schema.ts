// One schema for filing a complaint, shared by the plain-HTML form (/pengaduan) and the JSON API
// (POST /api/v1/complaints), and the schema of a handler's step in the workspace. Messages are
// codes, translated under "complaints.errors".
import { z } from "zod";
import { ACTIONS, CATEGORIES, SEVERITIES, STATUSES } from "@/lib/complaints/lifecycle";
import { MAX_RECORD_ID } from "@/lib/http/record-id";

const text = (min: number, max: number, required = "required") =>
  z
    .string(required)
    .trim()
    .min(min, min > 1 ? "tooShort" : required)
    .max(max, "tooLong");
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (v === null ? undefined : v),
    z
      .string("text")
      .trim()
      .max(max, "tooLong")
      .optional()
      .transform((v) => (v ? v : undefined)),
  );
// Indonesian mobile (WhatsApp) numbers: 08…, 628… or +628…, spaces and dashes allowed.
const phone = z
  .string("phone")
  .trim()
  .max(24, "phone")
  .transform((v) => v.replace(/[\s-]/g, ""))
  .refine((v) => v === "" || /^(?:\+62|62|0)8\d{7,12}$/.test(v), "phone");
const email = z
  .string("email")
  .trim()
  .max(200, "email")
  .refine((v) => v === "" || z.email().safeParse(v).success, "email");
// Form posts carry "on" (checkbox) or "true"; JSON carries a boolean. Nothing else is a choice.
const flag = z.preprocess((v) => (v === "on" || v === "true" ? true : v === undefined || v === "" || v === "false" ? false : v), z.boolean("anonymous"));

/** "YYYY-MM-DD", a real day, not in the future (a day of slack for time zones), at most two years ago. */
export function isReportableDay(value: string, now = new Date()): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return false; // 2026-02-30
  const day = utc.getTime() - 7 * 3_600_000; // midnight in the city
  return day <= now.getTime() + 86_400_000 && day >= now.getTime() - 2 * 366 * 86_400_000;
}

// The fields of a complaint, whoever enters it: the citizen (web form, API) or a handler
// recording one received elsewhere (lib/complaints/recorded-schema.ts).
export const complaintFields = {
  unit: z.string("unitRequired").trim().min(1, "unitRequired").max(80, "unitRequired"),
  category: z.enum(CATEGORIES, "category"),
  description: text(20, 4000, "descriptionRequired"),
  // An empty date is "required", not "invalid".
  occurredOn: z
    .string("required")
    .trim()
    .min(1, "required")
    .refine((v) => v === "" || isReportableDay(v), "date"),
  staffName: optionalText(120),
  room: optionalText(120),
  anonymous: flag,
  contact: z.strictObject({ name: optionalText(120), phone: phone.optional(), email: email.optional() }, "contact").optional(),
};

/**
 * The contact rules: a phone or an email unless anonymous, and nothing when anonymous. Checked
 * even when other fields fail (`when`), so the form shows every problem at once; the value may
 * then be partly invalid, hence the defensive reads.
 */
export function withContactRules<T extends z.ZodType>(schema: T) {
  return schema
    .refine((v) => !(flagOf(v) === true && contactGiven(v, ["name", "phone", "email"])), { path: ["contact"], message: "anonymousWithContact", when: isObject })
    .refine((v) => flagOf(v) === true || contactGiven(v, ["phone", "email"]), { path: ["contact"], message: "contactRequired", when: isObject });
}

export const complaintSchema = withContactRules(
  z.strictObject(
    {
      ...complaintFields,
      surveyResponseId: z.preprocess(
        (v) => (typeof v === "string" && /^\s*\d{1,12}\s*$/.test(v) ? Number(v) : v === "" ? undefined : v),
        z.number("number").int("number").positive("number").max(MAX_RECORD_ID, "number").optional(),
      ),
    },
    "body",
  ),
);

function isObject(payload: { value: unknown }): boolean {
  return typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value);
}
function flagOf(value: unknown): unknown {
  return (value as { anonymous?: unknown }).anonymous;
}
/** Whether the contact has a non-empty text in one of `keys`. "Anonymous" means no contact stored at all. */
function contactGiven(value: unknown, keys: string[]): boolean {
  const contact = (value as { contact?: unknown }).contact;
  if (typeof contact !== "object" || contact === null) return false;
  return keys.some((k) => {
    const v = (contact as Record<string, unknown>)[k];
    return typeof v === "string" && v.trim() !== "";
  });
}

export type ComplaintInput = z.infer<typeof complaintSchema>;

/** The report's flat form fields in the schema's shape, shared by the citizen's and the recorder's forms. */
export function reportFromForm(form: Record<string, string>) {
  return {
    category: form.category || undefined,
    description: form.description,
    occurredOn: form.occurredOn,
    staffName: form.staffName,
    room: form.room,
    anonymous: form.anonymous,
    contact: { name: form.name, phone: form.phone, email: form.email },
  };
}

/** The HTML form's flat fields mapped into the schema's shape. */
export function complaintFromForm(form: Record<string, string>): unknown {
  return {
    unit: form.unit,
    ...reportFromForm(form),
    surveyResponseId: form.response,
  };
}

/** The form's flat name of each schema field, where they differ (errors are shown by these). */
export const FORM_NAME: Record<string, string> = { surveyResponseId: "response" };

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A handler's step on a case (the workspace form); the lifecycle rules check the rest. */
export const stepSchema = z.object({
  complaintId: z.preprocess(
    (v) => (typeof v === "string" ? Number(v) : v),
    z.number("invalid").int("invalid").positive("invalid").max(MAX_RECORD_ID, "invalid"),
  ),
  to: z.enum(STATUSES, "invalid"),
  reason: z.preprocess(blankToNull, z.string().trim().max(2000, "tooLong").nullable().optional()),
  evidence: z.preprocess(blankToNull, z.string().trim().max(4000, "tooLong").nullable().optional()),
  publicNote: z.preprocess(blankToNull, z.string().trim().max(4000, "tooLong").nullable().optional()),
  answer: z.preprocess(blankToNull, z.string().trim().max(4000, "tooLong").nullable().optional()),
  action: z.preprocess(blankToNull, z.enum(ACTIONS, "invalid").nullable().optional()),
  severity: z.preprocess(blankToNull, z.enum(SEVERITIES, "invalid").nullable().optional()),
});
export type StepFormInput = z.infer<typeof stepSchema>;
