// Zod schemas of the improvement-plan forms and API. Messages are codes, translated by the
// caller ("plans.errors", falling back to "admin.errors").
import { z } from "zod";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { parsePeriod } from "@/lib/scores/period";
import { MAX_RECORD_ID } from "@/lib/http/record-id";

export const ACTION_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;

const positiveId = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number("required").int("integer").positive("required").max(MAX_RECORD_ID, "required"),
);
const text = (max: number) => z.string("required").trim().min(3, "required").max(max, "tooLong");
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, "tooLong").nullable().default(null));
const isoDate = z
  .string("required")
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "date");

export const startPlanSchema = z.object({
  unitId: positiveId,
  period: z
    .string("required")
    .trim()
    .refine((v) => parsePeriod(v) !== null, "period")
    .transform((v) => parsePeriod(v)!.key),
});

/** One action of a plan, as written while the plan is a draft or returned. */
export const planActionSchema = z.object({
  element: z.enum(ELEMENT_KEYS, "element"),
  description: text(1000),
  responsible: text(200),
  dueOn: isoDate,
});
export type PlanActionInput = z.infer<typeof planActionSchema>;

/** Progress of an action: a dropped action needs its reason. */
export const actionProgressSchema = z
  .object({
    status: z.enum(ACTION_STATUSES, "actionStatus"),
    droppedReason: optionalText(1000),
    evidence: optionalText(2000),
  })
  .refine((v) => v.status !== "dropped" || (v.droppedReason ?? "").length >= 5, { path: ["droppedReason"], message: "droppedReason" });
export type ActionProgressInput = z.infer<typeof actionProgressSchema>;

export const reviewSchema = z
  .object({
    decision: z.enum(["approve", "return"], "decision"),
    comment: optionalText(2000),
  })
  .refine((v) => v.decision !== "return" || (v.comment ?? "").length >= 5, { path: ["comment"], message: "returnComment" });
export type ReviewInput = z.infer<typeof reviewSchema>;
