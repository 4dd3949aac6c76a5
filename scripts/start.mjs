// npm start: one command from a fresh clone to the running product on the embedded database.
// 1. a next-auth secret (NEXTAUTH_SECRET, or one generated once and kept in the data directory);
// 2. the migrations; 3. the demo data on an empty database (SEED_DEMO=0 skips it);
// 4. a production build when the sources changed since the last one; 5. the server
// (server/index.ts, compiled each time by scripts/build-server.mjs), Next.js behind its front.
// `--dev` runs the same server in development (Next.js compiling on demand) instead of 4's build.
// `--build-only` does 4 and compiles the server, nothing else (npm test's build step: the
// Playwright web server's start then finds the build current and skips it).
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, resolveDatabase } from "../lib/db/database-url.mjs";
import { buildServer, SERVER_ENTRY } from "./build-server.mjs";
import { migrate } from "./db-migrate.mjs";
import { publicAddressProblem } from "../lib/http/public-address.mjs";

const dev = process.argv.includes("--dev");
const buildOnly = process.argv.includes("--build-only");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.PORT ??= "3000";
// Checked before the localhost default below: in production every printed link must reach citizens.
const address = dev ? null : publicAddressProblem(env);
if (address) {
  console.warn(
    address.problem === "unset"
      ? "WARNING: PUBLIC_BASE_URL is not set: posters, QR codes, reply texts, kiosk pairing links and notifications will point at localhost. Set PUBLIC_BASE_URL to the public address (e.g. https://rapor.bengkulukota.go.id)."
      : `WARNING: ${address.setting}=${address.value} points at this machine: posters, QR codes, reply texts, kiosk pairing links and notifications will not reach citizens. Set PUBLIC_BASE_URL to the public address.`,
  );
}
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

if (buildOnly) {
  buildIfChanged();
  await buildServer();
  process.exit(0);
}

mkdirSync(dataDir(), { recursive: true });
if (!env.NEXTAUTH_SECRET) {
  const secretFile = path.join(dataDir(), "nextauth-secret");
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

const db = resolveDatabase(env);
const { applied } = await migrate(env);
if (applied.length) console.log(`database (${db.provider}): applied ${applied.join(", ")}`);

if (env.SEED_DEMO !== "0") run("node", ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"]);

if (dev) {
  run("node", ["scripts/build-charts.mjs"]);
} else {
  buildIfChanged();
}
// Always (it takes a tenth of a second), so server/ is not in the fingerprint: changing it needs no Next.js build.
await buildServer();
// As `next dev` and `next start` set it; the server reads it to choose (server/index.ts).
exec([SERVER_ENTRY], { ...env, NODE_ENV: dev ? "development" : "production" });

/** The production build, when the sources changed since the last one (or there is none). */
function buildIfChanged() {
  const fingerprint = sourceFingerprint();
  const stamp = path.join(".next", "source-fingerprint");
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== fingerprint) {
    console.log("building the production bundle (sources changed since the last build)…");
    run("node", ["scripts/build-charts.mjs"]);
    run("node", ["node_modules/next/dist/bin/next", "build"]);
    writeFileSync(stamp, fingerprint);
  } else {
    console.log("the production build is current (no source changed since it was made)");
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs the server in the foreground and passes signals on, so that stopping npm stops it. */
function exec(args, childEnv) {
  const child = spawn("node", args, { stdio: "inherit", env: childEnv });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Paths and modification times of everything that goes into the build. */
function sourceFingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (full === path.join("public", "assets")) continue; // built from lib/ (scripts/build-charts.mjs)
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${statSync(full).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "messages", "public"]) walk(dir);
  for (const file of ["next.config.mjs", "package-lock.json", "tsconfig.json", "proxy.ts"]) {
    if (existsSync(file)) hash.update(`${file}:${statSync(file).mtimeMs}\n`);
  }
  return hash.digest("hex");
}
