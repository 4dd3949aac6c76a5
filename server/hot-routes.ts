// The hot routes: the public pages and APIs the public hits hardest, which the front
// (server/front.ts) answers with their own route handlers instead of through Next.js's
// per-request pipeline. This table is the whole list; the route files know nothing of it.
//
// It is checked three ways: here at compile time, against the route files' own exports (each
// listed method is a handler taking the params its path names; the files are imported as types
// only, so nothing of app/ is bundled into the server); by server/hot-routes.test.ts, against
// app/ (the file exists, sits at the folder the path names, exports the methods), against the
// proxy's citizen pages and against eslint.config.mjs's hot-route block; and by that lint block,
// which refuses next/headers and the other request-scoped Next.js APIs in these files (the front
// calls them with a plain request, outside Next.js's request context).
//
// To add one: its line below, its file in eslint.config.mjs's hot-route block, and for a page
// its path in CITIZEN_PAGE (lib/http/citizen-pages.ts).
import type { NextRequest } from "next/server";
import type * as Home from "@/app/route";
import type * as Leaderboard from "@/app/peringkat/route";
import type * as MethodPage from "@/app/metode/route";
import type * as Unit from "@/app/unit/[slug]/route";
import type * as Survey from "@/app/s/[slug]/route";
import type * as ScoresApi from "@/app/api/v1/scores/route";
import type * as SurveysApi from "@/app/api/v1/surveys/route";

export type Method = "GET" | "POST";

/** The params a path pattern names: `{ slug: string }` for "/unit/:slug". */
export type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>;

/** A route handler as Next.js calls it (and the front, with the same arguments). */
export type Handler<Params> = (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response>;

export type HotRoute = {
  /** The path as the front matches it: `:name` is one segment, handed to the handler as a param. */
  path: string;
  /** The app route file that answers it (its folder is the path, `[name]` for `:name`). */
  file: string;
  /** The methods the front answers (HEAD as GET); any other goes to Next.js. */
  methods: readonly Method[];
};

/** The methods of `Module` that are handlers of `Path`'s params. */
type Answered<Module, Path extends string> = {
  [M in Method & keyof Module]: Module[M] extends Handler<ParamsOf<Path>> ? M : never;
}[Method & keyof Module];

/**
 * An entry, its methods checked against the route file's type (`route<typeof Unit>()(…)`): a
 * method the file does not export, or whose params are not the path's, is a compile error
 * ("not assignable to type 'never'" on that method).
 */
const route =
  <Module>() =>
  <const Path extends string>(path: Path, file: string, methods: readonly Answered<Module, Path>[]): HotRoute => ({ path, file, methods });

export const HOT_ROUTES: readonly HotRoute[] = [
  route<typeof Home>()("/", "app/route.ts", ["GET"]),
  route<typeof Leaderboard>()("/peringkat", "app/peringkat/route.ts", ["GET"]),
  route<typeof MethodPage>()("/metode", "app/metode/route.ts", ["GET"]),
  route<typeof Unit>()("/unit/:slug", "app/unit/[slug]/route.ts", ["GET"]),
  route<typeof Survey>()("/s/:slug", "app/s/[slug]/route.ts", ["GET", "POST"]),
  route<typeof ScoresApi>()("/api/v1/scores", "app/api/v1/scores/route.ts", ["GET"]),
  route<typeof SurveysApi>()("/api/v1/surveys", "app/api/v1/surveys/route.ts", ["POST"]),
];

/** The name Next.js gives the route in its build (app-paths-manifest.json): "/unit/[slug]/route". */
export function nextPageName(route: HotRoute): string {
  return route.file.replace(/^app/, "").replace(/\.tsx?$/, "");
}
