// The query of the workspace's exports: a period (default the current quarter), an optional unit
// slug, and the format (CSV, the default, or XLSX).
import { z } from "zod";
import { currentQuarter, parsePeriod, type Period } from "@/lib/scores/period";

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

/**
 * The plan periods an export of `period` covers: plans are written per quarter, so a year takes
 * its four quarters (and its semesters and itself, should a plan carry one), a semester its two.
 */
export function planPeriodKeys(period: Period): string[] {
  const y = period.year;
  if (period.kind === "year") return [`${y}`, `${y}-S1`, `${y}-S2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`];
  if (period.kind === "semester") return [period.key, `${y}-Q${period.index * 2 - 1}`, `${y}-Q${period.index * 2}`];
  return [period.key];
}
