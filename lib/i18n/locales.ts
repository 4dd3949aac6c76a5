// Indonesian is the default: the product serves Kota Bengkulu. English is for visitors and
// partners. The chosen language is kept in a cookie (no locale in the URL, so the survey URL on a
// printed QR poster is the same for everyone).
export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored language (User.language) as a locale: anything unknown reads as Indonesian. */
export function userLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}
