// The proof that backups restore (issue 19): on each database, a backup is taken by the real
// `npm run db:backup` process while surveys and complaints keep arriving, restored by the real
// `npm run db:restore` into a fresh database, and then every answer acknowledged before the
// backup began is there, the copy is intact, and its scores equal the source's.
//
// "Scores at that moment": the answers acknowledged before the backup are dated in October, the
// load that runs during it in November, so October's figures cannot move while the backup runs
// and must come out of the copy exactly. November's copy must be one consistent moment: its
// aggregates equal a recount of the responses that made it in (a torn copy would differ).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db, type DbProvider } from "@/lib/db/db.server";
import { computeScores } from "@/lib/scores/read-model.server";
import { fileComplaint } from "@/lib/complaints/filing.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { parsePeriod } from "@/lib/scores/period";
import { recordResponse } from "@/lib/survey/record.server";
import { cityMonth } from "@/lib/time/clock";
import { complaintSchema } from "@/lib/complaints/schema";
import { surveySchema } from "@/lib/survey/schema";
import { migrate } from "@/scripts/db-migrate.mjs";
import { emptyPostgresDatabase, runScript } from "@/test/scratch";
import { sqliteIntegrity } from "./backup.server";

process.env.SURVEY_RATE_LIMIT = "0";
process.env.COMPLAINT_RATE_LIMIT = "0";

const OCTOBER = new Date("2026-10-14T03:00:00Z");
const NOVEMBER = new Date("2026-11-10T03:00:00Z");
const SCORED_AT = new Date("2026-11-30T03:00:00Z");
const UNITS = ["bk-rsud", "bk-capil", "bk-pdam"];

type Target = { url: string; drop: () => Promise<void> };

async function freshDatabase(provider: DbProvider, dir: string, name: string): Promise<Target> {
  if (provider === "sqlite") return { url: `file:${path.join(dir, `${name}.db`)}`, drop: async () => {} };
  return emptyPostgresDatabase("rapor_bk", name);
}

function answersOf(i: number) {
  return Object.fromEntries(ELEMENT_KEYS.map((k, j) => [k, 1 + ((i * 7 + j * 3) % 4)]));
}

for (const provider of ["sqlite", "postgresql"] as const) {
  const available = provider === "sqlite" || !!inject("postgresUrl");
  (available ? describe : describe.skip)(`a backup taken during a write load restores [${provider}]`, () => {
    let dir: string;
    let source: Target;
    let restored: Target;
    let src: Db;
    let copy: Db | undefined;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "rapor-backup-"));
      source = await freshDatabase(provider, dir, "source");
      restored = await freshDatabase(provider, dir, "restored");
      await migrate({ ...process.env, DATABASE_URL: source.url });
      src = createDb({ ...process.env, DATABASE_URL: source.url }).db;
      const type = await src.unitType.findUniqueOrThrow({ where: { code: "dinas" } });
      for (const slug of UNITS) {
        await src.unit.create({
          data: { slug, name: `Unit ${slug}`, typeId: type.id, headName: "Kepala Contoh", headPhone: "+62 812-0000-0000", yearlyServiceVolume: 20 },
        });
      }
    });

    afterAll(async () => {
      await src?.$disconnect();
      await copy?.$disconnect();
      await source?.drop();
      await restored?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const survey = (i: number, now: Date) =>
      recordResponse(src, surveySchema.parse({ unit: UNITS[i % UNITS.length], answers: answersOf(i), profile: { gender: i % 2 ? "female" : "male" } }), {
        channel: "api",
        clientKey: `c${i}`,
        now,
        provider,
      });
    const complaint = (i: number, now: Date) =>
      fileComplaint(
        src,
        complaintSchema.parse({
          unit: UNITS[i % UNITS.length],
          category: "delay",
          description: `Antrean terlalu lama, kunjungan nomor ${i}.`,
          occurredOn: "2026-10-01",
          anonymous: false,
          contact: { name: `Pelapor ${i}`, phone: `0812000${String(i).padStart(5, "0")}` },
        }),
        { clientKey: `c${i}`, now },
      );

    it("holds every acknowledged answer, is intact, and scores as the source did", { timeout: 300_000 }, async () => {
      // Acknowledged before the backup: October's answers and complaints, in concurrent bursts.
      const acknowledged: { responses: number[]; complaints: string[] } = { responses: [], complaints: [] };
      for (let burst = 0; burst < 20; burst++) {
        const outcomes = await Promise.all(Array.from({ length: 20 }, (_, j) => survey(burst * 20 + j, OCTOBER)));
        for (const o of outcomes) acknowledged.responses.push((o as { id: number }).id);
        const filed = await complaint(burst, OCTOBER);
        if (!filed.ok) throw new Error("complaint refused");
        acknowledged.complaints.push(filed.trackingCode);
      }
      const october = parsePeriod("2026-10")!;
      const scoresBefore = await computeScores(src, october, SCORED_AT);
      expect(scoresBefore.units.filter((u) => u.respondents > 0)).toHaveLength(UNITS.length);

      // The load: four writers keep adding November answers and complaints until told to stop.
      let stop = false;
      let duringLoad = 0;
      let loadError: unknown = null;
      let signalStarted: () => void = () => {};
      const started = new Promise<void>((resolve) => (signalStarted = resolve));
      const writers = Array.from({ length: 4 }, (_, w) =>
        (async () => {
          for (let i = 0; !stop; i++) {
            // SQLite's driver is synchronous: without a turn of the event loop, the writers'
            // promise chain would starve the backup process's exit event.
            await new Promise((resolve) => setImmediate(resolve));
            const n = 100_000 + w * 10_000 + i;
            const outcome = i % 5 === 4 ? await complaint(n, NOVEMBER) : await survey(n, NOVEMBER);
            if (!outcome.ok) throw new Error(`a write was refused: ${JSON.stringify(outcome)}`);
            if (++duringLoad >= 20) signalStarted();
          }
        })().catch((error) => {
          loadError = error;
          signalStarted();
        }),
      );
      await started; // the load is running (a state, not a delay)

      const backupDir = path.join(dir, "backups");
      const backup = await runScript("scripts/db-backup.ts", [], { ...process.env, DATABASE_URL: source.url, BACKUP_DIR: backupDir, BACKUP_KEEP: "3" });
      const writtenWhileBackingUp = duringLoad;
      stop = true;
      await Promise.all(writers);
      expect(loadError).toBeNull();
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      const file = backup.stdout.trim().split("\n").at(-1)!;
      expect(path.dirname(file)).toBe(backupDir);
      expect(path.basename(file)).toMatch(provider === "sqlite" ? /^rapor-\d{8}T\d{9}Z\.sqlite$/ : /^rapor-\d{8}T\d{9}Z\.dump$/);
      expect(writtenWhileBackingUp).toBeGreaterThanOrEqual(20);

      // October could not move during the load.
      expect(await computeScores(src, october, SCORED_AT)).toEqual(scoresBefore);

      const restore = await runScript("scripts/db-restore.ts", [file], { ...process.env, DATABASE_URL: restored.url });
      expect(restore.stderr).toBe("");
      expect(restore.code).toBe(0);
      if (provider === "sqlite") {
        expect(sqliteIntegrity(file)).toBe("ok");
        expect(sqliteIntegrity(restored.url.slice("file:".length))).toBe("ok");
      }
      copy = createDb({ ...process.env, DATABASE_URL: restored.url }).db;

      // Every answer acknowledged before the backup began, with its content.
      const sourceRows = await src.surveyResponse.findMany({ where: { id: { in: acknowledged.responses } }, orderBy: { id: "asc" } });
      const copiedRows = await copy.surveyResponse.findMany({ where: { id: { in: acknowledged.responses } }, orderBy: { id: "asc" } });
      expect(copiedRows).toHaveLength(acknowledged.responses.length);
      expect(copiedRows).toEqual(sourceRows);
      const cases = await copy.complaint.findMany({ where: { trackingCode: { in: acknowledged.complaints } }, include: { reporter: true, events: true } });
      expect(cases).toHaveLength(acknowledged.complaints.length);
      expect(cases.every((c) => c.reporter?.phone && c.events.length === 1)).toBe(true);

      // The same scores as the source's.
      expect(await computeScores(copy, october, SCORED_AT)).toEqual(scoresBefore);

      // November in the copy is one consistent moment: aggregates equal a recount of its responses,
      // and every copied response is the source's own.
      const novemberCopied = (await copy.surveyResponse.findMany({ where: { submittedAt: { gte: new Date("2026-10-31T17:00:00Z") } } })).filter(
        (r) => cityMonth(r.submittedAt) === "2026-11",
      );
      const aggregates = await copy.monthlyAggregate.findMany({ where: { month: "2026-11" } });
      for (const unit of await copy.unit.findMany()) {
        const mine = novemberCopied.filter((r) => r.unitId === unit.id && !r.held && !r.excluded); // held answers stay out of aggregates
        const aggregate = aggregates.find((a) => a.unitId === unit.id);
        expect(aggregate?.respondents ?? 0).toBe(mine.length);
        for (const k of ELEMENT_KEYS) expect(aggregate?.[`${k}Sum`] ?? 0).toBe(mine.reduce((s, r) => s + (r[k] ?? 0), 0));
      }
      const fromSource = await src.surveyResponse.findMany({ where: { id: { in: novemberCopied.map((r) => r.id) } }, orderBy: { id: "asc" } });
      expect(novemberCopied.sort((a, b) => a.id - b.id)).toEqual(fromSource);

      // The restored database is migrated like the source and can take new answers.
      expect(await copy.$queryRawUnsafe(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`)).toEqual(
        await src.$queryRawUnsafe(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`),
      );
      const after = await recordResponse(copy, surveySchema.parse({ unit: UNITS[0], answers: answersOf(1) }), {
        channel: "api",
        clientKey: "after",
        now: NOVEMBER,
        provider,
      });
      expect(after.ok).toBe(true);
    });

    it("refuses to restore over a database that is not empty, unless --force", { timeout: 120_000 }, async () => {
      const backupDir = path.join(dir, "backups");
      const backup = await runScript("scripts/db-backup.ts", [], { ...process.env, DATABASE_URL: source.url, BACKUP_DIR: backupDir, BACKUP_KEEP: "3" });
      expect(backup.code).toBe(0);
      const file = backup.stdout.trim().split("\n").at(-1)!;
      const marker = await copy!.surveyResponse.count();
      const refused = await runScript("scripts/db-restore.ts", [file], { ...process.env, DATABASE_URL: restored.url });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/not empty.*--force/);
      expect(await copy!.surveyResponse.count()).toBe(marker);
      await copy!.$disconnect();
      copy = undefined;
      const forced = await runScript("scripts/db-restore.ts", [file, "--force"], { ...process.env, DATABASE_URL: restored.url });
      expect(forced.stderr).toBe("");
      expect(forced.code).toBe(0);
      copy = createDb({ ...process.env, DATABASE_URL: restored.url }).db;
      expect(await copy.surveyResponse.count()).toBe(await src.surveyResponse.count());
    });
  });
}
