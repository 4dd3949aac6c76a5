// On the demo data: 1. survey submissions at 1, 10 and 50 clients beside the static file and a bare
// node:http server doing the same write with the raw driver (bench/raw-survey-server.mjs), then
// with the production defaults; 0b/3. (weight) the citizen pages' first-load weight; 2. (reads)
// the leaderboard, a unit page and the scores API with the demo data and with N extra responses.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { base, only, RAW_PORT, root, values, work } from "./options";
import { measure, surveyBody, table, type Context, type Measured, type Target } from "./measure";
import { CITIZEN_PAGES, pageWeight, trackingCode } from "./pages";
import { databaseEnv, prepareDatabase, serverEnv, startApp, startServer, stopServer } from "./servers";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

export async function onDemoData({ staticPage, results }: Context) {
  const demoDir = path.join(work, "demo");
  prepareDatabase(demoDir, 0);

  if (only.has("survey")) {
    const rows: Measured[] = [];
    const app = await startApp(demoDir);
    // Warm up both paths (JIT, connection, prepared statements) before measuring.
    await measure({ ...staticPage }, 10);
    await measure({ name: "warm-up", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(await measure(staticPage, connections));
      rows.push(await measure({ name: "survey POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, connections));
    }
    await stopServer(app);
    // The same with the production defaults: the hold signals' counters and the per-address
    // ceiling, raised out of the way (all of the bench's load comes from one address).
    const production = await startServer(
      ["node", SERVER_ENTRY],
      { ...serverEnv(demoDir), SURVEY_HOLD: "1", SURVEY_RATE_LIMIT: "1", SURVEY_RATE_LIMIT_PER_CLIENT: "1000000000" },
      `${base}/api/health`,
    );
    await measure({ name: "warm-up", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(
        await measure(
          { name: "survey, production settings (ceiling and hold counters)", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody },
          connections,
        ),
      );
    }
    await stopServer(production);
    const raw = await startServer(
      ["node", "bench/raw-survey-server.mjs"],
      { PORT: String(RAW_PORT), ...databaseEnv(demoDir) },
      `http://127.0.0.1:${RAW_PORT}/`,
    );
    await measure({ name: "warm-up", url: `http://127.0.0.1:${RAW_PORT}/api/v1/surveys`, method: "POST", body: surveyBody }, 10);
    for (const connections of [1, 10, 50]) {
      rows.push(
        await measure({ name: "raw node:http + driver", url: `http://127.0.0.1:${RAW_PORT}/api/v1/surveys`, method: "POST", body: surveyBody }, connections),
      );
    }
    await stopServer(raw);
    const ratios = [1, 10, 50].map((c) => {
      const survey = rows.find((r) => r.name.startsWith("survey POST") && r.connections === c)!;
      const production = rows.find((r) => r.name.startsWith("survey, production") && r.connections === c)!;
      const stat = rows.find((r) => r.name.startsWith("static") && r.connections === c)!;
      const rawRow = rows.find((r) => r.name.startsWith("raw") && r.connections === c)!;
      return {
        connections: c,
        "survey/static": +(survey.rps / stat.rps).toFixed(2),
        "survey/raw": +(survey.rps / rawRow.rps).toFixed(2),
        "survey p99 ms": survey.p99,
        "production settings/static": +(production.rps / stat.rps).toFixed(2),
      };
    });
    console.log("\nSurvey submissions");
    table(rows);
    table(ratios);
    results.survey = { rows, ratios, goal: "survey >= 0.6 x static rps; p99 < 50 ms at 50 clients" };
  }

  if (only.has("weight")) {
    const app = await startApp(demoDir);
    const code = await trackingCode();
    const weights = [];
    for (const pathname of [...CITIZEN_PAGES, "/s/rshd/terima-kasih", "/pengaduan", `/lacak/${code}`]) weights.push(await pageWeight(base, pathname));
    await stopServer(app);
    console.log("\nPage weight (bytes, gzip)");
    table(weights);
    results.pageWeight = weights;
  }

  if (only.has("reads")) {
    const reads: (Measured & { data: string })[] = [];
    const computeTimes: Record<string, unknown>[] = [];
    const largeDir = path.join(work, "large");
    // Fresh databases: the survey benchmark above has written its own responses into demoDir.
    const readsDemoDir = path.join(work, "reads-demo");
    for (const [label, dir] of [
      ["demo", readsDemoDir],
      [`demo + ${Number(values.responses).toLocaleString("en")}`, largeDir],
    ] as const) {
      prepareDatabase(dir, dir === largeDir ? Number(values.responses) : 0);
      const compute = spawnSync("node", ["node_modules/tsx/dist/cli.mjs", "bench/scores-compute.ts"], {
        cwd: root,
        env: { ...process.env, ...databaseEnv(dir) },
        encoding: "utf8",
      });
      if (compute.status !== 0) throw new Error(`scores-compute failed: ${compute.stderr}`);
      computeTimes.push({ data: label, ...JSON.parse(compute.stdout.trim().split("\n").pop()!) });
      const app = await startApp(dir);
      const targets: Target[] = [
        staticPage,
        { name: "leaderboard /peringkat", url: `${base}/peringkat` },
        { name: "unit page /unit/rshd", url: `${base}/unit/rshd` },
        { name: "GET /api/v1/scores", url: `${base}/api/v1/scores` },
        { name: "GET /api/v1/scores?period=<year>", url: `${base}/api/v1/scores?period=${new Date().getUTCFullYear()}` },
      ];
      for (const t of targets) await measure(t, 10); // warm caches
      for (const t of targets) reads.push({ ...(await measure(t, 10)), data: label });
      await stopServer(app);
    }
    const summary = ["leaderboard", "unit page", "GET /api"].map((prefix) => {
      const at = (data: string) => reads.find((r) => r.name.startsWith(prefix) && r.data === data)!;
      const stat = (data: string) => reads.find((r) => r.name.startsWith("static") && r.data === data)!;
      const [demo, large] = [reads[0].data, reads[reads.length - 1].data];
      return {
        target: prefix,
        "demo: x static": +(at(demo).rps / stat(demo).rps).toFixed(2),
        "large: x static": +(at(large).rps / stat(large).rps).toFixed(2),
        "large / demo": +(at(large).rps / at(demo).rps).toFixed(2),
      };
    });
    console.log("\nScores read model, uncached (computeScores, ms)");
    console.log(JSON.stringify(computeTimes, null, 2));
    results.scoresCompute = computeTimes;
    console.log("\nPublic reads (10 connections)");
    table(reads);
    table(summary);
    results.reads = { rows: reads, summary, goal: ">= 0.8 x static rps; large >= 0.8 x demo" };
  }
}
