// The survey a unit's QR code points to: GET shows the form, POST stores the answers and sends
// the citizen to the thank-you page (303), or shows the form again with every typed value and
// per-field errors. Plain HTML from a route handler, like every citizen page (lib/html/layout.ts).
import type { NextRequest } from "next/server";
import { getActiveUnitBySlug } from "@/lib/units/units.server";
import { db } from "@/lib/db/db.server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { clientKey } from "@/lib/security/rate-limit.server";
import { cachedRender } from "@/lib/cache/render-cache.server";
import { readForm, seeOther } from "@/lib/forms/read-form";
import { translateCodes } from "@/lib/http/api-errors";
import { formBody, formPage, notFoundBody, notFoundPage, PAGE_VIEW_SLOT, personalise } from "@/lib/survey/form-page.server";
import { recordResponse } from "@/lib/survey/record.server";
import { BROWSER_COOKIE, browserIdOf, surveySecret } from "@/lib/survey/hold.server";
import { secondsSincePageView } from "@/lib/survey/signed";
import { flatFieldErrors, surveyFromForm, surveySchema } from "@/lib/survey/schema";

type Params = { params: Promise<{ slug: string }> };

// The empty form is kept whole per instance until the units change (a unit created in the
// workspace answers here on the next request, a deactivated one 404s); each response then gets
// its own page-view time and browser cookie (docs/surveys.md, "Against ballot stuffing"), so it is private.
export async function GET(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const { prepared: cached, version } = await cachedRender(request, async ({ locale, version }) => {
    const t = await translatorFor(locale);
    const unit = await getActiveUnitBySlug(slug, version);
    if (!unit) return { body: notFoundBody(request, t), status: 404 };
    return { body: formBody(request, unit, { values: {}, errors: {} }, t, PAGE_VIEW_SLOT), shared: false };
  });
  const unit = cached.status === 200 ? await getActiveUnitBySlug(slug, version) : null; // the same cached directory
  if (!unit) return new Response(cached.text, { status: cached.status, headers: cached.headers });
  const own = personalise(request, unit.id);
  return new Response(cached.text.replace(PAGE_VIEW_SLOT, own.pageView), { status: 200, headers: { ...cached.headers, ...own.headers } });
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
    // Hold signals (docs/surveys.md, "Against ballot stuffing"): a form without a genuine page view was not read.
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
