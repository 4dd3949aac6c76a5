// Where the front's handlers come from: the hot routes' modules as Next.js itself loads them, so
// that the front and Next.js call the same functions in the same module instances (one page
// cache, one database client, one group-commit write queue), never a second copy of the app.
//
// Next.js loads an app route with `requirePage` (next/dist/server/require.js): a plain Node.js
// `require` of the built file its app-paths manifest names (.next/server/app/unit/[slug]/route.js).
// That file is a Turbopack entry whose modules live in one runtime shared by every route, and
// Node.js keeps one instance of a required file per process. So the front calls the same
// `requirePage`, and gets the very module object Next.js gets (checked by hand: after a request
// through Next.js, `require.cache` holds that object, and a page cached by one is a hit for the
// other). Its `routeModule.userland` holds the route file's exports.
//
// Why this and not the alternatives: routes registering themselves when Next.js first loaded them
// (what this replaced) made a fresh instance answer its first requests through Next.js and later
// ones through the front; warming each route through Next.js at start-up would still leave the
// front to find the module somewhere; bundling the route files into the server would make a
// second copy of every cache and of the database client. The cost: two of Next.js's internals
// (`requirePage`, and the server behind the custom server's wrapper for its build folder and, in
// development, `ensurePage`), pinned with Next.js's version and checked at start-up (`nextServerOf`),
// so that an upgrade that moves them stops the server with a clear error instead of misrouting.
//
// In production every hot route is loaded before the server listens: ready from the first request.
// In development a route is compiled on demand (`ensurePage`, as Next.js does for each request it
// serves in development) and its live exports are read on each request, so edits show at once.
import { requirePage } from "next/dist/server/require.js";
import type { HandlersOf, RouteHandlers } from "./front";
import { nextPageName, type HotRoute } from "./hot-routes";

/** What the front needs of Next.js's server implementation (NextNodeServer, or DevServer in development). */
type NextServerImpl = {
  distDir: string;
  ensurePage?: (opts: { page: string; clientOnly: boolean; definition: undefined }) => Promise<void>;
  getCompilationError?: (page: string) => Promise<unknown>;
};

/** The parts of a built route file the front reads (next/dist/server/route-modules/app-route/module.js). */
type BuiltRoute = {
  routeModule: {
    ensureUserland(): Promise<void>;
    readonly userland: Record<string, unknown>;
    /** Development only: the route file's exports after hot reloading. */
    _getUserland?: () => unknown;
  };
};

/** Next.js's server implementation behind `next()`'s custom-server wrapper, once prepared. */
export async function nextServerOf(app: unknown): Promise<NextServerImpl> {
  const wrapper = (app as { server?: { getServer?: () => Promise<unknown> } }).server;
  const impl = (await wrapper?.getServer?.()) as Partial<NextServerImpl> | undefined;
  if (typeof impl?.distDir !== "string")
    throw new Error("server/route-modules.ts: this Next.js version no longer exposes its server implementation to a custom server");
  return impl as NextServerImpl;
}

/** Every hot route's handlers, loaded now (production): a route that fails to load stops the server. */
export async function loadedRoutes(server: NextServerImpl, routes: readonly HotRoute[]): Promise<HandlersOf> {
  const loaded = new Map<HotRoute, RouteHandlers>();
  for (const route of routes) {
    const built = await load(server, route);
    await built.routeModule.ensureUserland();
    loaded.set(route, handlersIn(route, built.routeModule.userland));
  }
  return (route) => loaded.get(route) ?? null;
}

/** Each hot route's handlers, compiled on demand and read on each request (development). */
export function liveRoutes(server: NextServerImpl): HandlersOf {
  if (!server.ensurePage || !server.getCompilationError)
    throw new Error("server/route-modules.ts: this Next.js version's development server has no ensurePage");
  const ensurePage = server.ensurePage.bind(server);
  const getCompilationError = server.getCompilationError.bind(server);
  return async (route) => {
    const page = nextPageName(route);
    try {
      await ensurePage({ page, clientOnly: false, definition: undefined });
      // A route that does not compile is left to Next.js, which shows the error.
      if (await getCompilationError(page)) return null;
      const built = await load(server, route);
      await built.routeModule.ensureUserland();
      const live = built.routeModule._getUserland?.();
      return handlersIn(route, live && !(live instanceof Promise) ? (live as Record<string, unknown>) : built.routeModule.userland);
    } catch (error) {
      // Only the message: Next.js shows the whole error as it answers.
      console.error(`front: ${route.file} did not load (${error instanceof Error ? error.message.split("\n")[0] : error}); Next.js answers it`);
      return null;
    }
  };
}

async function load(server: NextServerImpl, route: HotRoute): Promise<BuiltRoute> {
  const built = (await requirePage(nextPageName(route), server.distDir, true)) as Partial<BuiltRoute>;
  if (typeof built.routeModule?.ensureUserland !== "function") throw new Error(`server/route-modules.ts: ${route.file} is not an app route in Next.js's build`);
  return built as BuiltRoute;
}

/** The route file's handlers of the table's methods; a missing one is an error, not a silent pass to Next.js. */
function handlersIn(route: HotRoute, exports: Record<string, unknown>): RouteHandlers {
  const handlers: RouteHandlers = {};
  for (const method of route.methods) {
    const handler = exports[method];
    if (typeof handler !== "function") throw new Error(`${route.file} does not export ${method} (server/hot-routes.ts lists it)`);
    // Typed by the table: its compile-time check holds that this file's handler takes the path's params.
    handlers[method] = handler as RouteHandlers[typeof method];
  }
  return handlers;
}
