// 0. (throughput, the default) every public page that is the same for everyone, the scores API and
// survey submissions at 10 and 50 clients, beside a file under /_next/static/ served by the same
// server and a bare node:http server sending the same bytes (bench/raw-http-server.mjs).
import path from "node:path";
import { base, RAW_PORT, root, work } from "./options";
import { measure, measureAround, surveyBody, table, type Context, type Measured, type Target } from "./measure";
import { CITIZEN_PAGES } from "./pages";
import { prepareDatabase, startApp, startServer, stopServer } from "./servers";

export async function throughput({ staticFile, staticPage, results }: Context) {
  const dir = path.join(work, "throughput");
  prepareDatabase(dir, 0);
  const app = await startApp(dir);
  const targets: Target[] = [
    staticPage,
    ...CITIZEN_PAGES.map((p) => ({ name: `GET ${p}`, url: base + p })),
    { name: "GET /api/v1/scores", url: `${base}/api/v1/scores` },
    { name: "POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST" as const, body: surveyBody },
  ];
  for (const t of targets) await measure(t, 10); // warm-up: JIT, caches, prepared statements
  const rows: Measured[] = [];
  for (const connections of [10, 50]) rows.push(...(await measureAround(staticPage, targets.slice(1), connections)));
  await stopServer(app);
  const raw = await startServer(
    ["node", "bench/raw-http-server.mjs"],
    { PORT: String(RAW_PORT), BODY_FILE: path.join(root, ".next/static/chunks", staticFile) },
    `http://127.0.0.1:${RAW_PORT}/`,
  );
  await measure({ name: "warm-up", url: `http://127.0.0.1:${RAW_PORT}/` }, 10);
  for (const connections of [10, 50]) rows.push(await measure({ name: "raw node:http (same bytes)", url: `http://127.0.0.1:${RAW_PORT}/` }, connections));
  await stopServer(raw);
  const goal = (name: string) => (name.startsWith("GET /api") || name.startsWith("POST") ? 0.35 : name.startsWith("GET /") ? 0.5 : null);
  const summary = targets.slice(1).map((t) => {
    const row: Record<string, unknown> = { target: t.name, goal: goal(t.name) };
    for (const c of [10, 50]) {
      const at = rows.find((r) => r.name === t.name && r.connections === c)!;
      const stat = rows.find((r) => r.name === staticPage.name && r.connections === c)!;
      row[`req/s @${c}`] = at.rps;
      row[`x static @${c}`] = +(at.rps / stat.rps).toFixed(2);
      row[`p99 ms @${c}`] = at.p99;
    }
    return row;
  });
  console.log("\nThroughput (baseline: a file under /_next/static/ of the same server)");
  table(rows);
  table(summary);
  results.throughput = { rows, summary, staticFile };
}
