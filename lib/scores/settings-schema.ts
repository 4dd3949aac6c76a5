// The zod schemas of the scoring settings form (a scope's weights, zone scheme, deadlines and sample
// floor) and of a period key. Messages are codes, translated by the action (namespace "admin.errors").
import { z } from "zod";
import { parsePeriod } from "./period";
import { intFrom, numberFrom } from "@/lib/http/form-values";
import type { ScoringSettings } from "./compliance";

export const settingsSchema = z
  .object({
    scope: z
      .string()
      .trim()
      .refine((v) => v === "default" || parsePeriod(v) !== null, "period"),
    weightSatisfaction: numberFrom(0, 100),
    weightComplaints: numberFrom(0, 100),
    weightStandards: numberFrom(0, 100),
    // The zone scheme's key (lib/scores/zones.ts); the action checks that it exists.
    zoneScheme: z.string("required").trim().min(1, "required").max(40, "tooLong"),
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
  .refine((v) => v.answerDays <= v.closeDays, { path: ["closeDays"], message: "deadlinesOrder" })
  .refine((v) => [v.handlingWeightVerify, v.handlingWeightAnswer, v.handlingWeightClose, v.handlingWeightVerdict].some((w) => w === undefined || w > 0), {
    path: ["handlingWeightVerify"],
    message: "tooSmall",
  });
export type SettingsInput = z.infer<typeof settingsSchema>;

/** A period key from a form (a checklist's period). */
export const periodKeySchema = z
  .string()
  .trim()
  .refine((v) => parsePeriod(v) !== null, "period");

/** The settings in force as the form's input for a scope (the scheme by its key). */
export function settingsInput(scope: string, s: ScoringSettings): SettingsInput {
  const { weightSatisfaction, weightComplaints, weightStandards, verifyDays, answerDays, closeDays, sampleFloor } = s;
  const { handlingWeightVerify, handlingWeightAnswer, handlingWeightClose, handlingWeightVerdict, verdictDays } = s;
  return {
    scope,
    weightSatisfaction,
    weightComplaints,
    weightStandards,
    zoneScheme: s.zoneScheme.key,
    verifyDays,
    answerDays,
    closeDays,
    sampleFloor,
    handlingWeightVerify,
    handlingWeightAnswer,
    handlingWeightClose,
    handlingWeightVerdict,
    verdictDays,
  };
}
