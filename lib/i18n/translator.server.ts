// Translations outside React: for the citizen pages rendered as plain HTML (lib/survey/page.ts)
// and for the public API's error messages. Same message files and ICU syntax as next-intl.
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, localeCookie, type Locale } from "./locales";
import { loadMessages } from "./messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

// The message files are static: load each language once per process.
const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

export async function translatorFor(locale: Locale): Promise<Translate> {
  if (!loaded.has(locale)) loaded.set(locale, loadMessages(locale));
  const messages = await loaded.get(locale)!;
  const t = createTranslator({ locale, messages, timeZone: "Asia/Jakarta" });
  return (key, values) => t(key as never, values as never);
}

/**
 * The visitor's language: the cookie set by the language switch; for API clients without one,
 * an Accept-Language that prefers English; otherwise Indonesian.
 */
export function requestLocale(
  request: { headers: Headers; cookies: { get(name: string): { value: string } | undefined } },
  { acceptLanguage = false } = {},
): Locale {
  const fromCookie = request.cookies.get(localeCookie)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  if (acceptLanguage && /^\s*en\b/i.test(request.headers.get("accept-language") ?? "")) return "en";
  return defaultLocale;
}
