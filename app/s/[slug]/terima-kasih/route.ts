// The survey's thank-you page: the unit's current figures and the way to complain about the
// same visit (the complaint form links the response when given ?response=<id>).
import type { NextRequest } from "next/server";
import { getScores } from "@/lib/scores/cache.server";
import { getActiveUnitBySlug } from "@/lib/units/units.server";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { currentQuarter } from "@/lib/scores/period";
import { htmlResponse } from "@/lib/html/response";
import { page } from "@/lib/html/layout";
import { thanksBody, unknownUnitBody } from "@/lib/survey/page";
import { recordId } from "@/lib/http/record-id";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = requestLocale(request);
  const t = await translatorFor(locale);
  const unit = await getActiveUnitBySlug(slug);
  const shell = { locale, path: request.nextUrl.pathname + request.nextUrl.search, t };
  if (!unit) return htmlResponse(page({ ...shell, title: t("survey.unknownUnitTitle"), description: t("survey.unknownUnit"), body: unknownUnitBody(t) }), 404);

  const period = currentQuarter(new Date()).key;
  const figures = (await getScores(period)).units.find((u) => u.slug === unit.slug);
  const responseId = recordId(request.nextUrl.searchParams.get("r"));
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const body = thanksBody(
    {
      unit,
      responseId,
      verified: request.nextUrl.searchParams.get("v") === "1",
      period,
      score: figures
        ? {
            score: figures.ranked ? figures.score : null,
            zone: figures.ranked ? figures.zone : null,
            ikm: figures.ikm?.converted ?? null,
            grade: figures.ikm?.grade ?? null,
          }
        : null,
    },
    t,
    (n) => number.format(n),
  );
  return htmlResponse(page({ ...shell, title: t("survey.thanks.title"), description: t("survey.description", { unit: unit.name }), body }));
}
