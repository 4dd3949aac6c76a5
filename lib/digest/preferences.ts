// A user's own notification choices (the account page): the alerts and the weekly digest off, and
// the language of what is sent to them (the digest, alerts, deadline reminders).
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

const box = z.preprocess((v) => v === "on", z.boolean());
export const preferencesSchema = z.object({ alertsOff: box, digestOff: box, language: z.enum(locales, { message: "language" }) });
export type PreferencesInput = z.infer<typeof preferencesSchema>;
