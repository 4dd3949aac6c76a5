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

// The controller's contact (/admin/privasi): the office is required, the rest optional; blank is none.
const blankIsNone = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v), schema.optional());

export const privacyContactSchema = z.strictObject({
  office: z.string("required").trim().min(3, "required").max(200, "tooLong"),
  address: blankIsNone(z.string("text").max(300, "tooLong")),
  email: blankIsNone(z.email("email").max(200, "tooLong")),
  phone: blankIsNone(
    z
      .string("text")
      .max(40, "tooLong")
      .regex(/^\+?[0-9 ()-]{6,}$/, "phone"),
  ),
  hours: blankIsNone(z.string("text").max(200, "tooLong")),
});
export type PrivacyContactInput = z.infer<typeof privacyContactSchema>;
