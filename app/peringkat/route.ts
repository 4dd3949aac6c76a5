// The leaderboard (/peringkat), plain HTML like every citizen page (lib/html/layout.ts), kept
// whole per instance for each language and query until the public data change.
import type { NextRequest } from "next/server";
import { getUnitsWithApprovedPlan } from "@/lib/plans/cache.server";
import { getCityTrend, getOpeningPeriod, getScores } from "@/lib/scores/cache.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/i18n/format";
import { page } from "@/lib/html/layout";
import { parseLeaderboardQuery } from "@/lib/public/leaderboard";
import { leaderboardPage } from "@/lib/public/pages/leaderboard";
import { cachedPage } from "@/lib/cache/render-cache.server";
import { parsePeriod, previousPeriod } from "@/lib/scores/period";

export async function GET(request: NextRequest) {
  return cachedPage(request, async ({ locale, version, url }) => {
    const t = await translatorFor(locale);
    const params: Record<string, string> = {};
    for (const [key, value] of url.searchParams) if (!(key in params)) params[key] = value;
    const query = parseLeaderboardQuery(params);
    // Without ?period=, the official figures first (the latest published period).
    const opening = await getOpeningPeriod(version);
    const period = parsePeriod(query.period ?? "") ?? opening.period;
    const [report, previous, trend, approvedPlans] = await Promise.all([
      getScores(period.key, version),
      getScores(previousPeriod(period).key, version),
      getCityTrend(version),
      getUnitsWithApprovedPlan(period.key, version),
    ]);
    const path = url.pathname + url.search;
    return { body: page({ locale, path, t, ...leaderboardPage({ report, previous, trend, query, locale, approvedPlans, opening }, t, formatters(locale)) }) };
  });
}
