// The production HTTP server (npm start runs it after the build; `node server.mjs` on a server).
// Next.js serves everything, except the hot public routes that registered with the front
// (lib/http/front.server.ts): those are answered by their own route handlers without the
// framework's per-request pipeline. PORT and HOSTNAME as for `next start`; FRONT=0 turns the
// front off.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
// FRONT=0 sends every request through Next.js (to compare, or to rule the front out).
const FRONT = process.env.FRONT === "0" ? null : Symbol.for("rapor.front");

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer(async (req, res) => {
  try {
    if (FRONT && (await globalThis[FRONT]?.serve(req, res))) return;
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
server.listen(port, hostname, () => console.log(`ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    app.close().finally(() => process.exit(0));
  });
}
