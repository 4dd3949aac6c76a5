// The front: the few routes the public hits hardest (the table in server/hot-routes.ts: home,
// leaderboard, unit, method and survey pages, the scores API, survey submissions) answered by
// their own route handlers, called directly from the HTTP server (server/index.ts) instead of
// through Next.js's per-request pipeline.
//
// Why: on a 2-core machine that pipeline (router, proxy, route module wrapper, web-stream
// piping, per-request gzip) costs ~1 ms of CPU per request whatever the handler does, which
// held every cached page to ~0.2x the req/s of a static file served by the same server. The
// handlers are the same functions, in the same module instances (server/route-modules.ts), so
// there is still one way of rendering; what the front does in their place is small and listed
// here:
// - the proxy's URL check (`readableUrl`): a URL it would refuse goes to Next.js, which refuses it;
// - the security headers of next.config.mjs (`STATIC_SECURITY_HEADERS`);
// - gzip of every text or JSON body when the client accepts it (as Next.js does), kept with a
//   cached page (lib/http/gzipped.ts) so that a hit costs no compression.
// The proxy adds nothing else to these routes (citizen pages and the API get no nonce), which is
// why the front may skip it. Everything else (the workspace, assets, other routes, other methods
// and any unreadable URL) goes to Next.js. Handlers here must not use next/headers or other
// request-scoped Next.js APIs (eslint.config.mjs refuses them): they read everything from the
// request they are given.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { NextRequest } from "next/server";
import { GZIPPED, type WithGzip } from "@/lib/http/gzipped";
import { readableUrl } from "@/lib/http/text";
import { STATIC_SECURITY_HEADERS } from "@/lib/security/headers.mjs";
import type { Handler, HotRoute, Method } from "./hot-routes";

/** The params the front hands a handler: exactly the names of its path's `:name` segments. */
export type Params = Readonly<Record<string, string>>;
export type RouteHandlers = Partial<Record<Method, Handler<Params>>>;
/** A route's handlers, or null to leave the request to Next.js (in development: a route that does not compile). */
export type HandlersOf = (route: HotRoute) => RouteHandlers | null | Promise<RouteHandlers | null>;

/** Largest request body the front reads (a survey answer is under 2 KB; the routes refuse more than 32 KB themselves). */
const MAX_BODY = 64 * 1024;

type Matcher = { route: HotRoute; pattern: RegExp; names: string[] };

/** Answers a request for a hot route and method and returns true; false leaves it to Next.js. */
export type Front = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** The front over `routes`; call it once Next.js is prepared (`app.prepare()`). */
export async function createFront(routes: readonly HotRoute[], handlersOf: HandlersOf): Promise<Front> {
  // Loaded now, not imported at the top: next/server needs the environment Next.js sets up as it
  // prepares (its AsyncLocalStorage), and the server's static imports run before that. With its
  // extension: the compiled server is an ES module, and Next.js's package has no exports map.
  const { NextRequest } = await import("next/server.js");
  const matchers = routes.map(compile);
  return async function front(req, res) {
    const method = req.method === "HEAD" ? "GET" : req.method;
    if (method !== "GET" && method !== "POST") return false;
    const raw = req.url ?? "/";
    const queryAt = raw.indexOf("?");
    const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const search = queryAt < 0 ? "" : raw.slice(queryAt);
    if (!readableUrl(pathname, search)) return false;
    for (const { route, pattern, names } of matchers) {
      const match = route.methods.includes(method) ? pattern.exec(pathname) : null;
      if (!match) continue;
      const handler = (await handlersOf(route))?.[method];
      if (!handler) return false;
      const params: Params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      // A body declared larger than MAX_BODY is left to Next.js, unread.
      if (method === "POST" && Number(req.headers["content-length"] ?? 0) > MAX_BODY) return false;
      const body = method === "POST" ? await readBody(req) : undefined;
      // Past MAX_BODY (no Content-Length given): the route sees more than its own limit and refuses
      // it in its own words; the rest is not read, so the connection closes after the answer.
      if (body && body.length > MAX_BODY) res.setHeader("Connection", "close");
      const request: NextRequest = new NextRequest(`http://${req.headers.host ?? "localhost"}${raw}`, {
        method: req.method,
        headers: headersOf(req),
        body: body && new Uint8Array(body),
      });
      await send(await handler(request, { params: Promise.resolve(params) }), req, res);
      return true;
    }
    return false;
  };
}

/** "/unit/:slug" as a pattern that matches one whole path, and the names of its segments. */
function compile(route: HotRoute): Matcher {
  const names: string[] = [];
  const source = route.path.replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
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
