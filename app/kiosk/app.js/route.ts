// The kiosk screen's script (lib/kiosk/client/kiosk.js), served from the app so that the
// service worker can keep it for offline use. Read once per process.
import { readFileSync } from "node:fs";
import path from "node:path";

let source: string | undefined;

export function GET() {
  source ??= readFileSync(path.join(process.cwd(), "lib/kiosk/client/kiosk.js"), "utf8");
  return new Response(source, { headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" } });
}
