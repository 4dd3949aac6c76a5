// Compiles the HTTP server (server/index.ts) with esbuild into SERVER_ENTRY, which npm start,
// npm run dev, the end-to-end servers and the bench run with plain node. Run by `npm run build`
// (after `next build`, which empties .next/) and by scripts/start.mjs.
//
// Why compiled and not run through tsx: production needs no dev-only tool at run time, and
// esbuild is already a dependency (scripts/build-charts.mjs). Packages stay external (`next` is
// the app's own copy). The server must not carry a copy of the app's stateful modules: it gets the
// route handlers from Next.js's build (server/route-modules.ts), so bundling a `.server.ts` module
// or anything under app/ is refused here; the few lib/ modules it bundles are pure (the URL check,
// the security headers, the gzip marker). It takes about a tenth of a second.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The compiled server, beside Next.js's build (ignored by git with .next/). */
export const SERVER_ENTRY = ".next/custom-server/index.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** No second instance of the app's state in the server's bundle. */
const onlyPureModules = {
  name: "only-pure-modules",
  setup(build) {
    build.onLoad({ filter: /\.(?:[cm]?[jt]sx?)$/ }, (args) => {
      const file = path.relative(root, args.path);
      if (/\.server\.[cm]?[jt]sx?$/.test(file) || file.startsWith(`app${path.sep}`)) {
        return {
          errors: [
            { text: `${file} would be a second copy in the server's bundle: the server gets app modules from Next.js's build (server/route-modules.ts)` },
          ],
        };
      }
      return undefined;
    });
  },
};

export async function buildServer() {
  await build({
    absWorkingDir: root,
    entryPoints: ["server/index.ts"],
    outfile: SERVER_ENTRY,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    plugins: [onlyPureModules],
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
