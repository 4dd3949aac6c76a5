// The hot-route table (server/hot-routes.ts) against what it must agree with: the app/ folders
// and their route files, the proxy's citizen pages (lib/http/citizen-pages.ts), and the lint block
// that keeps request-scoped Next.js APIs out of these files (eslint.config.mjs), whose refusals
// are applied here to every module the hot routes import, which lint cannot follow.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CITIZEN_PAGE } from "@/lib/http/citizen-pages";
import { HOT_ROUTES, nextPageName } from "./hot-routes";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
/** A concrete path the pattern matches ("/unit/:slug" → "/unit/x"). */
const sample = (pattern: string) => pattern.replace(/:\w+/g, "x");

describe("the hot-route table", () => {
  it("lists each path once, and no sample path matches two entries", () => {
    const paths = HOT_ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const route of HOT_ROUTES) {
      const matching = HOT_ROUTES.filter((other) => new RegExp(`^${other.path.replace(/:\w+/g, "[^/]+")}$`).test(sample(route.path)));
      expect(
        matching.map((r) => r.path),
        route.path,
      ).toEqual([route.path]);
    }
  });

  for (const route of HOT_ROUTES) {
    describe(route.path, () => {
      it("is answered by the route file at the folder its path names ([name] for :name)", () => {
        const folder = route.path.replace(/:(\w+)/g, "[$1]").replace(/\/$/, "");
        expect(route.file).toBe(`app${folder}/route.ts`);
        expect(existsSync(path.join(root, route.file)), route.file).toBe(true);
        expect(nextPageName(route)).toBe(`${folder}/route`);
      });

      it("has a route file that exports each listed method, and no registration of its own", () => {
        const source = read(route.file);
        for (const method of route.methods) {
          expect(source, `${route.file} exports ${method}`).toMatch(
            new RegExp(`export\\s+(?:async\\s+function\\s+${method}\\b|const\\s+${method}\\b|\\{[^}]*\\b${method}\\b[^}]*\\})`),
          );
        }
        expect(source).not.toMatch(/\bfrontRoute\(/);
      });

      it(
        route.path.startsWith("/api/") ? "is an API path (the proxy checks its URL only)" : "is a citizen page in the proxy's list (URL check only, no nonce)",
        () => {
          // The front skips the proxy: right only where the proxy adds nothing but the URL check.
          if (!route.path.startsWith("/api/")) expect(CITIZEN_PAGE.test(sample(route.path)), sample(route.path)).toBe(true);
          else expect(CITIZEN_PAGE.test(sample(route.path))).toBe(false);
        },
      );
    });
  }
});

/** eslint.config.mjs's block for the hot routes: its files and its refused imports. */
type RestrictedPath = { name: string; importNames?: string[]; message: string };
const { default: eslintConfig } = await import(pathToFileURL(path.join(root, "eslint.config.mjs")).href);
const lintBlock = (eslintConfig as { name?: string; files?: string[]; rules?: Record<string, unknown> }[]).find((block) => block.name === "rapor/hot-routes");
const restricted = ((lintBlock?.rules?.["no-restricted-imports"] as [string, { paths: RestrictedPath[] }] | undefined)?.[1].paths ?? []) as RestrictedPath[];

describe("the lint block for the hot routes (eslint.config.mjs)", () => {
  it("covers exactly the table's route files", () => {
    // `[[]` in a glob is a literal `[`.
    const files = (lintBlock?.files ?? []).map((glob) => glob.replaceAll("[[]", "["));
    expect([...files].sort()).toEqual(HOT_ROUTES.map((r) => r.file).sort());
  });

  it("refuses next/headers, next/navigation and the other request-scoped APIs", () => {
    expect(restricted.map((r) => r.name)).toEqual(expect.arrayContaining(["next/headers", "next/navigation", "next/cache", "next-intl/server"]));
  });

  it("holds for every module the hot routes import, not only the route files", () => {
    const breaches: string[] = [];
    for (const [file, imports] of importGraph(HOT_ROUTES.map((r) => r.file))) {
      for (const { specifier, names } of imports) {
        for (const rule of restricted) {
          if (specifier !== rule.name) continue;
          const refused = rule.importNames ? names.filter((name) => name === "*" || rule.importNames!.includes(name)) : names;
          if (refused.length) breaches.push(`${file} imports ${refused.join(", ")} from ${specifier}: ${rule.message}`);
        }
      }
    }
    expect(breaches).toEqual([]);
  });

  it("follows imports (the graph reaches the page cache and the database client)", () => {
    const reached = [...importGraph(HOT_ROUTES.map((r) => r.file)).keys()];
    expect(reached).toEqual(expect.arrayContaining(["lib/cache/render-cache.server.ts", "lib/db/db.server.ts", "lib/survey/record.server.ts"]));
  });
});

type Import = { specifier: string; names: string[] };

/** Every module reachable from `entries` through imports run at load time (type-only imports left out), with its imports. */
function importGraph(entries: string[]): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  const pending = [...entries];
  while (pending.length) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const imports = importsOf(read(file));
    graph.set(file, imports);
    for (const { specifier } of imports) {
      const local = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(file), specifier) : null;
      if (local === null || local.startsWith("lib/generated/")) continue; // packages; the generated Prisma client
      const resolved = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts"]
        .map((ext) => local + ext)
        .find((f) => existsSync(path.join(root, f)) && !f.endsWith(".json"));
      if (resolved) pending.push(resolved);
      else if (!local.endsWith(".json")) throw new Error(`${file}: cannot resolve ${specifier}`);
    }
  }
  return graph;
}

const IMPORT =
  /(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?([\w*{}\s,$]*?)\s*from\s*["']([^"']+)["']|(?:^|[;\n])\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The modules `source` loads, with the names it takes from each (type-only ones left out). */
function importsOf(source: string): Import[] {
  const imports: Import[] = [];
  for (const [, typeOnly, clause, from, bare, dynamic] of source.matchAll(IMPORT)) {
    if (bare || dynamic) {
      imports.push({ specifier: (bare ?? dynamic)!, names: ["*"] });
      continue;
    }
    if (typeOnly) continue;
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? "";
    const names = named
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith("type "))
      .map((part) => part.split(/\s+as\s+/)[0]);
    const whole = clause
      .replace(/\{[^}]*\}/, "")
      .replace(/,/g, " ")
      .trim();
    if (whole) names.push(whole.startsWith("*") ? "*" : "default");
    // `import { type A } from "x"` alone is erased at run time.
    if (names.length) imports.push({ specifier: from, names });
  }
  return imports;
}
