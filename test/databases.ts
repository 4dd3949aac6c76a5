// Runs a suite once per database of the integration run: SQLite always, PostgreSQL when the
// global setup prepared one (a skipped suite says so in the report).
import { afterAll, describe, inject } from "vitest";
import { createDb, type Db, type DbProvider } from "@/lib/db/db.server";

export function describeEachDatabase(title: string, body: (ctx: { db: () => Db; provider: DbProvider }) => void) {
  const targets: [DbProvider, string | null][] = [
    ["sqlite", inject("sqliteUrl")],
    ["postgresql", inject("postgresUrl")],
  ];
  for (const [provider, url] of targets) {
    const suite = url ? describe : describe.skip;
    suite(`${title} [${provider}]`, () => {
      let client: Db | undefined;
      const db = () => (client ??= createDb({ ...process.env, DATABASE_URL: url! }).db);
      afterAll(async () => {
        await client?.$disconnect();
      });
      body({ db, provider });
    });
  }
}
