// A reporter's request handled by the secretariat (/admin/privasi): the tracking code the reporter
// gives, and the explicit confirmation that erasing is what they asked for. Messages are codes,
// translated under "privacy.errors".
import { z } from "zod";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";

export const trackingCodeField = z.string("trackingCode").transform((v, ctx) => {
  const code = parseTrackingCode(v);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "trackingCode" });
    return z.NEVER;
  }
  return code;
});

export const eraseRequestSchema = z.strictObject({
  code: trackingCodeField,
  confirm: z.literal("on", "confirmRequired"),
});
