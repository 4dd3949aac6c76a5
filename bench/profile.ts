// 4. (--only profile) a CPU profile of the server under survey load, its self time summed by where
// the code comes from (Next.js, React, Prisma, the driver, Node's HTTP, the app bundle).
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { base, duration, work } from "./options";
import { measure, surveyBody, table, type Context, type Target } from "./measure";
import { prepareDatabase, serverEnv, startServer, stopServer } from "./servers";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

export async function profile({ results }: Context) {
  const demoDir = path.join(work, "profile");
  prepareDatabase(demoDir, 0);
  const profiled: Target[] = [
    { name: "survey POST /api/v1/surveys", url: `${base}/api/v1/surveys`, method: "POST", body: surveyBody },
    { name: "leaderboard /peringkat", url: `${base}/peringkat` },
  ];
  const profiles: Record<string, unknown>[] = [];
  for (const target of profiled) {
    const profileDir = path.join(work, "cpu-profile");
    rmSync(profileDir, { recursive: true, force: true });
    const app = await startServer(["node", "--cpu-prof", `--cpu-prof-dir=${profileDir}`, SERVER_ENTRY], serverEnv(demoDir), `${base}/robots.txt`);
    await measure(target, 10); // warm-up
    const measured = await measure(target, 10);
    await stopServer(app); // next start exits on SIGTERM, and Node writes the profile on exit
    const files = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"));
    if (files.length === 0) throw new Error("no CPU profile was written");
    const { shares, top } = summariseProfile(JSON.parse(readFileSync(path.join(profileDir, files[0]), "utf8")), duration * 1e6);
    console.log(`\nWhere the server's CPU time goes: ${target.name}, ${measured.rps} req/s at 10 connections (idle excluded)`);
    table(shares);
    table(top);
    profiles.push({ measured, shares, top });
  }
  results.profile = profiles;
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[] };

/**
 * Self time per origin of the code, as a share of the busy (non-idle) time, over the profile's
 * last `windowMicros` (the measured load; start-up and warm-up are left out).
 */
function summariseProfile(profile: CpuProfile, windowMicros: number) {
  const origin = (url: string, fn: string) => {
    if (!url) return fn === "(garbage collector)" ? "garbage collection" : fn === "(idle)" ? "idle" : "native and VM (program)";
    if (url.startsWith("node:")) return "Node.js core (http, streams, timers)";
    if (/react-dom|\/react\/|react-server/.test(url)) return "React";
    if (/@prisma|lib\/generated|\.prisma/.test(url)) return "Prisma client";
    if (/better-sqlite3|\/pg\//.test(url)) return "database driver";
    if (url.includes("/next/dist/")) return "Next.js runtime";
    if (url.includes("/.next/server/")) return "app bundle (routes, zod, next-intl, lib/)";
    if (url.includes("/.next/custom-server/")) return "the server (server/: the front, gzip)";
    return "other node_modules";
  };
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    if (elapsed < total - windowMicros) return;
    const frame = frames.get(id)!;
    const where = origin(frame.url, frame.functionName);
    if (where === "idle") return;
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + delta);
    const fn = `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/")}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
  });
  const busy = [...byOrigin.values()].reduce((a, b) => a + b, 0);
  const rows = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([where, us]) => ({ where: where.slice(0, 90), "share %": +((100 * us) / busy).toFixed(1), "CPU s": +(us / 1e6).toFixed(2) }));
  return { shares: rows(byOrigin, 20), top: rows(byFunction, 15) };
}
