import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BackupError, backupDir, backupFileName, backupKeep, findPgTool, libpqUrl, listBackups, pruneBackups, redactUrl } from "./backup.server";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rapor-backup-unit-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("backup files", () => {
  it("are named by UTC time to the millisecond, so names sort in time order", () => {
    expect(backupFileName("sqlite", new Date("2026-11-30T01:02:03.004Z"))).toBe("rapor-20261130T010203004Z.sqlite");
    expect(backupFileName("postgresql", new Date("2026-11-30T01:02:03.004Z"))).toBe("rapor-20261130T010203004Z.dump");
  });

  it("go to BACKUP_DIR, else DATA_DIR/backups; BACKUP_KEEP defaults to 14 and must be a whole number", () => {
    expect(backupDir({ BACKUP_DIR: "/srv/backups" })).toBe("/srv/backups");
    expect(backupKeep({})).toBe(14);
    expect(backupKeep({ BACKUP_KEEP: "3" })).toBe(3);
    for (const bad of ["0", "-2", "2.5", "many"]) expect(() => backupKeep({ BACKUP_KEEP: bad })).toThrow(BackupError);
  });

  it("keeps the newest N of its own files and never touches others", () => {
    const dir = tempDir();
    const names = [1, 2, 3, 4].map((i) => backupFileName("sqlite", new Date(Date.UTC(2026, 10, i))));
    for (const name of [...names, "notes.txt", "rapor-20261101T000000000Z.sqlite.partial"]) writeFileSync(path.join(dir, name), "x");
    expect(pruneBackups(dir, 2).map((f) => path.basename(f))).toEqual(names.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual([...names.slice(2), "notes.txt", "rapor-20261101T000000000Z.sqlite.partial"].sort());
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual(names.slice(2));
    expect(listBackups(path.join(dir, "missing"))).toEqual([]);
  });
});

describe("PostgreSQL tools", () => {
  it("are found on PATH or in the newest /usr/lib/postgresql/<version>/bin", async () => {
    const root = tempDir();
    for (const v of ["13", "15"]) {
      mkdirSync(path.join(root, v, "bin"), { recursive: true });
      writeFileSync(path.join(root, v, "bin", "pg_dump"), "");
    }
    expect(await findPgTool("pg_dump", { PATH: "" }, root)).toBe(path.join(root, "15", "bin", "pg_dump"));
    const onPath = tempDir();
    writeFileSync(path.join(onPath, "pg_dump"), "");
    expect(await findPgTool("pg_dump", { PATH: onPath }, root)).toBe(path.join(onPath, "pg_dump"));
  });

  it("missing, give a clear error that says what to install", async () => {
    const nowhere = path.join(tempDir(), "none");
    await expect(findPgTool("pg_dump", { PATH: "" }, nowhere)).rejects.toThrow(/pg_dump was not found.*apt-get install postgresql-client.*PG_DUMP=/);
    await expect(findPgTool("pg_restore", { PATH: "", PG_RESTORE: "/no/such/pg_restore" }, nowhere)).rejects.toThrow(
      /PG_RESTORE=\/no\/such\/pg_restore: no such file/,
    );
  });

  it("get the URL without Prisma's own parameters, and printed URLs hide the password", () => {
    expect(libpqUrl("postgresql://u:p@db:5432/rapor?schema=public&sslmode=require&connection_limit=5")).toBe("postgresql://u:p@db:5432/rapor?sslmode=require");
    expect(redactUrl("postgresql://u:secret@db:5432/rapor")).toBe("postgresql://u:***@db:5432/rapor");
  });
});
