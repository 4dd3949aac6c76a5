// Parses a submitted form with a zod schema; on failure, the ActionResult with every field's
// messages translated (namespace "admin.errors") and the submitted values to refill the form.
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { failure, type ActionResult } from "@/lib/forms/result";
import { requestText } from "@/lib/http/text";
import { translatedFieldErrors } from "@/lib/forms/translate";

/**
 * The action's form, or an empty one: a server action is a public endpoint, and a forged call
 * (a form post naming a useActionState action, or a `Next-Action` request) may pass anything in
 * its place; an empty form then fails validation like any incomplete one, instead of a 500.
 */
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

export async function parseForm<S extends z.ZodType>(schema: S, form: FormData): Promise<{ data: z.infer<S>; error?: never } | { data?: never; error: ActionResult }> {
  const raw = Object.fromEntries([...asForm(form).entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, typeof v === "string" ? requestText(v) : ""]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const t = await getTranslations("admin.errors");
  const values = Object.fromEntries(Object.entries(raw).filter(([k]) => !/password/i.test(k)));
  return { error: failure(t("form"), translatedFieldErrors(parsed.error, (code) => (t.has(code as "form") ? t(code as "form") : t("invalid"))), values) };
}
