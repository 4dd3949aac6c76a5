// The one-time pairing link the workspace shows (as a link and a QR code), valid 15 minutes.
// GET shows what the device will become and one button; POST pairs: the device gets its token as
// a long-lived cookie (only the token's hash is stored) and opens the kiosk screen.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/db.server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { findPairingTarget, pairKioskDevice } from "@/lib/kiosk/devices.server";
import { kioskMessagePage, pairingPage } from "@/lib/kiosk/page";
import { KIOSK_COOKIE } from "@/lib/kiosk/secrets";
import { htmlResponse } from "@/lib/html/response";

type Params = { params: Promise<{ code: string }> };

const CODE = /^[A-Za-z0-9_-]{20,100}$/;
const YEAR_SECONDS = 365 * 24 * 3600;

export async function GET(request: NextRequest, { params }: Params) {
  const { code } = await params;
  const locale = requestLocale(request);
  const t = await translatorFor(locale);
  const target = CODE.test(code) ? await findPairingTarget(db, code) : null;
  if (!target) return htmlResponse(kioskMessagePage(locale, t("kiosk.pair.invalidTitle"), t("kiosk.pair.invalid")), 404);
  return htmlResponse(pairingPage(locale, code, target, t));
}

export async function POST(request: NextRequest, { params }: Params) {
  const { code } = await params;
  const paired = CODE.test(code) ? await pairKioskDevice(db, code) : null;
  if (!paired) {
    const locale = requestLocale(request);
    const t = await translatorFor(locale);
    return htmlResponse(kioskMessagePage(locale, t("kiosk.pair.invalidTitle"), t("kiosk.pair.invalid")), 404);
  }
  const secure = (process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || "").startsWith("https:") ? "; Secure" : "";
  // Strict: no other site can make the kiosk send its token.
  const cookie = `${KIOSK_COOKIE}=${paired.token}; Path=/; Max-Age=${YEAR_SECONDS}; HttpOnly; SameSite=Strict${secure}`;
  return new Response(null, { status: 303, headers: { Location: "/kiosk", "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}
