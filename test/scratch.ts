// Scratch databases and script runs for the integration tests that work beside the worker's own
// databases (test/databases.ts): the backup and restore tests make empty targets and run the real
// npm scripts against them.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Runs an npm script's entry with tsx, as `npm run` would; resolves with its exit code and output. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, script), ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** An empty PostgreSQL database on the suite's server (named by `prefix`, `name`, time and process), and how to drop it. */
export async function emptyPostgresDatabase(prefix: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = inject("postgresUrl")!;
  const dbName = `${prefix}_${name}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}
