// The query of the workspace's exports: a period (default the current quarter), an optional unit
// slug, and the format (CSV, the default, or XLSX).
import { z } from "zod";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

export const exportQuerySchema = z.object({
  period: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(20, "period")
      .refine((v) => parsePeriod(v) !== null, "period")
      .optional(),
  ),
  unit: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(60, "unit")
      .regex(/^[a-z0-9-]+$/, "unit")
      .optional(),
  ),
  format: z.preprocess(blankToUndefined, z.enum(["csv", "xlsx"], "format").default("csv")),
});

export function exportPeriod(key: string | undefined) {
  return key ? parsePeriod(key)! : currentQuarter(new Date());
}
