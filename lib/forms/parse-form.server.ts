// Reading a workspace form posted to a server action: its text fields, cleaned; the values to
// refill it with; and parsing it with a zod schema, each failed field's message codes translated
// (by default from "admin.errors") into the one ActionResult shape.
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

/** The form's text fields as the app keeps text (lib/http/text.ts); React's own `$…` fields left out, a file is "". */
export function formFields(form: unknown): Record<string, string> {
  return Object.fromEntries([...asForm(form).entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, typeof v === "string" ? requestText(v) : ""]));
}

/** The submitted fields to refill a form with after an error: never a password. */
export function echoValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !/password/i.test(k)));
}

/**
 * Where a form's messages come from: a field's code from the first of `namespaces` that has it,
 * else `fallback` of the last one (the shared namespace, which also says "form", the message for
 * the whole form).
 */
export type FormMessages = { namespaces: readonly [string, ...string[]]; fallback: string };

/** The workspace's shared messages. */
export const WORKSPACE_MESSAGES: FormMessages = { namespaces: ["admin.errors"], fallback: "invalid" };

type Translator = { (key: string): string; has(key: string): boolean };

/** The form-wide message and a field message for each code, from `messages` (pure, given the translators). */
export function messagesFrom(translators: readonly Translator[], fallback: string): { form: string; field: (code: string) => string } {
  const shared = translators[translators.length - 1];
  return { form: shared("form"), field: (code) => translators.find((t) => t.has(code))?.(code) ?? shared(fallback) };
}

export async function formMessages(messages: FormMessages = WORKSPACE_MESSAGES) {
  const translators = await Promise.all(messages.namespaces.map(async (namespace) => (await getTranslations(namespace as never)) as unknown as Translator));
  return messagesFrom(translators, messages.fallback);
}

/** The form parsed with `schema`, or the failure to return: every field's messages translated, the values echoed. */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
  messages: FormMessages = WORKSPACE_MESSAGES,
): Promise<{ data: z.infer<S>; error?: never } | { data?: never; error: ActionResult<never> }> {
  const raw = formFields(form);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const t = await formMessages(messages);
  return { error: failure(t.form, translatedFieldErrors(parsed.error, t.field), echoValues(raw)) };
}
