// Next.js 16 proxy (formerly middleware): only a per-request CSP nonce, for the React pages (the
// workspace and the framework's 404). It is never an authorisation check (CVE-2025-29927);
// pages, actions and routes check roles themselves. The citizen pages are route handlers that
// set their own policy, allowing their inline scripts by hash (lib/public/http.ts), so that a
// page the same for everyone can be cached whole: they are left out here, with static files,
// the JSON API and the chart script. A new citizen route adds its path to this list.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, NONCE_HEADER } from "@/lib/security/csp";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // `.+`, not `.*`: the home page (/) is a citizen page too.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/|assets/|s/|unit/|peringkat|metode|pengaduan|lacak|bahasa|robots.txt).+)" }],
};
