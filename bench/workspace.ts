// (--only workspace) The secretariat's workspace at a city's volume (issue 28): signed in as the
// secretariat (a next-auth session cookie made with the bench's secret, as e2e/fixtures.ts does),
// 5 concurrent clients ask each read of the desk in turn for --duration seconds: the case list's
// first page, a search by tracking code, by phone and by words, a filtered page, a deep page
// (offset 100,000 when there are that many cases), a case page, the dashboard, the responses list
// and the held-answer queue; median, p95 and request count. Then the dashboard's first request
// after a staff write (its cached figures recomputed), five times alone; and the export of the
// last full quarter's responses, streamed: rows, seconds, first bytes.
// At demo size on a fresh database; with --large on the database of --large-db (PostgreSQL,
// seeded once with `npm run seed:large -- --complaints 200000 --responses 2000000`, see
// bench/README.md) or, without --large-db, on one this section seeds itself (long).
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { base, duration, values, work } from "./options";
import type { Context } from "./measure";
import { databaseEnv, prepareDatabase, run, serverEnv, startServer, stopServer } from "./servers";
import { SERVER_ENTRY } from "../scripts/build-server.mjs";

const CLIENTS = 5;
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

/** `clients` loops asking `urls()` in turn for `seconds`; each request's time to its last byte. */
async function load(urls: () => string, cookie: string, seconds: number, clients = CLIENTS): Promise<Omit<WorkspaceRow, "target">> {
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
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { median: at(0.5), p95: at(0.95), requests: times.length, errors };
}

/**
 * The dashboard's cold path: the figures it shows are cached per public data version, so the
 * first request after a staff write computes them again (every quarter of the trend). Five times:
 * bump the version as a staff write does, then one request alone.
 */
async function afterWrites(env: Record<string, string>, dataDir: string, cookie: string): Promise<Omit<WorkspaceRow, "target">> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < 5; i++) {
    await query(env, dataDir, `UPDATE "PublicDataVersion" SET version = version + 1 WHERE id = 1`, true);
    const started = performance.now();
    const res = await fetch(`${base}/admin`, { headers: { cookie, "accept-encoding": "gzip" }, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) errors++;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(times[2]), p95: Math.round(times[4]), requests: times.length, errors };
}

/** The export of the last full quarter's responses, streamed: its rows, its time and the time to its first bytes. */
async function exportQuarter(cookie: string) {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3); // the current quarter's index; the last full one before it
  const key = q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
  const started = performance.now();
  const res = await fetch(`${base}/admin/ekspor/responses?period=${key}`, { headers: { cookie }, redirect: "manual" });
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

async function measureWorkspace(label: string, dataDir: string, env: Record<string, string>) {
  const app = await startServer(["node", SERVER_ENTRY], { ...serverEnv(dataDir), ...env }, `${base}/api/health`);
  try {
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
    const list = `${base}/admin/pengaduan`;
    const targets: [string, () => string][] = [
      ["case list, first page", () => list],
      ["search by code", () => `${list}?q=${encodeURIComponent(pick(sample).trackingCode)}`],
      ["search by phone", () => `${list}?q=${encodeURIComponent(pick(phones))}`],
      ["search by words", () => `${list}?q=${encodeURIComponent(pick(["toilet rusak", "pungutan formulir", "antrean dilewati", "nada kasar"]))}`],
      ["filtered page (open, WhatsApp, overdue)", () => `${list}?status=open&channel=whatsapp&overdue=any`],
      [`deep page (page ${deepPage})`, () => `${list}?page=${deepPage}`],
      ["case page", () => `${list}/${pick(sample).id}`],
      ["dashboard", () => `${base}/admin`],
      ["responses list", () => `${base}/admin/respons`],
      ["held-answer queue", () => `${base}/admin/respons/ditahan`],
    ];
    // Warm up every route (compilation caches, connections) before any timing.
    for (const [, url] of targets) await load(url, cookie, 1, 1);
    const rows: WorkspaceRow[] = [];
    for (const [target, url] of targets) rows.push({ target, ...(await load(url, cookie, duration)) });
    rows.push({ target: "dashboard, first request after a staff write", ...(await afterWrites(env, dataDir, cookie)) });
    const exported = await exportQuarter(cookie);
    console.log(`\nWorkspace, ${label}: ${Number(n).toLocaleString("en")} cases, ${CLIENTS} clients, ${duration} s each (ms)`);
    console.table(rows);
    console.log("Export of the last full quarter's responses (streamed):");
    console.table([exported]);
    return { label, cases: Number(n), rows, export: exported };
  } finally {
    await stopServer(app);
  }
}

export async function workspace({ results }: Context) {
  const measured = [];
  // Per port, so that benches of several checkouts do not share a database.
  const demoDir = path.join(work, `workspace-demo-${values.port}`);
  prepareDatabase(demoDir, 0);
  measured.push(await measureWorkspace("demo data", demoDir, databaseEnv(demoDir)));
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
    measured.push(await measureWorkspace("large", largeDir, env));
  }
  const demo = measured[0];
  for (const m of measured.slice(1)) {
    console.log(`\n${m.label} against demo size (p95 ≤ 300 ms and ≤ 1.5x the demo's median):`);
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
}
