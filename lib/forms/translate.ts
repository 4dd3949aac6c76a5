import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/result";

/** Field errors of a failed parse, with each message code translated by `t`. */
export function translatedFieldErrors(error: z.ZodError, t: (code: string) => string): FieldErrors {
  const flat = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(flat).map(([field, codes]) => [field, codes?.map((code) => t(code))]));
}

/**
 * Field errors keyed by the form's flat names (answers.u3 -> u3, contact.phone -> phone): the
 * last segment of each issue's path, "body" for the whole body. Messages stay codes.
 */
export function flatFieldErrors(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object: a client may name a field "constructor" or "__proto__".
  const fields = new Map<string, string[]>();
  const add = (key: string, code: string) => fields.set(key, [...(fields.get(key) ?? []), code]);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // Name each unknown field, so that a client sees which one to drop.
      for (const unknown of issue.keys) add(unknown, "unrecognized");
      continue;
    }
    add(issue.path.length ? String(issue.path[issue.path.length - 1]) : "body", issue.message);
  }
  return Object.fromEntries(fields);
}
