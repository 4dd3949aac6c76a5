// The version of everything the public pages show. Every staff write that changes a public page
// (a unit created, renamed or deactivated, a head's number, a checklist, an excluded response, a
// published period, the settings, a complaint's step) calls `bumpPublicVersion(tx)` inside its own
// transaction; every instance reads the version on each public request and drops what it cached
// under an older one (lib/cache/versioned-cache.server.ts). So a write shows on the next request on
// every instance sharing the database, with no protocol of our own: the row is the signal.
//
// On SQLite the read is a prepared statement on a read-only connection of its own (a few
// microseconds, WAL readers never wait for the writer); on PostgreSQL a primary-key read, a round
// trip, shared by the requests that arrive while one is in flight (lib/cache/shared-read.ts: each
// still gets a read that started after it asked, so the next request sees a committed write).
import Database from "better-sqlite3";
import { resolveDatabase } from "@/lib/db/database-url.mjs";
import { db as appDb, dbProvider, type Db } from "@/lib/db/db.server";
import { sharedRead } from "@/lib/cache/shared-read";

type VersionTx = Pick<Db, "publicDataVersion">;

/** One line in any transaction that changes what citizens see: `await bumpPublicVersion(tx);` */
export async function bumpPublicVersion(tx: VersionTx): Promise<void> {
  // The row exists from its migration; the upsert only guards a database emptied by hand.
  await tx.publicDataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}

/** The current version, read from the database on every call (never remembered). */
export async function readPublicVersion(db: VersionTx = appDb): Promise<number> {
  if (db === appDb && dbProvider === "sqlite") {
    const fast = sqliteVersion();
    if (fast !== null) return fast;
  }
  return db === appDb ? sharedVersion() : versionOf(db);
}

async function versionOf(db: VersionTx): Promise<number> {
  return (await db.publicDataVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}

const sharedVersion = sharedRead(() => versionOf(appDb));

let statement: Database.Statement<[], { version: number }> | null | undefined;

function sqliteVersion(): number | null {
  if (statement === undefined) {
    try {
      const connection = new Database(resolveDatabase().file!, { readonly: true, fileMustExist: true, timeout: 5000 });
      statement = connection.prepare(`SELECT "version" FROM "PublicDataVersion" WHERE "id" = 1`);
    } catch {
      statement = null; // e.g. a database older than the table: use the client
    }
  }
  if (!statement) return null;
  try {
    return statement.get()?.version ?? 0;
  } catch {
    return null; // e.g. the file replaced under us: this request asks the client
  }
}
