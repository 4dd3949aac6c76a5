// Which paths are citizen pages: route handlers rendered by lib/html/layout.ts that set their own
// Content-Security-Policy (their inline scripts allowed by hash, lib/html/response.ts), so that a
// page the same for everyone can be cached whole. proxy.ts lets them through with the URL check
// only (no nonce); the front (server/front.ts) answers some of them itself, which gives the same
// answer only because the proxy adds nothing to them (server/hot-routes.test.ts checks that every
// hot page is listed here). Its own module so that the test can read it without Next.js's runtime.
// A new citizen route that renders with lib/html/layout.ts adds its path here.

/** Citizen pages rendered by lib/html/layout.ts with their own hash-based policy. */
export const CITIZEN_PAGE = /^\/(?:$|s\/|unit\/|peringkat|metode|pengaduan|lacak|laporan$|bahasa|privasi|robots\.txt|assets\/)/;
