// Next.js 16 proxy (formerly middleware), run before every route: it refuses URLs the app cannot
// read, and gives each page a CSP nonce. It is never an authorisation check (CVE-2025-29927);
// pages, actions and routes check roles themselves.
//
// Why URLs are checked here: Next.js decodes the path segments of dynamic routes itself
// (`/unit/[slug]`), and on malformed percent-encoding (`/unit/%ff`, `/s/%ED%A0%80`) it tries to
// render a pages-router `/400` that an App Router app does not have, and answers a plain 500. The
// proxy runs before that, so such a URL gets the 404 page (pages) or a 400 JSON error (APIs) on
// every route; a NUL (`%00`) in the path or query is refused the same way (lib/http/text.ts).
// Likewise a server action call (`Next-Action` header) whose arguments are not what React sends
// (text that is not JSON, a multipart body without its root part) fails inside Next.js's decoder
// with a 500 before the action runs: it gets a 400 here (`readableActionBody`).
//
// The citizen pages (CITIZEN_PAGE, lib/http/citizen-pages.ts) are route handlers that set their own
// policy, allowing their inline scripts by hash (lib/html/response.ts), so that a page the same for
// everyone can be cached whole: they pass the URL check only and get no nonce. A new citizen route
// that renders with lib/html/layout.ts adds its path to CITIZEN_PAGE.
import { NextResponse, type NextRequest } from "next/server";
import { CITIZEN_PAGE } from "@/lib/http/citizen-pages";
import { readableActionBody, readableUrl } from "@/lib/http/text";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { contentSecurityPolicy, NONCE_HEADER } from "@/lib/security/csp";

/** A path no route matches: rewriting to it renders the app's 404 page (app/not-found.tsx). */
const UNREADABLE_URL_PAGE = "/_unreadable-url";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const readable = readableUrl(pathname, search);
  if (pathname.startsWith("/api/")) {
    if (readable) return NextResponse.next();
    const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
    return NextResponse.json({ error: "malformed_url", message: t("http.malformedUrl") }, { status: 400 });
  }

  if (readable && CITIZEN_PAGE.test(pathname)) return NextResponse.next();

  if (request.method === "POST" && request.headers.has("next-action") && !(await readableActionBody(request.clone()))) {
    return new NextResponse(null, { status: 400 });
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = readable
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(new URL(UNREADABLE_URL_PAGE, request.url), { request: { headers: requestHeaders }, status: 404 });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every route but static files (the JSON API too, for the URL check; it gets no nonce).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
