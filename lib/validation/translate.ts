import { z } from "zod";
import type { FieldErrors } from "@/lib/actions/result";

/** Field errors of a failed parse, with each message code translated by `t`. */
export function translatedFieldErrors(error: z.ZodError, t: (code: string) => string): FieldErrors {
  const flat = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(flat).map(([field, codes]) => [field, codes?.map((code) => t(code))]));
}
