// A response body compressed once and kept: the page cache (lib/cache/render-cache.server.ts)
// attaches a cached page's gzip copy to its Response, and the front (server/front.ts) sends that
// copy instead of compressing the page on every request. A global symbol, so that the server's
// bundle and Next.js's build of the routes, two copies of this module, agree on it.
import { gzipSync } from "node:zlib";

/** A response body already compressed, attached by the page cache so a hit is not gzipped again. */
export const GZIPPED = Symbol.for("rapor.front.gzipped");
export type WithGzip = Response & { [GZIPPED]?: () => Buffer };

/** A serialised body and its gzip copy, made on first need and kept. */
export type PreparedBody = { text: string; gzip: () => Buffer };

const bodies = new WeakMap<object, PreparedBody>();

/**
 * The body serialised from `source` once per source object: a value held by a versioned cache
 * (a new version or lifetime gives a new object, hence a new body), so a hit costs neither the
 * serialisation nor the compression. Kept as long as the source is.
 */
export function bodyOf(source: object, serialise: () => string): PreparedBody {
  let body = bodies.get(source);
  if (!body) {
    const text = serialise();
    let gzip: Buffer | undefined;
    body = { text, gzip: () => (gzip ??= gzipSync(text)) };
    bodies.set(source, body);
  }
  return body;
}

/** A Response of a prepared body, its gzip copy attached for the front. */
export function preparedResponse(body: PreparedBody, init: ResponseInit): WithGzip {
  const response: WithGzip = new Response(body.text, init);
  response[GZIPPED] = body.gzip;
  return response;
}
