// Next.js 16 proxy (formerly middleware): only a per-request CSP nonce. It is never an
// authorisation check (CVE-2025-29927); pages, actions and routes check roles themselves.
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
  // Pages only: static files, images and the JSON API need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/).*)" }],
};
