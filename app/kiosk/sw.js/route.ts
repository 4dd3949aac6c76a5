// The kiosk's service worker (lib/kiosk/client/sw.js): it serves the kiosk screen and its script
// when the network is down, also after a reload. Its scope is /kiosk (the page itself), one level
// above the script, which Service-Worker-Allowed permits.
import { readFileSync } from "node:fs";
import path from "node:path";

let source: string | undefined;

export function GET() {
  source ??= readFileSync(path.join(process.cwd(), "lib/kiosk/client/sw.js"), "utf8");
  return new Response(source, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache", "Service-Worker-Allowed": "/kiosk" },
  });
}
