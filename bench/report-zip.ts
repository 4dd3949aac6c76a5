// 6. (--only report-zip) the period's ZIP of SKM report PDFs (every unit's with respondents or a
// plan, and the city's), printed by Chromium and streamed: the time to the response's headers,
// to its first bytes and to its end, for the demo's latest published quarter.
import path from "node:path";
import { unzipSync } from "fflate";
import { encode } from "next-auth/jwt";
import { base, work } from "./options";
import { table, type Context } from "./measure";
import { databaseEnv, prepareDatabase, startApp, stopServer } from "./servers";
import { createDb } from "@/lib/db/db.server";
import { DEMO_USERS } from "@/prisma/seed/demo";
import { currentQuarter, previousPeriod } from "@/lib/scores/period";

export async function reportZip({ results }: Context) {
  const dir = path.join(work, "report-zip");
  prepareDatabase(dir, 0);
  // The database by its URL: createDb's SQLite default reads DATA_DIR from the process, not from `env`.
  const env = databaseEnv(dir);
  const { db } = createDb({ ...process.env, DATABASE_URL: env.DATABASE_URL || `file:${path.join(dir, "rapor.db")}` });
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.admin } });
  await db.$disconnect();
  // A session as the secretariat, signed with the bench server's secret (bench/servers.ts).
  const session = await encode({ token: { uid: admin.id, email: admin.email, name: admin.name, sub: String(admin.id) }, secret: "bench" });
  const period = previousPeriod(currentQuarter(new Date())).key;
  const server = await startApp(dir);
  try {
    const rows = [];
    // The first run starts the browser; the second is what a secretariat gets on a warm server.
    for (const run of ["first (starts Chromium)", "second"]) {
      const started = performance.now();
      const response = await fetch(`${base}/admin/laporan/${period}/zip`, { headers: { cookie: `next-auth.session-token=${session}` } });
      const headersAt = performance.now() - started;
      if (response.status !== 200) throw new Error(`ZIP answered ${response.status}`);
      const reader = response.body!.getReader();
      const chunks: Uint8Array[] = [];
      let firstBytesAt = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        if (!chunks.length) firstBytesAt = performance.now() - started;
        chunks.push(chunk.value);
      }
      const total = performance.now() - started;
      const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
      rows.push({
        run,
        period,
        pdfs: Object.keys(files).length,
        MB: (chunks.reduce((n, c) => n + c.length, 0) / 2 ** 20).toFixed(1),
        "headers (s)": (headersAt / 1000).toFixed(2),
        "first bytes (s)": (firstBytesAt / 1000).toFixed(2),
        "total (s)": (total / 1000).toFixed(1),
      });
    }
    console.log(`\n== the period's ZIP of report PDFs (goal: under 60 s, first bytes at once) ==`);
    table(rows);
    results.reportZip = rows;
  } finally {
    await stopServer(server);
  }
}
