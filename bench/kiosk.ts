// 5. (--only kiosk) kiosk submissions (a device token, an Idempotency-Key and the device time per
// answer) at 1 and 10 clients, beside the survey API without and with a key, in one run.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { base, root, work } from "./options";
import { measure, surveyBody, table, type Context, type Measured, type Target } from "./measure";
import { databaseEnv, prepareDatabase, serverEnv, startServer, stopServer } from "./servers";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

export async function kiosk({ results }: Context) {
  const kioskDir = path.join(work, "kiosk");
  prepareDatabase(kioskDir, 0);
  const paired = spawnSync("node", ["node_modules/tsx/dist/cli.mjs", "bench/kiosk-devices.ts", "10"], {
    cwd: root,
    env: { ...process.env, ...databaseEnv(kioskDir) },
    encoding: "utf8",
  });
  if (paired.status !== 0) throw new Error(`kiosk-devices failed: ${paired.stderr}`);
  const { slug, tokens } = JSON.parse(paired.stdout.trim().split("\n").pop()!) as { slug: string; tokens: string[] };
  const answers = () => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, 1 + Math.floor(Math.random() * 4)]));
  const key = () => ({ "idempotency-key": crypto.randomUUID() });
  const targets: Target[] = [
    { name: "survey API", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody },
    { name: "survey API + Idempotency-Key", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody, headers: key },
    {
      name: "kiosk (token + key + device time)",
      url: `${base}/api/v1/surveys`,
      method: "POST",
      body: () => JSON.stringify({ unit: slug, answers: answers(), madeAt: new Date().toISOString() }),
      headers: () => ({ ...key(), authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}` }),
    },
  ];
  const app = await startServer(["node", SERVER_ENTRY], serverEnv(kioskDir), `${base}/robots.txt`);
  for (const t of targets) await measure(t, 10); // warm-up
  const rows: Measured[] = [];
  for (const connections of [1, 10]) for (const t of targets) rows.push(await measure(t, connections));
  await stopServer(app);
  console.log("\nKiosk submissions beside the survey API");
  table(rows);
  results.kiosk = { rows };
}
