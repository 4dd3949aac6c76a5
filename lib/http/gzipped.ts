// A response body compressed once and kept: the page cache (lib/cache/render-cache.server.ts)
// attaches a cached page's gzip copy to its Response, and the front (server/front.ts) sends that
// copy instead of compressing the page on every request. A global symbol, so that the server's
// bundle and Next.js's build of the routes, two copies of this module, agree on it.

/** A response body already compressed, attached by the page cache so a hit is not gzipped again. */
export const GZIPPED = Symbol.for("rapor.front.gzipped");
export type WithGzip = Response & { [GZIPPED]?: () => Buffer };
