// A unit's public page (/unit/<slug>), plain HTML like every citizen page (lib/html/layout.ts),
// kept whole per instance until the public data change; an unknown or inactive slug is a 404 page.
import type { NextRequest } from "next/server";
import { getUnitDirectory, getUnitTrends } from "@/lib/public/cache.server";
import { getUnitChannels } from "@/lib/survey/channels.server";
import { getPublicPlans } from "@/lib/plans/cache.server";
import { getPublishedReports } from "@/lib/report/published.server";
import { getScores } from "@/lib/scores/cache.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/i18n/format";
import { page } from "@/lib/html/layout";
import { notFoundPage, unitPage } from "@/lib/public/pages/unit";
import { cachedPage } from "@/lib/cache/render-cache.server";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";

const REPORT_STATES = new Set(["terkirim", "gagal", "dibatasi"]);

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return cachedPage(request, async ({ locale, version, url }) => {
    const t = await translatorFor(locale);
    const path = url.pathname + url.search;
    const unit = (await getUnitDirectory(version)).find((u) => u.slug === slug);
    if (!unit) return { body: page({ locale, path, t, ...notFoundPage(t) }), status: 404 };
    const requested = url.searchParams.get("period");
    const period = (requested && requested.length <= 20 && parsePeriod(requested)) || currentQuarter(new Date());
    const state = url.searchParams.get("lapor");
    const [report, trends, channels, plans, published] = await Promise.all([
      getScores(period.key, version),
      getUnitTrends(version),
      getUnitChannels(period, unit.slug, version),
      getPublicPlans(unit.slug, version),
      getPublishedReports(version),
    ]);
    const input = {
      unit,
      report,
      trend: trends[unit.slug] ?? [],
      channels,
      plans,
      issuedReports: published.filter((r) => r.segment === unit.slug),
      reportState: state && REPORT_STATES.has(state) ? state : null,
      locale,
      computedAt: new Date(),
    };
    return { body: page({ locale, path, t, ...unitPage(input, t, formatters(locale)) }) };
  });
}
