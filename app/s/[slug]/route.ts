// The survey a unit's QR code points to: GET shows the form, POST stores the answers and sends
// the citizen to the thank-you page (303), or shows the form again with every typed value and
// per-field errors. Plain HTML from a route handler: see lib/survey/page.ts for why.
import type { NextRequest } from "next/server";
import { getActiveUnitBySlug } from "@/lib/data/units.server";
import { db } from "@/lib/db.server";
import { requestLocale, translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { clientKey } from "@/lib/rate-limit.server";
import { NONCE_HEADER } from "@/lib/security/csp";
import { htmlResponse, readForm, seeOther } from "@/lib/survey/http";
import { translateCodes } from "@/lib/http/api-errors";
import { page, surveyForm, surveyScript, unknownUnitBody, type FormState } from "@/lib/survey/page";
import { recordResponse } from "@/lib/survey/record.server";
import { BROWSER_COOKIE, browserCookieHeader, browserIdOf, surveySecret } from "@/lib/survey/hold.server";
import { pageViewToken, secondsSincePageView } from "@/lib/survey/signed";
import { flatFieldErrors, surveyFromForm, surveySchema } from "@/lib/validation/survey";

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const unit = await getActiveUnitBySlug(slug);
  const t = await translatorFor(requestLocale(request));
  if (!unit) return notFoundPage(request, t);
  return formPage(request, unit, { values: {}, errors: {} }, t, 200);
}

export async function POST(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const t = await translatorFor(requestLocale(request));
  const unit = await getActiveUnitBySlug(slug);
  if (!unit) return notFoundPage(request, t);

  const now = new Date();
  const values = await readForm(request);
  if (values === null) return formPage(request, unit, { values: {}, errors: {}, notice: t("survey.tooLarge") }, t, 413);
  // A bot filled the field people cannot see: answer as if accepted, store nothing.
  if (values.website) return seeOther(`/s/${unit.slug}/terima-kasih`);

  const parsed = surveySchema.safeParse(surveyFromForm(unit.slug, values));
  if (!parsed.success) return formPage(request, unit, { values, errors: translateCodes(flatFieldErrors(parsed.error), t, "survey.errors") }, t, 400);

  const outcome = await recordResponse(db, parsed.data, {
    channel: "web",
    clientKey: clientKey(request.headers),
    // Hold signals (README "Against ballot stuffing"): a form without a genuine page view was not read.
    browserId: browserIdOf(request.cookies.get(BROWSER_COOKIE)?.value),
    secondsOnPage: secondsSincePageView(values.pv, unit.id, now, surveySecret()) ?? 0,
    now,
    resolveUnitId: async () => unit.id,
  });
  if (outcome.ok) return seeOther(`/s/${unit.slug}/terima-kasih?r=${outcome.id}${outcome.verified ? "&v=1" : ""}`);
  switch (outcome.reason) {
    case "unknown_unit":
      return notFoundPage(request, t);
    case "rate_limited":
      return formPage(request, unit, { values, errors: {}, notice: t("survey.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) }, t, 429, {
        "Retry-After": String(outcome.retryAfterSeconds),
      });
    case "visit_code":
      return formPage(request, unit, { values, errors: { visitCode: [t("survey.errors.visitCodeUsed")] } }, t, 400);
  }
}

function formPage(request: NextRequest, unit: { id: number; slug: string; name: string }, state: FormState, t: Translate, status: number, headers: Record<string, string> = {}) {
  // The page-view time (signed) for the too-fast signal; a re-shown form keeps the first view.
  const secret = surveySecret();
  const now = new Date();
  const pageView = secondsSincePageView(state.values.pv, unit.id, now, secret) !== null ? state.values.pv : pageViewToken(unit.id, now, secret);
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const body = page({
    locale: requestLocale(request),
    title: t("survey.pageTitle", { unit: unit.name }),
    description: t("survey.description", { unit: unit.name }),
    nonce: request.headers.get(NONCE_HEADER),
    path: `/s/${unit.slug}`,
    t,
    body: surveyForm(unit, state, t, pageView),
    script: surveyScript(t("survey.errors.answerRequired")),
  });
  return htmlResponse(body, status, { ...headers, ...browserCookieHeader(request.cookies.get(BROWSER_COOKIE)?.value, secure, secret) });
}

function notFoundPage(request: NextRequest, t: Translate) {
  const body = page({
    locale: requestLocale(request),
    title: t("survey.unknownUnitTitle"),
    description: t("survey.unknownUnit"),
    nonce: null,
    path: request.nextUrl.pathname,
    t,
    body: unknownUnitBody(t),
  });
  return htmlResponse(body, 404);
}
