// Zod schemas of the secretariat's workspace forms. Messages are codes, translated by the action
// (namespace "admin.errors"). Form values arrive as strings: checkboxes are "on" or absent.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../accounts/schema";
import { parsePeriod } from "@/lib/scores/period";
import { MAX_RECORD_ID } from "@/lib/http/record-id";
import { isCitySegment } from "@/lib/report/city";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const intFrom = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.number("number").int("integer").min(min, "tooSmall").max(max, "tooLarge"));
const numberFrom = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.number("number").min(min, "tooSmall").max(max, "tooLarge"));

export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{6,20}$/;

export const unitSchema = z.object({
  name: z.string().trim().min(3, "required").max(200, "tooLong"),
  slug: z
    .string()
    .trim()
    .min(2, "required")
    .max(60, "tooLong")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug")
    .refine((v) => !isCitySegment(v), "slugReserved"), // the city's report sits where a unit's slug goes: /laporan/<period>/kota
  typeId: intFrom(1, MAX_RECORD_ID),
  kecamatanId: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number("number").int("integer").positive("tooSmall").max(MAX_RECORD_ID, "tooLarge").nullable()),
  headName: z.string().trim().min(3, "required").max(120, "tooLong"),
  headPhone: z.string().trim().min(1, "required").max(24, "tooLong").regex(PHONE_PATTERN, "phone"),
  headPhoneCheckedAt: z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date").nullable(),
  ),
  yearlyServiceVolume: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number("number").int("integer").min(0, "tooSmall").max(100_000_000, "tooLarge").nullable()),
  active: checkbox,
  // The escalation line above the head (issue 12): a name and a number together, or neither.
  escalationName: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().min(3, "required").max(120, "tooLong").nullable()).optional(),
  escalationTitle: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(120, "tooLong").nullable()).optional(),
  escalationPhone: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(24, "tooLong").regex(PHONE_PATTERN, "phone").nullable()).optional(),
})
  .refine((v) => !v.escalationName === !v.escalationPhone, { path: ["escalationPhone"], message: "required", when: (p) => typeof p.value === "object" && p.value !== null });
export type UnitInput = z.infer<typeof unitSchema>;

export const ROLES = ["admin", "unit_head", "inspector"] as const;

const userFields = {
  name: z.string().trim().min(2, "required").max(120, "tooLong"),
  role: z.enum(ROLES, "role"),
  unitId: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number("number").int("integer").positive("tooSmall").max(MAX_RECORD_ID, "tooLarge").nullable()),
  active: checkbox,
};
const unitForHeads = (v: { role: string; unitId: number | null }) => v.role !== "unit_head" || v.unitId !== null;

export const userCreateSchema = z
  .object({
    ...userFields,
    email: z.string().trim().toLowerCase().max(200, "tooLong").pipe(z.email("email")),
    password: z.string().min(MIN_PASSWORD_LENGTH, "passwordShort").max(200, "tooLong"),
  })
  .refine(unitForHeads, { path: ["unitId"], message: "unitRequired" });

export const userUpdateSchema = z.object(userFields).refine(unitForHeads, { path: ["unitId"], message: "unitRequired" });

export const resetPasswordSchema = z.object({ password: z.string().min(MIN_PASSWORD_LENGTH, "passwordShort").max(200, "tooLong") });

export const settingsSchema = z
  .object({
    scope: z.string().trim().refine((v) => v === "default" || parsePeriod(v) !== null, "period"),
    weightSatisfaction: numberFrom(0, 100),
    weightComplaints: numberFrom(0, 100),
    weightStandards: numberFrom(0, 100),
    zoneRedMax: numberFrom(0, 100),
    zoneYellowMax: numberFrom(0, 100),
    verifyDays: intFrom(1, 365),
    answerDays: intFrom(1, 365),
    closeDays: intFrom(1, 365),
    sampleFloor: intFrom(1, 100_000),
    // The four parts of the complaint-handling component (relative weights) and the verdict
    // window (issue 12); optional so that a form without them keeps the stored values.
    handlingWeightVerify: numberFrom(0, 100).optional(),
    handlingWeightAnswer: numberFrom(0, 100).optional(),
    handlingWeightClose: numberFrom(0, 100).optional(),
    handlingWeightVerdict: numberFrom(0, 100).optional(),
    verdictDays: intFrom(1, 365).optional(),
  })
  // Weights are percentages: together they make 100 (the whole score).
  .refine((v) => Math.abs(v.weightSatisfaction + v.weightComplaints + v.weightStandards - 100) < 0.001, { path: ["weightSatisfaction"], message: "weightsSum" })
  .refine((v) => v.weightSatisfaction > 0, { path: ["weightSatisfaction"], message: "tooSmall" })
  .refine((v) => v.zoneRedMax < v.zoneYellowMax, { path: ["zoneYellowMax"], message: "zonesOrder" })
  .refine((v) => v.answerDays <= v.closeDays, { path: ["closeDays"], message: "deadlinesOrder" })
  .refine((v) => [v.handlingWeightVerify, v.handlingWeightAnswer, v.handlingWeightClose, v.handlingWeightVerdict].some((w) => w === undefined || w > 0), { path: ["handlingWeightVerify"], message: "tooSmall" });
export type SettingsInput = z.infer<typeof settingsSchema>;

export const periodKeySchema = z.string().trim().refine((v) => parsePeriod(v) !== null, "period");

export const excludeSchema = z.object({
  responseId: intFrom(1, MAX_RECORD_ID),
  reason: z.string().trim().min(5, "reasonRequired").max(500, "tooLong"),
});

export const MAX_VISIT_CODES = 500;

/** The record id a workspace form acts on (hidden field `id`); anything else is refused. */
export const recordIdSchema = z.object({ id: intFrom(1, Number.MAX_SAFE_INTEGER) });
export const visitCodesSchema = z.object({ count: intFrom(1, MAX_VISIT_CODES) });
