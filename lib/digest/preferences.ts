// A user's own notification choices (the account page): the alerts and the weekly digest off.
import { z } from "zod";

const box = z.preprocess((v) => v === "on", z.boolean());
export const preferencesSchema = z.object({ alertsOff: box, digestOff: box });
export type PreferencesInput = z.infer<typeof preferencesSchema>;
