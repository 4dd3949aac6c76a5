// How the figures are made (/metode), plain HTML like every citizen page (lib/html/layout.ts).
import type { NextRequest } from "next/server";
import { getScores } from "@/lib/scores/cache.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { page } from "@/lib/html/layout";
import { methodPage } from "@/lib/public/pages/method";
import { cachedPage } from "@/lib/cache/render-cache.server";
import { currentQuarter } from "@/lib/scores/period";
import { holdMethodSection } from "@/lib/survey/method-section";
import { surveyLimits } from "@/lib/survey/record.server";
import { holdSettings } from "@/lib/survey/signals";

export async function GET(request: NextRequest) {
  return cachedPage(request, async ({ locale, version }) => {
    const t = await translatorFor(locale);
    const period = currentQuarter(new Date()).key;
    // The settings in force for the quarter: those of its report (its own, or the default).
    const { settings } = await getScores(period, version);
    return {
      body: page({
        locale,
        path: "/metode",
        t,
        ...methodPage(settings, period, locale, t, [holdMethodSection(t, holdSettings(), surveyLimits()?.perClient.points ?? null)]),
      }),
    };
  });
}
