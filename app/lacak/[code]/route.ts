// A complaint's public status page for the reporter: status, unit, dates, the answer and the
// public notes of its history; never the reporter's contact, the text or internal notes (the
// read model's explicit select, lib/complaints/tracking.server.ts getPublicComplaint). Once answered,
// the reporter judges the answer here with a plain form (POST, works without JavaScript).
import type { NextRequest } from "next/server";
import { caseView, trackForm, verdictSection, type VerdictNotice } from "@/lib/complaints/page";
import { dateFormatter } from "@/lib/i18n/format";
import { getPublicComplaint } from "@/lib/complaints/tracking.server";
import { submitVerdict } from "@/lib/complaints/verdict.server";
import { db } from "@/lib/db/db.server";
import { html } from "@/lib/html/template";
import { requestLocale, translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { deliverSoon } from "@/lib/notifications/outbox.server";
import { htmlResponse } from "@/lib/html/response";
import { page } from "@/lib/html/layout";
import { readForm, seeOther } from "@/lib/forms/read-form";
import type { FormState } from "@/lib/forms/fields";
import { verdictSchema } from "@/lib/complaints/recorded-schema";
import { flatFieldErrors } from "@/lib/forms/translate";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await translatorFor(requestLocale(request));
  const notice = request.nextUrl.searchParams.get("penilaian");
  return casePage(request, code, { values: {}, errors: {} }, notice === "dibuka" ? "reopened" : notice === "1" ? "thanks" : null, t, 200);
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await translatorFor(requestLocale(request));
  const form = await readForm(request);
  const values = { satisfied: form?.satisfied ?? "", reason: form?.reason ?? "" };
  const parsed = verdictSchema.safeParse({ satisfied: values.satisfied || undefined, reason: values.reason });
  if (!parsed.success) {
    const codes = flatFieldErrors(parsed.error);
    const errors = Object.fromEntries(
      Object.entries(codes).map(([name, list]) => [name, list.map((code) => t(`${OWN_CODES.has(code) ? "complaintChannels" : "complaints"}.errors.${code}`))]),
    );
    return casePage(request, code, { values, errors }, null, t, 400);
  }
  const outcome = await submitVerdict(db, code, parsed.data, { t });
  if (!outcome.ok) {
    const status = outcome.error === "notFound" ? 404 : 409;
    return casePage(
      request,
      code,
      { values, errors: {}, notice: t(`complaintChannels.errors.${outcome.error}`) },
      null,
      t,
      status,
      t(`complaintChannels.errors.${outcome.error}`),
    );
  }
  deliverSoon(db);
  const trackingCode = String(code).toUpperCase();
  return seeOther(`/lacak/${encodeURIComponent(trackingCode)}?penilaian=${outcome.reopened ? "dibuka" : "1"}`);
}

async function casePage(request: NextRequest, code: string, state: FormState, notice: VerdictNotice, t: Translate, status: number, refusal?: string) {
  const locale = requestLocale(request);
  const shell = { locale, path: request.nextUrl.pathname, t };
  const complaint = await getPublicComplaint(db, code);
  if (!complaint) {
    const body = trackForm("", t("complaints.track.notFound"), t);
    return htmlResponse(page({ ...shell, title: t("complaints.track.notFoundTitle"), description: t("complaints.track.notFound"), body }), 404);
  }
  const title = t("complaints.track.caseTitle", { code: complaint.trackingCode });
  const format = dateFormatter(locale);
  // A refused verdict (already given, too late, not answered) is said at the top, in words.
  const refused = refusal ? html`<div class="notice" role="alert" id="verdict-error">${refusal}</div>` : "";
  const verdict = verdictSection(complaint, refusal ? { values: {}, errors: {} } : state, notice, t, format);
  const body = html`${refused}${caseView(complaint, request.nextUrl.searchParams.get("baru") === "1", t, format, verdict)}`;
  // Whoever holds the code may read this page; keep it out of search engines and shared caches.
  return htmlResponse(page({ ...shell, title, description: t("complaints.track.description"), body }), status, { "X-Robots-Tag": "noindex" });
}

/** The verdict's own message codes; the others (tooLong, text, body, unrecognized) are the complaint form's. */
const OWN_CODES = new Set(["verdictChoice", "verdictReasonRequired"]);
