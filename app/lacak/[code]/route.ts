// A complaint's public status page for the reporter: status, unit, dates, the answer and the
// public notes of its history; never the reporter's contact, the text or internal notes (the
// read model's explicit select, lib/data/complaints.server.ts getPublicComplaint).
import type { NextRequest } from "next/server";
import { caseView, trackForm } from "@/lib/complaints/page";
import { dateFormatter } from "@/lib/complaints/routes";
import { getPublicComplaint } from "@/lib/data/complaints.server";
import { db } from "@/lib/db.server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { htmlResponse } from "@/lib/public/http";
import { page } from "@/lib/public/layout";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const locale = requestLocale(request);
  const t = await translatorFor(locale);
  const shell = { locale, path: request.nextUrl.pathname, t };
  const complaint = await getPublicComplaint(db, code);
  if (!complaint) {
    const body = trackForm("", t("complaints.track.notFound"), t);
    return htmlResponse(page({ ...shell, title: t("complaints.track.notFoundTitle"), description: t("complaints.track.notFound"), body }), 404);
  }
  const title = t("complaints.track.caseTitle", { code: complaint.trackingCode });
  const body = caseView(complaint, request.nextUrl.searchParams.get("baru") === "1", t, dateFormatter(locale));
  // Whoever holds the code may read this page; keep it out of search engines and shared caches.
  return htmlResponse(page({ ...shell, title, description: t("complaints.track.description"), body }), 200, { "X-Robots-Tag": "noindex" });
}
