// Home (/), rendered as plain HTML like every citizen page (lib/html/layout.ts) and kept whole
// per instance until the public data change (lib/cache/render-cache.server.ts).
import type { NextRequest } from "next/server";
import { getCityTrend, getOpeningPeriod, getScores } from "@/lib/scores/cache.server";
import { issuedCityReportPeriods } from "@/lib/report/content.server";
import { db } from "@/lib/db/db.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/i18n/format";
import { page } from "@/lib/html/layout";
import { homePage } from "@/lib/public/pages/home";
import { cachedPage } from "@/lib/cache/render-cache.server";

export async function GET(request: NextRequest) {
  return cachedPage(request, async ({ locale, version }) => {
    const t = await translatorFor(locale);
    // The official figures first (the latest published period), else the running quarter.
    const opening = await getOpeningPeriod(version);
    const [report, trend, cityReports] = await Promise.all([getScores(opening.period.key, version), getCityTrend(version), issuedCityReportPeriods(db)]);
    return { body: page({ locale, path: "/", t, ...homePage(report, trend, opening, t, formatters(locale), cityReports) }) };
  });
}
