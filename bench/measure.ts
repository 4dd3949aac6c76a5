// Measuring a target with autocannon: requests per second and latency at a number of connections,
// beside a baseline measured before and after; the survey body every section posts.
import autocannon from "autocannon";
import { duration } from "./options";

export type Target = { name: string; url: string; method?: "GET" | "POST"; body?: () => string; headers?: () => Record<string, string> };
/** What every section is given: the baseline file of the build, and the results to add to. */
export type Context = { staticFile: string; staticPage: Target; results: Record<string, unknown> };
export type Measured = { name: string; connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number };

const SLUGS = ["rshd", "dukcapil", "dpmptsp", "pdam", "puskesmas-jalan-gedang", "puskesmas-nusa-indah", "kecamatan-teluk-segara"];
export const surveyBody = () =>
  JSON.stringify({
    unit: SLUGS[Math.floor(Math.random() * SLUGS.length)],
    answers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, 1 + Math.floor(Math.random() * 4)])),
    service: "Benchmark",
  });

/**
 * What a phone's browser sends with every request, so that the server's compression is measured
 * (a client that accepts none is answered uncompressed, which no phone is): Chrome on Android.
 */
export const PHONE_HEADERS = {
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "accept-language": "id-ID,id;q=0.9,en;q=0.8",
};

export async function measure(target: Target, connections: number): Promise<Measured> {
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    method: target.method ?? "GET",
    headers: { ...PHONE_HEADERS, ...(target.body ? { "content-type": "application/json" } : {}) },
    requests: target.body
      ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: target.body!(), headers: { ...request.headers, ...target.headers?.() } }) }]
      : undefined,
  });
  return {
    name: target.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The baseline, then each target, then the baseline again, keeping the higher of its two rates:
 * a dip of the machine during one measurement must not flatter every ratio of the run.
 */
export async function measureAround(baseline: Target, targets: Target[], connections: number): Promise<Measured[]> {
  const first = await measure(baseline, connections);
  const rows: Measured[] = [];
  for (const t of targets) rows.push(await measure(t, connections));
  const again = await measure(baseline, connections);
  return [again.rps > first.rps ? again : first, ...rows];
}

export function table(rows: Record<string, unknown>[]) {
  console.table(rows);
}
