// What a JSON API route reads from its request before its own work: the caller's language for
// its messages, and the JSON body parsed with the route's zod schema into message codes by field.
import type { z } from "zod";
import { readJson } from "@/lib/http/read-json";
import { flatFieldErrors } from "@/lib/forms/translate";
import { requestLocale, translatorFor, type Translate } from "@/lib/i18n/translator.server";

/** The translator for an API answer: the language cookie, else an English Accept-Language, else Indonesian. */
export function apiTranslator(request: Parameters<typeof requestLocale>[0]): Promise<Translate> {
  return translatorFor(requestLocale(request, { acceptLanguage: true }));
}

/**
 * The body parsed with `schema`, or its message codes by field (flatFieldErrors); a body that is
 * not JSON, or larger than `maxBytes` (lib/http/read-json.ts), is `{ body: [unreadable] }`.
 */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  { unreadable, maxBytes }: { unreadable: string; maxBytes?: number },
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; codes: Record<string, string[]> }> {
  const body = await readJson(request, maxBytes);
  if (!body.ok) return { ok: false, codes: { body: [unreadable] } };
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, codes: flatFieldErrors(parsed.error) };
}
