// (--only workspace) The secretariat's workspace at a city's volume (issue 28): signed in as the
// secretariat (a next-auth session cookie made with the bench's secret, as e2e/fixtures.ts does),
// 5 concurrent clients ask each read of the desk in turn for --duration seconds: the case list's
// first page, a search by tracking code, by phone and by words, a filtered page, a deep page
// (offset 100,000 when there are that many cases), a case page, the dashboard, the responses list
// and the held-answer queue; median, p95 and request count. With --large, the demo's server and
// the large database's run side by side and each read is timed in alternating rounds (below).
// Then the dashboard's first request after a staff write (its cached figures recomputed), five
// times alone; and the export of the last full quarter's responses, streamed: rows, seconds,
// first bytes.
// At demo size on a fresh database; with --large on the database of --large-db (PostgreSQL,
// seeded once with `npm run seed:large -- --complaints 200000 --responses 2000000`, see
// bench/README.md) or, without --large-db, on one this section seeds itself (long).
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { duration, PORT, values, work } from "./options";
import type { Context } from "./measure";
import { databaseEnv, prepareDatabase, run, serverEnv, startServer, stopServer } from "./servers";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

const CLIENTS = 5;
/** The large database's server, beside the demo's (PORT + 1 and + 2 are the raw and nginx servers of other sections). */
const LARGE_PORT = PORT + 3;
const SECRETARIAT = "sekretariat@rapor.example";

export type WorkspaceRow = { target: string; median: number; p95: number; requests: number; errors: number };

/** Runs `sql` on the bench's database (PostgreSQL or the SQLite file of `dataDir`). */
async function query<T>(env: Record<string, string>, dataDir: string, sql: string, write = false): Promise<T[]> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(path.join(dataDir, "rapor.db"), { readonly: !write });
  try {
    if (write) {
      sqlite.prepare(sql).run();
      return [];
    }
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

type Sample = { times: number[]; errors: number };

/** `clients` loops asking `urls()` in turn for `seconds`; each request's time to its last byte. */
async function load(urls: () => string, cookie: string, seconds: number, clients = CLIENTS): Promise<Sample> {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          const res = await fetch(urls(), { headers: { cookie, "accept-encoding": "gzip" }, redirect: "manual" });
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - started);
      }
    }),
  );
  return { times, errors };
}

/** Median, p95 and count of samples taken in several rounds. */
function stats(samples: Sample[]): Omit<WorkspaceRow, "target"> {
  const times = samples.flatMap((x) => x.times).sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { median: at(0.5), p95: at(0.95), requests: times.length, errors: samples.reduce((n, x) => n + x.errors, 0) };
}

/**
 * The dashboard's cold path: the figures it shows are cached per public data version, so the
 * first request after a staff write computes them again (every quarter of the trend). Five times:
 * bump the version as a staff write does, then one request alone.
 */
async function afterWrites(origin: string, env: Record<string, string>, dataDir: string, cookie: string): Promise<Omit<WorkspaceRow, "target">> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < 5; i++) {
    await query(env, dataDir, `UPDATE "PublicDataVersion" SET version = version + 1 WHERE id = 1`, true);
    const started = performance.now();
    const res = await fetch(`${origin}/admin`, { headers: { cookie, "accept-encoding": "gzip" }, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) errors++;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(times[2]), p95: Math.round(times[4]), requests: times.length, errors };
}

/** The export of the last full quarter's responses, streamed: its rows, its time and the time to its first bytes. */
async function exportQuarter(origin: string, cookie: string) {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3); // the current quarter's index; the last full one before it
  const key = q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
  const started = performance.now();
  const res = await fetch(`${origin}/admin/ekspor/responses?period=${key}`, { headers: { cookie }, redirect: "manual" });
  let firstBytes: number | null = null;
  let lines = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstBytes ??= performance.now() - started;
    for (const byte of value) if (byte === 10) lines++;
  }
  return {
    period: key,
    status: res.status,
    rows: Math.max(0, lines - 1),
    seconds: +((performance.now() - started) / 1000).toFixed(2),
    firstBytesSeconds: +((firstBytes ?? 0) / 1000).toFixed(2),
  };
}

/** One database's server, signed in, with the reads to time on it. */
type Side = { label: string; dataDir: string; env: Record<string, string>; origin: string; cookie: string; cases: number; targets: [string, () => string][] };

async function startSide(
  label: string,
  dataDir: string,
  env: Record<string, string>,
  port: number,
): Promise<Side & { app: Awaited<ReturnType<typeof startServer>> }> {
  const origin = `http://127.0.0.1:${port}`;
  const app = await startServer(["node", SERVER_ENTRY], { ...serverEnv(dataDir), ...env, PORT: String(port) }, `${origin}/api/health`);
  const [user] = await query<{ id: number; name: string }>(env, dataDir, `SELECT id, name FROM "User" WHERE email = '${SECRETARIAT}'`);
  const token = await encode({ token: { uid: Number(user.id), email: SECRETARIAT, name: user.name, sub: String(user.id) }, secret: "bench" });
  const cookie = `next-auth.session-token=${token}`;
  // What the searches ask for: codes, phones (as people write them) and cases drawn from the data.
  const sample = await query<{ id: number; trackingCode: string; phone: string | null }>(
    env,
    dataDir,
    `SELECT c.id, c."trackingCode", r.phone FROM "Complaint" c LEFT JOIN "ComplaintReporter" r ON r."complaintId" = c.id ORDER BY c.id DESC LIMIT 2000`,
  );
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  const phones = sample.map((s) => s.phone).filter((p): p is string => !!p);
  const [{ n }] = await query<{ n: number }>(env, dataDir, `SELECT COUNT(*) AS n FROM "Complaint"`);
  const deepPage = Math.max(1, Math.min(2001, Math.floor(Number(n) / 50 / 2))); // offset 100,000, or the middle of a smaller list
  const list = `${origin}/admin/pengaduan`;
  const targets: [string, () => string][] = [
    ["case list, first page", () => list],
    ["search by code", () => `${list}?q=${encodeURIComponent(pick(sample).trackingCode)}`],
    ["search by phone", () => `${list}?q=${encodeURIComponent(pick(phones))}`],
    ["search by words", () => `${list}?q=${encodeURIComponent(pick(["toilet rusak", "pungutan formulir", "antrean dilewati", "nada kasar"]))}`],
    ["filtered page (open, WhatsApp, overdue)", () => `${list}?status=open&channel=whatsapp&overdue=any`],
    [`deep page (page ${deepPage})`, () => `${list}?page=${deepPage}`],
    ["case page", () => `${list}/${pick(sample).id}`],
    ["dashboard", () => `${origin}/admin`],
    ["responses list", () => `${origin}/admin/respons`],
    ["held-answer queue", () => `${origin}/admin/respons/ditahan`],
  ];
  // Warm up every route (compilation caches, connections) before any timing.
  for (const [, url] of targets) await load(url, cookie, 1, 1);
  return { label, dataDir, env, origin, cookie, cases: Number(n), targets, app };
}

/**
 * Times every read on each side. With two sides (demo size and large) both servers run at once,
 * idle in turn, and each read is timed in ROUNDS alternating rounds, demo then large: a shared
 * machine drifts over minutes (the demo's search by code, one row, measured 86 to 141 ms in five
 * runs of one hour), and a ratio is only honest when both of its sides saw the same machine.
 */
const ROUNDS = 3;

async function measureSides(sides: Side[]) {
  const samples = sides.map(() => new Map<string, Sample[]>());
  const rounds = sides.length > 1 ? ROUNDS : 1;
  for (let t = 0; t < sides[0].targets.length; t++) {
    for (let round = 0; round < rounds; round++) {
      for (const [i, side] of sides.entries()) {
        const [target, url] = side.targets[t];
        const taken = await load(url, side.cookie, duration / rounds);
        samples[i].set(target, [...(samples[i].get(target) ?? []), taken]);
      }
    }
  }
  const measured = [];
  for (const [i, side] of sides.entries()) {
    const rows: WorkspaceRow[] = side.targets.map(([target]) => ({ target, ...stats(samples[i].get(target)!) }));
    rows.push({ target: "dashboard, first request after a staff write", ...(await afterWrites(side.origin, side.env, side.dataDir, side.cookie)) });
    const exported = await exportQuarter(side.origin, side.cookie);
    console.log(`\nWorkspace, ${side.label}: ${side.cases.toLocaleString("en")} cases, ${CLIENTS} clients, ${duration} s each in ${rounds} round(s) (ms)`);
    console.table(rows);
    console.log("Export of the last full quarter's responses (streamed):");
    console.table([exported]);
    measured.push({ label: side.label, cases: side.cases, rows, export: exported, rounds });
  }
  return measured;
}

export async function workspace({ results }: Context) {
  const started: Awaited<ReturnType<typeof startSide>>[] = [];
  try {
    // Per port, so that benches of several checkouts do not share a database.
    const demoDir = path.join(work, `workspace-demo-${values.port}`);
    prepareDatabase(demoDir, 0);
    started.push(await startSide("demo data", demoDir, databaseEnv(demoDir), PORT));
    if (values.large) {
      let env: Record<string, string>;
      const largeDir = path.join(work, `workspace-large-${values.port}`);
      if (values["large-db"]) {
        env = { DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${values["large-db"]}` };
        run(["node", "scripts/db-migrate.mjs"], { ...process.env, ...env }); // the indexes of any newer migration
      } else {
        env = databaseEnv(largeDir);
        prepareDatabase(largeDir, Number(values.responses), Number(values.complaints));
      }
      started.push(await startSide("large", largeDir, env, LARGE_PORT));
    }
    const measured = await measureSides(started);
    const demo = measured[0];
    for (const m of measured.slice(1)) {
      console.log(`\n${m.label} against demo size, measured in alternating rounds (p95 ≤ 300 ms and ≤ 1.5x the demo's median):`);
      console.table(
        m.rows.map((r, i) => ({
          target: r.target,
          "demo median": demo.rows[i].median,
          median: r.median,
          p95: r.p95,
          ratio: +(r.median / Math.max(1, demo.rows[i].median)).toFixed(2),
          goal: r.p95 <= 300 && r.median <= 1.5 * Math.max(1, demo.rows[i].median) ? "ok" : "MISSED",
        })),
      );
    }
    results.workspace = { measured, goal: "p95 <= 300 ms and <= 1.5x demo-size time at 5 clients" };
  } finally {
    for (const side of started) await stopServer(side.app);
  }
}
