// The secretariat's decision on a held complaint (app/admin/pengaduan/ditahan).
import { z } from "zod";

export const releaseHeldComplaintSchema = z.object({ complaintId: z.coerce.number("invalid").int("invalid").positive("invalid") });

export const rejectHeldComplaintSchema = releaseHeldComplaintSchema.extend({
  reason: z.string().trim().min(5, "reasonRequired").max(500, "tooLong"),
});
