// Language switch as a plain link (works without JavaScript): sets the locale cookie and
// returns to the page the visitor came from.
import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, localeCookie } from "@/lib/i18n/locales";
import { safeLocalPath } from "@/lib/http/safe-path";

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const locale = isLocale(to) ? to : defaultLocale;
  const back = safeLocalPath(request.nextUrl.searchParams.get("next") ?? sameOriginPath(request));
  // A relative Location: request.url may name another host than the one the visitor used
  // (behind a proxy, or localhost vs 127.0.0.1), and the cookie belongs to the visitor's host.
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  response.cookies.set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return response;
}

function sameOriginPath(request: NextRequest): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === request.headers.get("host") ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}
