// Inputs of the kiosk: an answer as the kiosk screen sends it (the survey without a visit code,
// plus the time it was made on the device), the Idempotency-Key header, and the workspace forms.
// Messages are codes, translated under "survey.errors" (answers) and "kiosk.errors" (the rest).
import { z } from "zod";
import { surveySchema } from "@/lib/survey/schema";
import { MAX_RECORD_ID } from "@/lib/http/record-id";

export const kioskSurveySchema = surveySchema.omit({ visitCode: true }).extend({
  madeAt: z.iso.datetime({ offset: true, error: "madeAt" }).transform((v) => new Date(v)),
});
export type KioskSurveyInput = z.infer<typeof kioskSurveySchema>;

/** An Idempotency-Key: any client's own id for one submission (the kiosk sends a UUID). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{8,100}$/, "idempotencyKey");

export const kioskDeviceSchema = z.object({
  unitId: z.coerce.number().int().positive().max(MAX_RECORD_ID),
  name: z.string().trim().min(1, "required").max(80, "tooLong"),
});

export const kioskLimitsSchema = z.object({
  unitId: z.coerce.number().int().positive().max(MAX_RECORD_ID),
  minSeconds: z.coerce.number("number").int("integer").min(0, "tooSmall").max(3600, "tooLarge"),
  maxPerHour: z.coerce.number("number").int("integer").min(1, "tooSmall").max(3600, "tooLarge"),
});
