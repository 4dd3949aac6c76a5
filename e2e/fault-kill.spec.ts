// Fault test: during a burst of survey submissions the server is killed with SIGKILL and started
// again. Every submission that was acknowledged with 201 must be stored exactly once, and the
// monthly aggregates must equal a recount of the stored responses. Runs on SQLite and on
// PostgreSQL against the production build, on a server and database of its own.
import { expect, test } from "@playwright/test";
import { postgresSetup, prepareDatabase, sqliteSetup, startServer, waitReady } from "./servers";

const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];

// Room for the demo data on a busy machine (waited for inside the test) as well as the burst.
test.describe.configure({ mode: "serial", timeout: 600_000 });

for (const [provider, makeSetup, port] of [
  ["sqlite", sqliteSetup, 3190],
  ["postgresql", postgresSetup, 3191],
] as const) {
  test(`[${provider}] every acknowledged submission survives SIGKILL exactly once, aggregates stay exact`, async () => {
    const setup = await makeSetup();
    test.skip(!setup, "no PostgreSQL reachable (required when CI is set)");
    const { env, cleanup, query } = setup!;
    const base = `http://127.0.0.1:${port}`;
    try {
      await prepareDatabase(setup!);

      let server = startServer(env, port);
      await waitReady(base);

      const acknowledged: number[] = [];
      let running = true;
      const client = async () => {
        while (running) {
          try {
            const response = await fetch(`${base}/api/v1/surveys`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ unit: "rshd", answers: Object.fromEntries(ELEMENTS.map((e, i) => [e, 1 + ((i + acknowledged.length) % 4)])) }),
            });
            if (response.status === 201) acknowledged.push((await response.json()).id);
          } catch {
            await new Promise((r) => setTimeout(r, 20)); // the server is down: try again shortly
          }
        }
      };
      // Wait on counts, not on the clock: a slow or busy machine acknowledges fewer per second.
      const until = async (count: number) => {
        const deadline = Date.now() + 60_000;
        while (acknowledged.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      };
      const clients = Array.from({ length: 16 }, client);
      await until(40);
      const beforeKill = acknowledged.length;
      process.kill(-server.pid!, "SIGKILL");
      await new Promise((r) => setTimeout(r, 300));
      server = startServer(env, port);
      await waitReady(base);
      await until(acknowledged.length + 20); // more acknowledged submissions after the restart
      running = false;
      await Promise.all(clients);
      process.kill(-server.pid!, "SIGTERM");

      expect(beforeKill).toBeGreaterThanOrEqual(40);
      expect(acknowledged.length).toBeGreaterThan(beforeKill);
      expect(new Set(acknowledged).size).toBe(acknowledged.length);

      const stored = new Set(
        (await query(`SELECT id FROM "SurveyResponse" WHERE service IS NULL AND "unitId" = (SELECT id FROM "Unit" WHERE slug = 'rshd')`)).map((r) =>
          Number(r.id),
        ),
      );
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);

      const recount = await query(
        `SELECT "unitId", COUNT(*) AS n, ${ELEMENTS.map((e) => `COUNT("${e}") AS "${e}Count", COALESCE(SUM("${e}"), 0) AS "${e}Sum"`).join(", ")}
         FROM "SurveyResponse" WHERE excluded = ${provider === "sqlite" ? 0 : "false"} GROUP BY "unitId" ORDER BY "unitId"`,
      );
      const aggregates = await query(
        `SELECT "unitId", SUM(respondents) AS n, ${ELEMENTS.map((e) => `SUM("${e}Count") AS "${e}Count", SUM("${e}Sum") AS "${e}Sum"`).join(", ")}
         FROM "MonthlyAggregate" GROUP BY "unitId" ORDER BY "unitId"`,
      );
      const normalise = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
      expect(normalise(aggregates)).toEqual(normalise(recount));
    } finally {
      await cleanup();
    }
  });
}
