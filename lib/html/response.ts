// The HTTP side of the citizen pages (lib/html/layout.ts): the Content-Security-Policy made from
// the page's own inline scripts (their SHA-256, so no per-request nonce and no proxy), and the
// caching headers: a page that is the same for everyone may be kept by a shared cache in front
// for a few seconds (s-maxage) and served stale while it refetches; anything personal is
// `private, no-store`.
import { createHash } from "node:crypto";
import { hashedContentSecurityPolicy } from "@/lib/security/csp";

/** Seconds a shared cache (nginx, a CDN) may serve a public page before asking again. */
export const SHARED_MAX_AGE = Number(process.env.PUBLIC_SHARED_MAX_AGE ?? 10);
export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=30`;
export const PRIVATE_CACHE_CONTROL = "private, no-store";

const hashes = new Map<string, string>();

function hashOf(source: string): string {
  let hash = hashes.get(source);
  if (!hash) {
    hash = `'sha256-${createHash("sha256").update(source).digest("base64")}'`;
    if (hashes.size > 1000) hashes.clear(); // scripts are constants and a few translations
    hashes.set(source, hash);
  }
  return hash;
}

/** The policy of a page: its inline <script> elements (no attributes) are allowed by hash. */
export function cspFor(body: string): string {
  const scripts = [...body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]));
  return hashedContentSecurityPolicy(scripts);
}

export type HtmlOptions = {
  /** The same for every visitor in this language: cacheable by a shared cache. */
  shared?: boolean;
};

export function htmlHeaders(body: string, { shared = false }: HtmlOptions = {}): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": cspFor(body),
    "Cache-Control": shared ? SHARED_CACHE_CONTROL : PRIVATE_CACHE_CONTROL,
    // The language comes from a cookie (lib/i18n/locales.ts): a shared cache keys on it.
    Vary: "Cookie",
  };
}

export function htmlResponse(body: string, status = 200, headers: Record<string, string> = {}, options: HtmlOptions = {}) {
  return new Response(body, { status, headers: { ...htmlHeaders(body, options), ...headers } });
}
