// Tracking a complaint: a plain GET form; a well-formed code goes to /lacak/<code>.
import type { NextRequest } from "next/server";
import { trackForm } from "@/lib/complaints/page";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { htmlResponse } from "@/lib/html/response";
import { seeOther } from "@/lib/forms/read-form";
import { page } from "@/lib/html/layout";

export async function GET(request: NextRequest) {
  const locale = requestLocale(request);
  const t = await translatorFor(locale);
  const typed = request.nextUrl.searchParams.get("kode");
  const code = typed === null ? null : parseTrackingCode(typed);
  if (code) return seeOther(`/lacak/${code}`);
  const error = typed === null ? null : t("complaints.track.badCode");
  const body = trackForm((typed ?? "").slice(0, 40), error, t);
  const shell = { locale, path: "/lacak", t, title: t("complaints.track.pageTitle"), description: t("complaints.track.description") };
  return htmlResponse(page({ ...shell, body }), error ? 400 : 200);
}
