// The front: the few routes the public hits hardest (home, leaderboard, unit, method and survey
// pages, the scores API, survey submissions) answered by their own route handlers, called
// directly from the HTTP server (server.mjs) instead of through Next.js's per-request pipeline.
//
// Why: on a 2-core machine that pipeline (router, proxy, route module wrapper, web-stream
// piping, per-request gzip) costs ~1 ms of CPU per request whatever the handler does, which
// held every cached page to ~0.2x the req/s of a static file served by the same server. The
// handlers are the same functions, so there is still one way of rendering; what the front does
// in their place is small and listed here:
// - the proxy's URL check (`readableUrl`): a URL it would refuse goes to Next.js, which refuses it;
// - the security headers of next.config.mjs (`STATIC_SECURITY_HEADERS`);
// - gzip of every text or JSON body when the client accepts it (as Next.js does), kept with a
//   cached page (render-cache.server.ts) so that a hit costs no compression.
// A route module registers itself when Next.js first loads it (its first request goes through
// Next.js); everything else (the workspace, assets, other routes, methods and any unreadable
// URL) always goes to Next.js. Handlers here must not use next/headers or other request-scoped
// Next.js APIs: they read everything from the request they are given.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { NextRequest } from "next/server";
import { STATIC_SECURITY_HEADERS } from "@/lib/security/headers.mjs";
import { readableUrl } from "./text";

// `Promise<never>` so that a handler may declare its own params ({ slug: string }).
type Handler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
type Route = { pattern: RegExp; names: string[]; handlers: Partial<Record<"GET" | "POST", Handler>> };

/** A response body already compressed, attached by the page cache so a hit is not gzipped again. */
export const GZIPPED = Symbol.for("rapor.front.gzipped");
export type WithGzip = Response & { [GZIPPED]?: () => Buffer };

const FRONT = Symbol.for("rapor.front");
/** Largest request body the front reads (a survey answer is under 2 KB; the routes refuse more than 32 KB themselves). */
const MAX_BODY = 64 * 1024;

type Front = { routes: Map<string, Route>; serve: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> };
const front: Front = ((globalThis as Record<symbol, unknown>)[FRONT] as Front | undefined) ?? { routes: new Map(), serve };
(globalThis as Record<symbol, unknown>)[FRONT] = front;

/**
 * Registers a route's handlers with the front, at the end of its route file:
 * `frontRoute("/unit/:slug", { GET });` (the path as the front matches it, `:name` a segment).
 */
export function frontRoute(path: string, handlers: Route["handlers"]): void {
  front.routes.set(path, { ...compile(path), handlers });
}

function compile(path: string): Pick<Route, "pattern" | "names"> {
  const names: string[] = [];
  const source = path.replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Answers `req` when it is for a registered route and method; false leaves it to Next.js. */
async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const method = req.method === "HEAD" ? "GET" : req.method;
  if (method !== "GET" && method !== "POST") return false;
  const raw = req.url ?? "/";
  const queryAt = raw.indexOf("?");
  const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const search = queryAt < 0 ? "" : raw.slice(queryAt);
  if (!readableUrl(pathname, search)) return false;
  for (const route of front.routes.values()) {
    const handler = route.handlers[method];
    const match = handler && route.pattern.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    // A body declared larger than MAX_BODY is left to Next.js, unread.
    if (method === "POST" && Number(req.headers["content-length"] ?? 0) > MAX_BODY) return false;
    const body = method === "POST" ? await readBody(req) : undefined;
    // Past MAX_BODY (no Content-Length given): the route sees more than its own limit and refuses
    // it in its own words; the rest is not read, so the connection closes after the answer.
    if (body && body.length > MAX_BODY) res.setHeader("Connection", "close");
    const request = new NextRequest(`http://${req.headers.host ?? "localhost"}${raw}`, { method: req.method, headers: headersOf(req), body: body && new Uint8Array(body) });
    await send(await handler(request, { params: Promise.resolve(params as never) }), req, res);
    return true;
  }
  return false;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  return headers;
}

/** The request body, up to the first chunk that takes it past MAX_BODY (every route refuses that much). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData).off("end", done).off("error", reject);
      resolve(Buffer.concat(chunks));
    };
    // Paused, not destroyed, past the limit: destroying the request would close the socket before the answer.
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY) {
        req.pause();
        done();
      }
    };
    req.on("data", onData).on("end", done).on("error", reject);
  });
}

const COMPRESSIBLE = /^(?:text\/|application\/json)/;

async function send(response: WithGzip, req: IncomingMessage, res: ServerResponse) {
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  response.headers.forEach((value, key) => key !== "set-cookie" && res.setHeader(key, value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  const acceptsGzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && COMPRESSIBLE.test(response.headers.get("content-type") ?? "");
  // A cached page's compressed copy, without reading (and encoding) its text again.
  const cached = acceptsGzip ? response[GZIPPED]?.() : undefined;
  let body = cached ?? Buffer.from(await response.arrayBuffer());
  if (acceptsGzip && !cached) body = gzipSync(body);
  if (acceptsGzip) {
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Vary", [response.headers.get("vary"), "Accept-Encoding"].filter(Boolean).join(", "));
  }
  res.setHeader("Content-Length", body.length);
  res.statusCode = response.status;
  res.end(req.method === "HEAD" ? undefined : body);
}
