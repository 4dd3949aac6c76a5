// Security headers for every response (pages, API, assets), applied in next.config.mjs. The
// Content-Security-Policy, which needs a per-request nonce, is set by proxy.ts.
export const STATIC_SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
