// The review of a group of held survey answers (app/admin/respons/ditahan).
import { z } from "zod";

export const reviewHeldSchema = z.object({
  groupKey: z.string().min(1, "invalid").max(200, "invalid"),
  reason: z.string().trim().min(5, "reasonRequired").max(500, "tooLong"),
});
