// The citizen pages as a browser loads them: their first-load weight (gzip) with and without the
// chart script, and a tracking code to load the tracking page with.
import http from "node:http";
import { base } from "./options";

export const CITIZEN_PAGES = ["/", "/peringkat", "/unit/rshd", "/metode", "/s/rshd"];

/** Bytes on the wire of `url` with gzip accepted (Next compresses with gzip). */
function transferred(url: string): Promise<{ bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", async () => {
          const raw = Buffer.concat(chunks);
          const { gunzipSync } = await import("node:zlib");
          const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
          resolve({ bytes: raw.length, body });
        });
      })
      .on("error", reject);
  });
}

/** First-load bytes (gzip): the page and what it loads at once; the chart script, loaded when a chart nears the viewport, apart. */
export async function pageWeight(base: string, pathname: string) {
  const page = await transferred(base + pathname);
  const assets = [...new Set([...page.body.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const { bytes } = await transferred(base + asset);
    if (asset.endsWith(".css")) css += bytes;
    else js += bytes;
  }
  const chartScript = page.body.match(/"(\/assets\/charts\.js[^"]*)"/)?.[1];
  const charts = chartScript ? (await transferred(base + chartScript)).bytes : 0;
  const kb = (n: number) => +(n / 1024).toFixed(1);
  return {
    page: pathname,
    "HTML KB": kb(page.bytes),
    "CSS KB": kb(css),
    "JS KB": kb(js),
    "first load KB": kb(page.bytes + css + js),
    "chart script KB": kb(charts),
    "with charts KB": kb(page.bytes + css + js + charts),
    requests: 1 + assets.length + (chartScript ? 1 : 0),
  };
}

/** A tracking code of a complaint filed through the API, for the tracking page's figures. */
export async function trackingCode(): Promise<string> {
  const response = await fetch(`${base}/api/v1/complaints`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      unit: "rshd",
      category: "delay",
      description: "Antrean lama sekali tanpa penjelasan dari petugas loket.",
      occurredOn: new Date().toISOString().slice(0, 10),
      anonymous: true,
    }),
  });
  if (response.status !== 201) throw new Error(`filing a complaint answered ${response.status}`);
  return (await response.json()).trackingCode;
}
