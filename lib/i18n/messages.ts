// Translation files are split by feature (messages/<locale>/<feature>.json) so that features do
// not edit one shared file; each file holds one or more top-level namespaces. Add a new feature
// file to FEATURES; the completeness test checks that every key exists in both languages.
import type { Locale } from "./locales";

export const FEATURES = [
  "common",
  "home",
  "auth",
  "scoring",
  "survey",
  "admin",
  "complaints",
  "public",
  "http",
  "privacy",
  "kiosk",
  "hold",
  "public-pages",
  "complaint-channels",
  "plans",
  "zone-schemes",
  "calendar",
  "schedule",
  "alerts",
  "digest",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(FEATURES.map((feature) => import(`../../messages/${locale}/${feature}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts);
}
