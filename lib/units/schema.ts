// Zod schemas of the secretariat's unit forms: a unit (its head, contact and escalation line) and
// a batch of visit codes. Messages are codes, translated by the action (namespace "admin.errors").
// Form values arrive as strings: checkboxes are "on" or absent.
import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/http/record-id";
import { checkbox, intFrom } from "@/lib/http/form-values";
import { isCitySegment } from "@/lib/report/city";

export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{6,20}$/;

/** A civil servant's NIP: 18 digits, spaces as printed allowed ("19700101 199003 1 001"); blank is none. */
export const nipSchema = z.preprocess(
  (v) => (v === "" || v == null ? null : typeof v === "string" ? v.replace(/\s+/g, "") : v),
  z
    .string()
    .regex(/^\d{18}$/, "nip")
    .nullable(),
);

export const unitSchema = z
  .object({
    name: z.string().trim().min(3, "required").max(200, "tooLong"),
    slug: z
      .string()
      .trim()
      .min(2, "required")
      .max(60, "tooLong")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug")
      .refine((v) => !isCitySegment(v), "slugReserved"), // the city's report sits where a unit's slug goes: /laporan/<period>/kota
    typeId: intFrom(1, MAX_RECORD_ID),
    kecamatanId: z.preprocess(
      (v) => (v === "" || v == null ? null : Number(v)),
      z.number("number").int("integer").positive("tooSmall").max(MAX_RECORD_ID, "tooLarge").nullable(),
    ),
    headName: z.string().trim().min(3, "required").max(120, "tooLong"),
    // The head's title and NIP, for the signature of the unit's SKM report: kept as stored when not sent.
    headTitle: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(120, "tooLong").nullable()).optional(),
    headNip: nipSchema.optional(),
    headPhone: z.string().trim().min(1, "required").max(24, "tooLong").regex(PHONE_PATTERN, "phone"),
    headPhoneCheckedAt: z.preprocess(
      (v) => (v === "" || v == null ? null : v),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
        .nullable(),
    ),
    yearlyServiceVolume: z.preprocess(
      (v) => (v === "" || v == null ? null : Number(v)),
      z.number("number").int("integer").min(0, "tooSmall").max(100_000_000, "tooLarge").nullable(),
    ),
    active: checkbox,
    // The escalation line above the head (issue 12): a name and a number together, or neither.
    escalationName: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().min(3, "required").max(120, "tooLong").nullable()).optional(),
    escalationTitle: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(120, "tooLong").nullable()).optional(),
    escalationPhone: z
      .preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(24, "tooLong").regex(PHONE_PATTERN, "phone").nullable())
      .optional(),
  })
  .refine((v) => !v.escalationName === !v.escalationPhone, {
    path: ["escalationPhone"],
    message: "required",
    when: (p) => typeof p.value === "object" && p.value !== null,
  });
export type UnitInput = z.infer<typeof unitSchema>;

export const MAX_VISIT_CODES = 500;
export const visitCodesSchema = z.object({ count: intFrom(1, MAX_VISIT_CODES) });
