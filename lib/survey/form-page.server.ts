// The survey page of /s/<slug> as its route answers it: the form (cached whole, with a slot for
// each citizen's own page-view time), the form again with a citizen's values and errors (never
// cached), and the unknown-unit page. Plain HTML (lib/html/layout.ts); the form's markup is
// lib/survey/page.ts. A hot route's module: it reads everything from the request it is given.
import type { NextRequest } from "next/server";
import type { FormState } from "@/lib/forms/fields";
import { page } from "@/lib/html/layout";
import { htmlResponse } from "@/lib/html/response";
import { requestLocale, type Translate } from "@/lib/i18n/translator.server";
import { BROWSER_COOKIE, browserCookieHeader, surveySecret } from "@/lib/survey/hold.server";
import { surveyForm, surveyScript, unknownUnitBody } from "@/lib/survey/page";
import { pageViewToken, secondsSincePageView } from "@/lib/survey/signed";

/** Where each served form gets its own signed page-view time (the rest of the page is cached). */
export const PAGE_VIEW_SLOT = "__page_view__";

export function formBody(request: NextRequest, unit: { slug: string; name: string }, state: FormState, t: Translate, pageView: string): string {
  return page({
    locale: requestLocale(request),
    title: t("survey.pageTitle", { unit: unit.name }),
    description: t("survey.description", { unit: unit.name }),
    path: `/s/${unit.slug}`,
    t,
    body: surveyForm(unit, state, t, pageView),
    script: surveyScript(t("survey.errors.answerRequired")),
  });
}

/**
 * The signed page-view time (for the too-fast signal) and the anonymous browser cookie, per
 * request: a form is never the same for two citizens, so it is private to each. A re-shown form
 * keeps the first view.
 */
export function personalise(request: NextRequest, unitId: number, previous?: string) {
  const secret = surveySecret();
  const now = new Date();
  const pageView = previous && secondsSincePageView(previous, unitId, now, secret) !== null ? previous : pageViewToken(unitId, now, secret);
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return { pageView, headers: browserCookieHeader(request.cookies.get(BROWSER_COOKIE)?.value, secure, secret) };
}

/** The form again with the citizen's values and errors: theirs alone, never cached. */
export function formPage(
  request: NextRequest,
  unit: { id: number; slug: string; name: string },
  state: FormState,
  t: Translate,
  status: number,
  headers: Record<string, string> = {},
) {
  const own = personalise(request, unit.id, state.values.pv);
  return htmlResponse(formBody(request, unit, state, t, own.pageView), status, { ...headers, ...own.headers });
}

export function notFoundBody(request: NextRequest, t: Translate): string {
  return page({
    locale: requestLocale(request),
    title: t("survey.unknownUnitTitle"),
    description: t("survey.unknownUnit"),
    path: request.nextUrl.pathname,
    t,
    body: unknownUnitBody(t),
  });
}

export function notFoundPage(request: NextRequest, t: Translate) {
  return htmlResponse(notFoundBody(request, t), 404);
}
