// The Content-Security-Policy of every page. Scripts run only with the per-request nonce
// (Next.js puts it on its own scripts when it finds it in the request's CSP header; our own
// server-rendered pages read it from `x-nonce`), so an injected <script> never runs. Inline
// style attributes stay allowed: chart.js sizes its canvas with them, and styles cannot run code.
// Workers may only be our own scripts: the kiosk's service worker (app/kiosk/sw.js), which
// 'strict-dynamic' alone would block.
export const NONCE_HEADER = "x-nonce";

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the citizen pages (lib/html/response.ts): scripts from this origin or inline ones
 * with these hashes; no nonce, so the same page can be served to everyone from a cache.
 */
export function hashedContentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
