// Bundles the citizen pages' chart script (lib/html/client/charts.ts) with esbuild into
// public/assets/charts.js: chart.js tree-shaken to the controllers, elements and scales used,
// minified. Run by `npm run build` and by `npm start` before `next build`.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

const outfile = "public/assets/charts.js";
await build({
  entryPoints: ["lib/html/client/charts.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile,
  legalComments: "none",
  logLevel: "warning",
});
const bytes = readFileSync(outfile);
console.log(`${outfile}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`);
