// Baseline for the survey-submission benchmark: what this machine can do without the framework.
// A bare node:http server that parses the same JSON body, checks it minimally, and writes the
// same response row plus the monthly-aggregate increment in one transaction with the raw driver
// and the app's durability settings (SQLite WAL + synchronous=NORMAL; PostgreSQL defaults).
// Usage: PORT=4100 DATABASE_URL=… node bench/raw-survey-server.mjs
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabase } from "../lib/db/database-url.mjs";

const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];
const target = resolveDatabase();
const OFFSET_MS = 7 * 3600 * 1000;
const cityMonth = (d) => new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 7);
const aggregateColumns = ["respondents", ...ELEMENTS.flatMap((e) => [`${e}Count`, `${e}Sum`])];
const insertSql = (p) =>
  `INSERT INTO "SurveyResponse" ("unitId", "submittedAt", ${ELEMENTS.map((e) => `"${e}"`).join(", ")}, "channel") VALUES (${Array.from({ length: 12 }, (_, i) => p(i + 1)).join(", ")}) RETURNING id`;
const upsertSql = (p, table) =>
  `INSERT INTO "MonthlyAggregate" ("unitId", "month", ${aggregateColumns.map((c) => `"${c}"`).join(", ")}) VALUES (${Array.from({ length: 21 }, (_, i) => p(i + 1)).join(", ")})
   ON CONFLICT ("unitId", "month") DO UPDATE SET ${aggregateColumns.map((c) => `"${c}" = ${table}."${c}" + excluded."${c}"`).join(", ")}`;

let store;
if (target.provider === "sqlite") {
  const sqlite = new Database(target.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  const unitIds = new Map(
    sqlite
      .prepare(`SELECT slug, id FROM "Unit" WHERE active = 1`)
      .all()
      .map((u) => [u.slug, u.id]),
  );
  const insert = sqlite.prepare(insertSql(() => "?"));
  const upsert = sqlite.prepare(upsertSql(() => "?", `"MonthlyAggregate"`));
  const write = sqlite.transaction((unitId, answers, now) => {
    const { id } = insert.get(unitId, now.toISOString().replace("Z", "+00:00"), ...answers, "api");
    upsert.run(unitId, cityMonth(now), 1, ...answers.flatMap((a) => [a == null ? 0 : 1, a ?? 0]));
    return id;
  });
  store = { unitId: (slug) => unitIds.get(slug), write: async (unitId, answers) => write(unitId, answers, new Date()) };
} else {
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  const { rows } = await pool.query(`SELECT slug, id FROM "Unit" WHERE active`);
  const unitIds = new Map(rows.map((u) => [u.slug, u.id]));
  store = {
    unitId: (slug) => unitIds.get(slug),
    write: async (unitId, answers) => {
      const client = await pool.connect();
      try {
        const now = new Date();
        await client.query("BEGIN");
        const { rows } = await client.query(
          insertSql((i) => `$${i}`),
          [unitId, now, ...answers, "api"],
        );
        await client.query(
          upsertSql((i) => `$${i}`, `"MonthlyAggregate"`),
          [unitId, cityMonth(now), 1, ...answers.flatMap((a) => [a == null ? 0 : 1, a ?? 0])],
        );
        await client.query("COMMIT");
        return rows[0].id;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== "POST" || req.url !== "/api/v1/surveys") {
    res.writeHead(404).end();
    return;
  }
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", async () => {
    try {
      const input = JSON.parse(body);
      const unitId = store.unitId(input.unit);
      const answers = ELEMENTS.map((e) => input.answers?.[e] ?? null);
      if (!unitId || answers.some((a) => a != null && (!Number.isInteger(a) || a < 1 || a > 4))) {
        res.writeHead(400, { "content-type": "application/json" }).end('{"error":"validation"}');
        return;
      }
      const id = await store.write(unitId, answers);
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id }));
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end('{"error":"validation"}');
    }
  });
});
server.listen(Number(process.env.PORT ?? 4100), "127.0.0.1", () => console.log(`raw baseline listening on ${server.address().port}`));
