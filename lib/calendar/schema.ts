// The form of a non-working day (/admin/kalender). Messages are codes, translated from
// "calendar.errors" first, then the workspace's shared "admin.errors".
import { z } from "zod";

/** A real calendar date written "YYYY-MM-DD" (the date input's value), between 2000 and 2100. */
export const daySchema = z
  .string()
  .trim()
  .refine((v) => {
    // One check, one message: the shape, then a date that exists (no 31 February).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31";
  }, "day");

export const nonWorkingDaySchema = z.object({
  day: daySchema,
  nameId: z.string().trim().min(2, "name").max(120, "tooLong"),
  nameEn: z.string().trim().min(2, "name").max(120, "tooLong"),
  kind: z.enum(["holiday", "cuti_bersama"], { message: "kind" }),
  confirmed: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type NonWorkingDayInput = z.infer<typeof nonWorkingDaySchema>;
