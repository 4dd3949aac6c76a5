// npm run db:backup: one consistent backup of the database in use into BACKUP_DIR (default
// DATA_DIR/backups), keeping the newest BACKUP_KEEP (default 14). Safe while the app serves.
// The last line printed is the path of the file written (for scripts: `tail -n 1`).
// docs/operations.md, "Backups".
import { BackupError, backupDatabase } from "@/lib/backup/backup.server";

try {
  const result = await backupDatabase();
  for (const old of result.pruned) console.log(`deleted old backup ${old}`);
  console.log(`${result.provider} backup written (${result.bytes} bytes):`);
  console.log(result.file);
} catch (error) {
  console.error(`db:backup: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
}
