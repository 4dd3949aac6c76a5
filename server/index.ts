// The HTTP server, in production (`npm start`) and in development (`npm run dev`) alike: what it
// does for every request is here, in order. A request for a hot route (server/hot-routes.ts) is
// answered by the front (server/front.ts: URL check, security headers, gzip, the route's own
// handler); every other request, and any the front leaves, goes to Next.js's request handler.
// Development runs this same pipeline on `next({ dev: true })`, so it sees the headers,
// compression and routing of production.
//
// It runs compiled: scripts/build-server.mjs bundles server/ with esbuild into
// .next/custom-server/index.mjs (packages stay external, so `next` is the app's own copy and no
// dev-only tool such as tsx is needed at run time). npm start and npm run dev build it before
// starting; e2e/servers.ts and the bench run that file after a build.
//
// NODE_ENV=development selects development (scripts/start.mjs --dev sets it, as `next dev`
// does); PORT and HOSTNAME as for `next start`; FRONT=0 turns the front off, sending every
// request through Next.js (to compare, as e2e/front.spec.ts does, or to rule the front out).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { createFront, type Front } from "./front";
import { HOT_ROUTES } from "./hot-routes";
import { liveRoutes, loadedRoutes, nextServerOf } from "./route-modules";

const dev = process.env.NODE_ENV === "development";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

// The project folder: this file runs from .next/custom-server/.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const app = next({ dev, dir, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
const front = process.env.FRONT === "0" ? null : await hotRoutesFront();

const server = http.createServer(async (req, res) => {
  try {
    if (front && (await front(req, res))) return;
  } catch (error) {
    console.error("front:", error);
    if (res.headersSent) return res.destroy();
    // A GET may still be answered by Next.js; a POST's body has been read, so it fails here.
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(500, { "Content-Type": "application/json" }).end(JSON.stringify({ error: "internal" }));
      return;
    }
  }
  await handle(req, res);
});
// Idle keep-alive connections stay open 65 s (Node's default is 5 s). A client or reverse proxy
// that reuses an idle connection (nginx upstream keepalive, a load balancer's 60 s idle timeout,
// Playwright's request context) must never send on one the server is closing that same moment:
// the request then dies with a reset and no answer (the e2e suite met it once). So the server
// waits longer than they do; KEEP_ALIVE_TIMEOUT_MS overrides it.
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 65_000);
server.headersTimeout = server.keepAliveTimeout + 1_000; // must exceed keepAliveTimeout (Node's rule)
server.listen(port, hostname, () => console.log(`ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    app.close().finally(() => process.exit(0));
  });
}

/** The front over the hot routes: loaded now in production, compiled on demand in development. */
async function hotRoutesFront(): Promise<Front> {
  const nextServer = await nextServerOf(app);
  return await createFront(HOT_ROUTES, dev ? liveRoutes(nextServer) : await loadedRoutes(nextServer, HOT_ROUTES));
}
