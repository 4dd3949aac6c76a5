// The kiosk screen (/kiosk) of a paired device: the device's cookie names its unit. Without a
// valid token, a page that asks for pairing. Plain HTML and one small script: lib/kiosk/page.ts.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/db.server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { findDeviceByToken } from "@/lib/kiosk/devices.server";
import { kioskMessagePage, kioskScreen } from "@/lib/kiosk/page";
import { KIOSK_COOKIE } from "@/lib/kiosk/secrets";
import { NONCE_HEADER } from "@/lib/security/csp";
import { htmlResponse } from "@/lib/html/response";

/** Seconds without a touch before a half-filled form is cleared; KIOSK_IDLE_SECONDS overrides (tests). */
function idleSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.KIOSK_IDLE_SECONDS);
  return Number.isInteger(value) && value > 0 ? value : 60;
}

export async function GET(request: NextRequest) {
  const token = request.cookies.get(KIOSK_COOKIE)?.value;
  const device = token ? await findDeviceByToken(db, token) : null;
  if (!device) {
    const t = await translatorFor(requestLocale(request));
    return htmlResponse(kioskMessagePage(requestLocale(request), t("kiosk.pair.notPairedTitle"), t("kiosk.pair.notPaired")), 401);
  }
  const [id, en] = await Promise.all([translatorFor("id"), translatorFor("en")]);
  const screen = { unitSlug: device.unitSlug, unitName: device.unitName, minSeconds: device.minSeconds, idleSeconds: idleSeconds(), thanksSeconds: 5 };
  return htmlResponse(kioskScreen(screen, { id, en }, request.headers.get(NONCE_HEADER)));
}
