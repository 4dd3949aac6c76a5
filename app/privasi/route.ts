// /privasi: what personal data Rapor Layanan keeps, why, for how long and who sees it, in plain
// words (UU PDP No. 27/2022), and where to send a request about one's data (the controller's contact
// the secretariat fills). A plain-HTML page like the complaint form, which links to it.
import type { NextRequest } from "next/server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { privacyPage } from "@/lib/privacy/page";
import { retentionDays } from "@/lib/privacy/retention";
import { htmlResponse } from "@/lib/html/response";
import { page } from "@/lib/html/layout";
import { getPrivacyContact } from "@/lib/privacy/contact.server";
import { db } from "@/lib/db/db.server";

export async function GET(request: NextRequest) {
  const locale = requestLocale(request);
  const t = await translatorFor(locale);
  const body = privacyPage(t, retentionDays(), await getPrivacyContact(db));
  return htmlResponse(page({ locale, nonce: null, path: "/privasi", t, title: t("privacy.page.title"), description: t("privacy.page.description"), body }));
}
