// Runs a suite once per database of the integration run: SQLite always, PostgreSQL when the
// global setup prepared one (a skipped suite says so in the report). Each worker has databases of
// its own (integration-setup.ts), used by its files one at a time.
import { afterAll, describe, inject } from "vitest";
import { createDb, type Db, type DbProvider } from "@/lib/db/db.server";

/** This worker's slot in the global setup's lists (VITEST_POOL_ID counts from 1). */
function workerDatabase(urls: string[]): string {
  const index = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  // Never share: two files at once on one database would see each other's rows.
  if (!(index >= 0 && index < urls.length)) throw new Error(`worker ${process.env.VITEST_POOL_ID} has no database (INTEGRATION_WORKERS=${urls.length})`);
  return urls[index];
}

/** `url`: this worker's database, for a test that starts a process of its own on it. */
export function describeEachDatabase(title: string, body: (ctx: { db: () => Db; provider: DbProvider; url: string }) => void) {
  const sqlite = inject("sqliteUrls");
  const postgres = inject("postgresUrls");
  const targets: [DbProvider, string | null][] = [
    ["sqlite", workerDatabase(sqlite)],
    ["postgresql", postgres ? workerDatabase(postgres) : null],
  ];
  for (const [provider, url] of targets) {
    const suite = url ? describe : describe.skip;
    suite(`${title} [${provider}]`, () => {
      let client: Db | undefined;
      const db = () => (client ??= createDb({ ...process.env, DATABASE_URL: url! }).db);
      afterAll(async () => {
        await client?.$disconnect();
      });
      body({ db, provider, url: url ?? "" });
    });
  }
}
