// The zod schema of the form that leaves a survey response out of every score, with the reason.
// Messages are codes, translated by the action (namespace "admin.errors").
import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/http/record-id";
import { intFrom } from "@/lib/http/form-values";

export const excludeSchema = z.object({
  responseId: intFrom(1, MAX_RECORD_ID),
  reason: z.string().trim().min(5, "reasonRequired").max(500, "tooLong"),
});
