// The public list of issued SKM reports (/laporan): every period's issued reports, the city's
// first, each linking its latest version. Plain HTML like every citizen page (lib/html/layout.ts),
// kept whole per instance until the public data change (issuing a report bumps them).
import type { NextRequest } from "next/server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { formatters } from "@/lib/i18n/format";
import { page } from "@/lib/html/layout";
import { cachedPage } from "@/lib/cache/render-cache.server";
import { getPublishedReports } from "@/lib/report/published.server";
import { reportListPage } from "@/lib/report/public-html";

export async function GET(request: NextRequest) {
  return cachedPage(request, async ({ locale, version }) => {
    const t = await translatorFor(locale);
    return { body: page({ locale, path: "/laporan", t, ...reportListPage(await getPublishedReports(version), t, formatters(locale)) }) };
  });
}
