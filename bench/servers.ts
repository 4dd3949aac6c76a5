// The bench's databases and servers: a fresh migrated and seeded database per section (SQLite or
// PostgreSQL), the production server started on it and stopped, and any command it runs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { base, PORT, root, values } from "./options";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

export function databaseEnv(dataDir: string): Record<string, string> {
  return values.postgres
    ? { DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${path.basename(dataDir).replace(/\W/g, "_")}` }
    : { DATABASE_URL: "", DATA_DIR: dataDir };
}

export function prepareDatabase(dataDir: string, extraResponses: number, extraComplaints = 0) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, ...databaseEnv(dataDir) };
  if (values.postgres) {
    const name = env.DATABASE_URL!.split("/").pop();
    spawnSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, "-c", `CREATE DATABASE ${name}`], {
      stdio: "ignore",
    });
  }
  run(["node", "scripts/db-migrate.mjs"], env);
  run(["node", "node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"], env);
  if (extraResponses > 0 || extraComplaints > 0) {
    const args = ["--responses", String(extraResponses), "--complaints", String(extraComplaints)];
    run(["node", "node_modules/tsx/dist/cli.mjs", "scripts/seed-large.ts", ...args], env);
  }
}

export function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(args[0], args.slice(1), { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

// Servers still running when the bench ends (a failed step) are killed with it: left behind, they
// would hold the ports and answer the next run's readiness checks.
const servers = new Set<ChildProcess>();
process.on("exit", () => servers.forEach((child) => child.kill("SIGKILL")));

export async function startServer(command: string[], env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.add(child);
  child.once("exit", () => servers.delete(child));
  for (let i = 0; i < 600; i++) {
    if (await ping(readyUrl)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become ready at ${readyUrl}`);
}

export async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

function ping(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

export const serverEnv = (dataDir: string) => ({
  PORT: String(PORT),
  SURVEY_RATE_LIMIT: "0",
  SURVEY_HOLD: "0",
  COMPLAINT_RATE_LIMIT: "0",
  SEED_DEMO: "0",
  NEXTAUTH_SECRET: "bench",
  ...databaseEnv(dataDir),
});
export const startApp = (dataDir: string) => startServer(["node", SERVER_ENTRY], serverEnv(dataDir), `${base}/api/health`);
