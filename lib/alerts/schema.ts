// The alerts' forms: the rule (the secretariat) and an acknowledgement (the head). Messages are
// codes, translated from "alerts.errors" first, then "admin.errors".
import { z } from "zod";
import { intFrom, numberFrom } from "@/lib/http/form-values";

export const alertRuleSchema = z.object({
  unhappyPercent: intFrom(1, 100),
  windowMinutes: intFrom(5, 24 * 60),
  minAnswers: intFrom(1, 1000),
  unhappyMaxAverage: numberFrom(1, 4),
  quietMinPerDay: intFrom(1, 10_000),
});
export type AlertRuleInput = z.infer<typeof alertRuleSchema>;

export const acknowledgeSchema = z.object({
  note: z.string().trim().min(5, "noteShort").max(1000, "tooLong"),
});
