// Whole citizen pages kept per instance, so that a page the same for everyone costs a version
// read and a map lookup instead of a render. An entry belongs to the public data version
// (lib/cache/public-version.server.ts) and lives PUBLIC_CACHE_SECONDS: a staff write shows on the
// next request on every instance, citizens' answers within that time. The key is the language,
// the path and the query (leaderboard filters, ?period=). The front (server/front.ts)
// sends an entry's gzip copy, made once; Next.js compresses each response itself (even one that
// says it is compressed already), so it gets the text.
import { gzipSync } from "node:zlib";
import type { NextRequest } from "next/server";
import { GZIPPED, type WithGzip } from "@/lib/http/gzipped";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";
import { requestLocale } from "@/lib/i18n/translator.server";
import type { Locale } from "@/lib/i18n/locales";
import { htmlHeaders } from "@/lib/html/response";

export type Rendered = {
  body: string;
  status?: number;
  /** The same for everyone in this language (a shared cache may keep it); default true. */
  shared?: boolean;
  headers?: Record<string, string>;
};

type Prepared = { text: string; status: number; headers: Record<string, string>; gzip?: Buffer };

const pages = new VersionedCache<Prepared>(300);
const MAX_KEY = 400;

export type RenderContext = { locale: Locale; version: number; url: URL };

/** Serves `render`'s page from this instance's cache when it is still current. */
export async function cachedPage(request: NextRequest, render: (context: RenderContext) => Promise<Rendered>): Promise<Response> {
  const { prepared } = await cachedRender(request, render);
  const response: WithGzip = new Response(prepared.text, { status: prepared.status, headers: prepared.headers });
  // The front (server/front.ts) compresses a cached page once, not once per request.
  response[GZIPPED] = () => (prepared.gzip ??= gzipSync(prepared.text));
  return response;
}

/**
 * The cached page itself (text, status, headers) and the public data version it was read at, for
 * a route that finishes it per request (the survey form's own page-view token) without reading it
 * back out of a Response, nor the version a second time.
 */
export async function cachedRender(
  request: NextRequest,
  render: (context: RenderContext) => Promise<Rendered>,
): Promise<{ prepared: Prepared; version: number }> {
  const locale = requestLocale(request);
  const version = await readPublicVersion();
  const url = request.nextUrl;
  const context = { locale, version, url };
  const key = `${locale} ${url.pathname}${url.search}`;
  const prepared = key.length > MAX_KEY ? prepare(await render(context)) : await pages.get(key, version, async () => prepare(await render(context)));
  return { prepared, version };
}

function prepare({ body, status = 200, shared = true, headers = {} }: Rendered): Prepared {
  // A 404 is not kept by shared caches: the unit may be created the next minute.
  return { text: body, status, headers: { ...htmlHeaders(body, { shared: shared && status === 200 }), ...headers } };
}
