// npm run db:restore -- <file> [--force]: restores a backup of db:backup into the database of
// DATABASE_URL (stop the app first), then applies the migrations the backup predates. Refuses a
// database that is not empty unless --force, which replaces its content. docs/operations.md, "Backups".
import { BackupError, restoreDatabase } from "@/lib/backup/backup.server";

const args = process.argv.slice(2);
const force = args.includes("--force");
const files = args.filter((a) => a !== "--force");
if (files.length !== 1 || files[0].startsWith("-")) {
  console.error("usage: npm run db:restore -- <backup file> [--force]");
  process.exit(2);
}
try {
  const result = await restoreDatabase(files[0], process.env, { force });
  console.log(`restored ${files[0]} into ${result.provider} ${result.target}`);
  console.log(
    result.migrationsApplied.length
      ? `applied ${result.migrationsApplied.length} migration(s): ${result.migrationsApplied.join(", ")}`
      : "migrations: up to date",
  );
} catch (error) {
  // One line saying what is wrong; the stack only on request (DEBUG=1), for an error nobody foresaw.
  console.error(`db:restore: ${error instanceof BackupError || !process.env.DEBUG ? (error as Error).message : (error as Error).stack}`);
  process.exit(1);
}
