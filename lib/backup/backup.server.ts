// Backups of the database in use (lib/db/database-url.mjs) and their restore (docs/operations.md, "Backups").
// SQLite: better-sqlite3's online backup API, a consistent copy while the server writes (a file
// copy during WAL writes can be torn). PostgreSQL: `pg_dump --format=custom` (one consistent
// snapshot) and `pg_restore`. A backup is written under a temporary name and renamed when
// complete, so a crashed run never counts as a backup and never pushes a good one out.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { dataDir, resolveDatabase } from "@/lib/db/database-url.mjs";
import { migrate } from "@/scripts/db-migrate.mjs";

const run = promisify(execFile);

export type Env = Record<string, string | undefined>;

/** A failure with a message meant for the operator (printed without a stack trace). */
export class BackupError extends Error {}

export function backupDir(env: Env = process.env): string {
  return path.resolve(env.BACKUP_DIR?.trim() || path.join(dataDir(), "backups"));
}

/** How many backups to keep (BACKUP_KEEP, default 14); older ones are deleted after a new one is written. */
export function backupKeep(env: Env = process.env): number {
  const raw = env.BACKUP_KEEP?.trim();
  if (!raw) return 14;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new BackupError(`BACKUP_KEEP must be a whole number of at least 1, got "${raw}"`);
  return n;
}

const NAME = /^rapor-(\d{8}T\d{9}Z)\.(sqlite|dump)$/;

/** rapor-20261130T010203123Z.sqlite (UTC, to the millisecond: names sort in time order). */
export function backupFileName(provider: "sqlite" | "postgresql", now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `rapor-${stamp}.${provider === "sqlite" ? "sqlite" : "dump"}`;
}

/** The backups in `dir` written by this tool, oldest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Deletes all but the newest `keep` backups (only files named like ours); returns the deleted paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const file of old) rmSync(file, { force: true });
  return old;
}

/**
 * The PostgreSQL client tool `name` (pg_dump, pg_restore): PG_DUMP / PG_RESTORE when set, else
 * on PATH, else the newest /usr/lib/postgresql/<version>/bin (Debian puts it there).
 */
export async function findPgTool(name: "pg_dump" | "pg_restore", env: Env = process.env, debian = "/usr/lib/postgresql"): Promise<string> {
  const override = env[name.toUpperCase()]?.trim();
  if (override) {
    if (!existsSync(override)) throw new BackupError(`${name.toUpperCase()}=${override}: no such file`);
    return override;
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const candidate = path.join(debian, v, "bin", name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new BackupError(
    `${name} was not found (PATH, /usr/lib/postgresql/*/bin). Install the PostgreSQL client of your server's version ` +
      `(Debian/Ubuntu: apt-get install postgresql-client) or set ${name.toUpperCase()}=/path/to/${name}.`,
  );
}

/** libpq refuses Prisma's own URL parameters; the PostgreSQL tools get the URL without them. */
export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout", "statement_cache_size"]) parsed.searchParams.delete(key);
  return parsed.toString();
}

async function runTool(tool: string, args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new BackupError(`${path.basename(tool)} failed: ${(e.stderr || e.message).trim()}`);
  }
}

/**
 * Copies a SQLite database with the online backup API. All pages go in one step, under one read
 * transaction: copied in small steps, a write by another connection between two steps would
 * restart the copy, forever under a steady load.
 */
async function sqliteCopy(from: string, to: string, options: { readonly: boolean }): Promise<void> {
  const source = new Database(from, { readonly: options.readonly, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 10000");
    await source.backup(to, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/**
 * The copy keeps the source's WAL mode, so opening it would leave -wal and -shm files beside it;
 * in rollback-journal mode a backup is one file (the restore and the app switch WAL on again).
 */
function selfContained(file: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("journal_mode = DELETE");
  } finally {
    sqlite.close();
  }
}

/** `PRAGMA integrity_check` of a SQLite file: "ok", or the problems found (a file too damaged to open says so too). */
export function sqliteIntegrity(file: string): string {
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    } finally {
      sqlite.close();
    }
  } catch (error) {
    // A truncated or overwritten file fails before the check can run ("database disk image is malformed").
    return (error as Error).message;
  }
}

// What marks a backup of this product: the migrations' bookkeeping table, whose first migration is
// ours (every database of the product has applied it), and the product's own tables. A SQLite file
// or a dump of another application passes the integrity check but is not something to restore.
const FIRST_MIGRATION = "20261122180506_init";
const PRODUCT_TABLES = ["_prisma_migrations", "Unit", "SurveyResponse", "Complaint"];
const NOT_OURS = "is not a backup of Rapor Layanan";

/** Why a SQLite file (intact) is not a backup of this product, or null when it is one. */
export function sqliteNotOurs(file: string): string | null {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set(sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
    const missing = PRODUCT_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return `${NOT_OURS} (no table ${missing.map((t) => `"${t}"`).join(", ")})`;
    const first = sqlite.prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL`).get(FIRST_MIGRATION);
    return first ? null : `${NOT_OURS} (its migrations do not start with ${FIRST_MIGRATION})`;
  } finally {
    sqlite.close();
  }
}

/** Why a pg_dump archive's table of contents (pg_restore --list) is not a backup of this product, or null. */
export function pgArchiveNotOurs(list: string): string | null {
  const tables = new Set([...list.matchAll(/^\d+;\s+\d+\s+\d+\s+TABLE\s+public\s+"?([^"\s]+)"?(?:\s|$)/gm)].map((m) => m[1]));
  const missing = PRODUCT_TABLES.filter((t) => !tables.has(t));
  if (missing.length) return `${NOT_OURS} (no table ${missing.map((t) => `"${t}"`).join(", ")})`;
  return /^\d+;\s+\d+\s+\d+\s+TABLE DATA\s+public\s+"?_prisma_migrations"?(?:\s|$)/m.test(list) ? null : `${NOT_OURS} (no migrations recorded)`;
}

export type BackupResult = { file: string; provider: "sqlite" | "postgresql"; bytes: number; pruned: string[] };

/** Writes one backup of the database of `env` into BACKUP_DIR and prunes to BACKUP_KEEP. */
export async function backupDatabase(env: Env = process.env, now = new Date()): Promise<BackupResult> {
  const target = resolveDatabase(env as NodeJS.ProcessEnv);
  const keep = backupKeep(env);
  const dir = backupDir(env);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(target.provider, now));
  if (existsSync(file)) throw new BackupError(`${file} already exists`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if (target.provider === "sqlite") {
      if (!existsSync(target.file!)) throw new BackupError(`no SQLite database at ${target.file}`);
      await sqliteCopy(target.file!, partial, { readonly: false });
      selfContained(partial);
      const check = sqliteIntegrity(partial);
      if (check !== "ok") throw new BackupError(`the copy failed its integrity check: ${check}`);
    } else {
      const pgDump = await findPgTool("pg_dump", env);
      await runTool(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${libpqUrl(target.url)}`]);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const pruned = pruneBackups(dir, keep);
  return { file, provider: target.provider, bytes: statSync(file).size, pruned };
}

/** What a backup file holds, by its first bytes. */
export function backupKind(file: string): "sqlite" | "postgresql" | null {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, n).toString("latin1");
    if (text.startsWith("SQLite format 3\u0000")) return "sqlite";
    if (text.startsWith("PGDMP")) return "postgresql";
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Refused: the target database holds tables and `--force` was not given. Nothing was changed. */
export class NotEmptyError extends BackupError {}

export type RestoreResult = { provider: "sqlite" | "postgresql"; target: string; migrationsApplied: string[] };

/**
 * Restores `file` into the database of `env` (stop the app first), then applies the migrations
 * the backup predates. Refuses a database that holds any table unless `force`: then its content
 * is replaced (SQLite: the file and its WAL are removed; PostgreSQL: the schema `public` is
 * dropped and created again).
 */
export async function restoreDatabase(file: string, env: Env = process.env, options: { force?: boolean } = {}): Promise<RestoreResult> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`no backup file at ${file}`);
  const target = resolveDatabase(env as NodeJS.ProcessEnv);
  const kind = backupKind(file);
  if (!kind) throw new BackupError(`${file} is neither a SQLite database nor a pg_dump custom-format archive`);
  if (kind !== target.provider) {
    throw new BackupError(
      `${file} is a ${kind === "sqlite" ? "SQLite" : "PostgreSQL"} backup but DATABASE_URL points to ${target.provider === "sqlite" ? "SQLite" : "PostgreSQL"}`,
    );
  }
  // Checked before the target is touched: a damaged file, or one of another application, changes nothing.
  if (target.provider === "sqlite") {
    const check = sqliteIntegrity(file);
    if (check !== "ok") throw new BackupError(`${file} is damaged (SQLite integrity check: ${oneLine(check)})`);
    const notOurs = sqliteNotOurs(file);
    if (notOurs) throw new BackupError(`${file} ${notOurs}`);
    const dest = target.file!;
    if (existsSync(dest)) {
      const tables = sqliteTableCount(dest);
      if (tables > 0 && !options.force) throw new NotEmptyError(`the database ${dest} is not empty (${tables} tables); add --force to replace it`);
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dest + suffix, { force: true });
    }
    mkdirSync(path.dirname(dest), { recursive: true });
    await sqliteCopy(file, dest, { readonly: true });
    const restored = sqliteIntegrity(dest);
    if (restored !== "ok") throw new BackupError(`the restored database failed its integrity check: ${restored}`);
  } else {
    const pgRestore = await findPgTool("pg_restore", env);
    // The archive read whole (into nothing): a truncated or corrupted dump fails here, not halfway through a restore.
    const list = await toolOutput(pgRestore, ["--list", file]).catch((e: Error) => {
      throw new BackupError(`${file} is damaged (pg_restore cannot read its table of contents: ${oneLine(e.message)})`);
    });
    await toolOutput(pgRestore, ["--file=/dev/null", file]).catch((e: Error) => {
      throw new BackupError(`${file} is damaged (pg_restore cannot read it whole: ${oneLine(e.message)})`);
    });
    const notOurs = pgArchiveNotOurs(list);
    if (notOurs) throw new BackupError(`${file} ${notOurs}`);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
      );
      const relations = Number(rows[0].n);
      if (relations > 0 && !options.force)
        throw new NotEmptyError(`the database is not empty (${relations} tables, views or sequences in schema public); add --force to replace it`);
      if (relations > 0) await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    } finally {
      await client.end();
    }
    await runTool(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${libpqUrl(target.url)}`, file]);
  }
  const { applied } = await migrate(env as NodeJS.ProcessEnv);
  return { provider: target.provider, target: target.provider === "sqlite" ? target.file! : redactUrl(target.url), migrationsApplied: applied };
}

/** A tool's standard output; a failure's message is its standard error. */
async function toolOutput(tool: string, args: string[]): Promise<string> {
  try {
    return (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error((e.stderr || e.message).trim());
  }
}

/** A message on one line (the restore's refusal is one line). */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, "; ").slice(0, 300);

function sqliteTableCount(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** A database URL without its password, for printing. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
