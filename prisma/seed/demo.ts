// Realistic demo data: the Bengkulu units, twelve months of SKM responses and complaints ending
// at `now`, standards checklists, and one user of each role. Deterministic (a seeded PRNG), so a
// reseed gives the same picture; idempotent (skips when units exist, unless `reset`); bulk inserts.
import { seedPlans, seedPlansForRedUnits } from "./plans";
import { seedAlerts } from "./alerts";
import type { Db } from "@/lib/db/db.server";
import { hashPassword } from "@/lib/auth/password.server";
import { addResponse, ELEMENT_KEYS, emptyTotals, type ElementTotals } from "@/lib/scores/elements";
import { cityMidnight, cityMonth } from "@/lib/time/clock";
import { publishPeriod } from "@/lib/scores/read-model.server";
import { OMBUDSMAN_2013 } from "@/lib/scores/zones";
import { currentQuarter, previousPeriod } from "@/lib/scores/period";
import { hashSecret, newSecret } from "@/lib/kiosk/secrets";
import { seedComplaints } from "./complaints";
import { backfillNextDue } from "@/lib/complaints/next-due.server";
import { answer, clamp, pick, poisson, prng, type Random } from "./random";
import { DEMO_UNITS, KECAMATAN, fictionalName, fictionalNip, fictionalPhone, type DemoUnit } from "./bengkulu";

export const DEMO_PASSWORD = "rapor-demo-2026";
export const DEMO_USERS = {
  admin: "sekretariat@rapor.example",
  inspector: "inspektorat@rapor.example",
  unitHeads: { rshd: "direktur.rshd@rapor.example", dukcapil: "kadis.dukcapil@rapor.example", "puskesmas-jalan-gedang": "kapus.jalangedang@rapor.example" },
} as const;

const COMMENTS = [
  "Petugas ramah dan cepat.",
  "Antrean terlalu panjang, mohon ditambah loket.",
  "Ruang tunggu panas, kipas angin rusak.",
  "Persyaratan tidak dijelaskan di awal.",
  "Pelayanan sudah jauh lebih baik dari tahun lalu.",
  "Tolong sediakan kursi untuk lansia.",
  "Petugas datang terlambat.",
  "Terima kasih, prosesnya mudah.",
];

export type SeedSummary = { units: number; responses: number; complaints: number; users: number; skipped: boolean };

export type SeedOptions = {
  now?: Date;
  reset?: boolean;
  log?: (line: string) => void;
  /**
   * Survey answers per month as a multiple of each unit's `monthlyResponses`. The product's demo
   * (npm start, db:seed) uses DEMO_RESPONSE_SCALE, at which most units reach their minimum sample
   * in a quarter; tests keep 1 (fewer rows, faster seeds).
   */
  responseScale?: number;
  /** How many of the latest ended quarters to publish, as the secretariat would have (default none). */
  publishQuarters?: number;
};

/** The product demo's answer volume: about 28 of the 42 units reach their Krejcie-Morgan minimum in a quarter. */
export const DEMO_RESPONSE_SCALE = 4;

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const responseScale = options.responseScale ?? 1;
  const log = options.log ?? (() => {});
  if (options.reset) await wipe(db);
  else if ((await db.unit.count()) > 0) {
    log("demo data already present: skipping (use --reset to recreate it)");
    return { units: 0, responses: 0, complaints: 0, users: 0, skipped: true };
  }
  const random = prng(20171212); // the deputy mayor's order, 12 December

  const types = new Map((await db.unitType.findMany()).map((t) => [t.code, t.id]));
  await db.kecamatan.createMany({ data: KECAMATAN.map((name) => ({ name, slug: slugOf(name) })) });
  const kecamatanIds = new Map((await db.kecamatan.findMany()).map((k) => [k.name, k.id]));

  await db.unit.createMany({
    data: DEMO_UNITS.map((u, i) => ({
      slug: u.slug,
      name: u.name,
      typeId: types.get(u.type)!,
      kecamatanId: u.kecamatan ? kecamatanIds.get(u.kecamatan)! : null,
      headName: fictionalName(i),
      headTitle: u.headTitle,
      headNip: fictionalNip(i),
      headPhone: fictionalPhone(i),
      headPhoneCheckedAt: i % 4 === 3 ? null : new Date(now.getTime() - (5 + ((i * 11) % 80)) * 86_400_000),
      yearlyServiceVolume: u.yearlyServiceVolume,
    })),
  });
  const units = await db.unit.findMany({ select: { id: true, slug: true } });
  const unitIds = new Map(units.map((u) => [u.slug, u.id]));
  const kioskIds = await seedKiosks(db, unitIds, now);

  // Twelve city months ending with the current one.
  const [year, month] = cityMonth(now).split("-").map(Number);
  const months = Array.from({ length: 12 }, (_, k) => {
    const m = month - 11 + k;
    const start = cityMidnight(year + Math.floor((m - 1) / 12), ((m - 1 + 120) % 12) + 1);
    return start;
  });

  let responseCount = 0;
  const aggregates: (ElementTotals & { unitId: number; month: string })[] = [];
  for (const unit of DEMO_UNITS) {
    const unitId = unitIds.get(unit.slug)!;
    const rows = [];
    for (const [k, start] of months.entries()) {
      const end = k === 11 ? now : months[k + 1];
      const span = end.getTime() - start.getTime();
      const share = span / (30 * 86_400_000);
      const count = poisson(random, unit.monthlyResponses * responseScale * Math.min(1, share));
      const mean = unit.quality + (unit.trend * k) / 11;
      const totals = emptyTotals();
      for (let r = 0; r < count; r++) {
        const answers = generateAnswers(random, unit, mean);
        addResponse(totals, answers);
        rows.push({
          unitId,
          submittedAt: new Date(start.getTime() + random() * span * 0.999),
          ...answers,
          gender: random() < 0.9 ? pick(random, ["male", "female"]) : null,
          ageBand: random() < 0.85 ? pick(random, ["17-24", "25-34", "35-44", "45-54", "55+"]) : null,
          education: random() < 0.8 ? pick(random, ["sd", "smp", "sma", "sma", "d1_d3", "d4_s1", "d4_s1", "s2_plus"]) : null,
          occupation: random() < 0.8 ? pick(random, ["pns_tni_polri", "swasta", "wiraswasta", "pelajar", "lainnya"]) : null,
          service: pick(random, unit.services),
          comment: random() < 0.12 ? pick(random, COMMENTS) : null,
          // A tenth come from the unit's kiosk where it has one (domain.md section 3c), else the API.
          ...(random() < 0.9
            ? { channel: "web" as const }
            : kioskIds.has(unit.slug)
              ? { channel: "kiosk" as const, deviceId: kioskIds.get(unit.slug)! }
              : { channel: "api" as const }),
        });
      }
      if (totals.respondents > 0) aggregates.push({ unitId, month: cityMonth(start), ...totals });
    }
    for (let i = 0; i < rows.length; i += 2000) await db.surveyResponse.createMany({ data: rows.slice(i, i + 2000) });
    responseCount += rows.length;
  }
  await db.monthlyAggregate.createMany({ data: aggregates });

  await seedChecklists(db, random, unitIds, now);
  // Users first: a recorded complaint's first event is its recorder's (no random draws in between).
  const users = await seedUsers(db, unitIds);
  const complaints = await seedComplaints(db, random, unitIds, months, now);
  // The desk's order (Complaint.nextDueAt), from the cases' histories as written.
  await backfillNextDue(db, { now });
  const admin = await db.user.findUnique({ where: { email: DEMO_USERS.admin }, select: { id: true } });
  const plans = await seedPlans(db, unitIds, admin?.id ?? null, now);
  // Where citizens send requests about their data (/privasi), as the secretariat would have filled it (fictional details).
  await db.privacyContact.upsert({
    where: { id: 1 },
    create: { id: 1, ...DEMO_PRIVACY_CONTACT, updatedById: admin?.id ?? null },
    update: { ...DEMO_PRIVACY_CONTACT, updatedById: admin?.id ?? null },
  });
  log(`demo data: ${plans} improvement plans`);
  log(`demo data: ${await seedAlerts(db, unitIds, now)} alerts`);
  const published = await publishEndedQuarters(db, options.publishQuarters ?? 0, admin?.id ?? null, now);
  if (published.length) log(`demo data: published ${published.join(", ")}`);
  const redPlans = await seedPlansForRedUnits(db, published, admin?.id ?? null, now);
  if (redPlans) log(`demo data: ${redPlans} improvement plans of units in the red`);
  const summary = { units: units.length, responses: responseCount, complaints, users, skipped: false };
  log(`demo data: ${summary.units} units, ${summary.responses} responses, ${summary.complaints} complaints, ${summary.users} users`);
  return summary;
}

const DEMO_PRIVACY_CONTACT = {
  office: "Sekretariat Daerah Kota Bengkulu, Bagian Organisasi (pelindungan data pribadi)",
  address: "Jl. Contoh Balai Kota No. 1, Kota Bengkulu (alamat contoh)",
  email: "data.pribadi@rapor.example",
  phone: "0736-000000",
  hours: "Senin-Jumat 08.00-16.00 WIB",
};

/**
 * Publishes the `count` latest ended quarters (the running one is never published), oldest first.
 * The story of the demo (issue 27): those quarters were scored and published under the
 * Ombudsman's 2013-2021 zones (a period row of the settings, as the secretariat would have kept
 * them), and the running quarter follows the default, the 2022 categories: the city chart's red
 * line steps from 51 to 54 there.
 */
async function publishEndedQuarters(db: Db, count: number, adminId: number | null, now: Date): Promise<string[]> {
  const quarters: string[] = [];
  for (let quarter = previousPeriod(currentQuarter(now)); quarters.length < count; quarter = previousPeriod(quarter)) quarters.unshift(quarter.key);
  for (const key of quarters) {
    await db.scoringSettings.create({ data: { scope: key, zoneScheme: OMBUDSMAN_2013.key, updatedById: adminId } });
    await publishPeriod(db, key, adminId, now);
  }
  return quarters;
}

/** The nine answers of one respondent of `unit` whose answers average about `mean`. */
export function generateAnswers(random: Random, unit: Pick<DemoUnit, "weakElement">, mean: number) {
  const answers: Record<string, number | null> = {};
  ELEMENT_KEYS.forEach((key, i) => {
    const elementMean = i + 1 === unit.weakElement ? mean - 0.6 : i === 3 ? mean + 0.35 : mean + 0.05;
    answers[key] = random() < 0.015 ? null : answer(random, elementMean);
  });
  return answers as Record<(typeof ELEMENT_KEYS)[number], number | null>;
}

function slugOf(name: string) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** The four most recent quarters: better units have more of the checklist in place. */
async function seedChecklists(db: Db, random: Random, unitIds: Map<string, number>, now: Date) {
  const [year, month] = cityMonth(now).split("-").map(Number);
  const quarter = Math.ceil(month / 3);
  const periods = Array.from({ length: 4 }, (_, k) => {
    const q = quarter - 3 + k;
    const y = year + Math.floor((q - 1) / 4);
    return `${y}-Q${((q - 1 + 40) % 4) + 1}`;
  });
  const rows = [];
  for (const unit of DEMO_UNITS) {
    for (const [k, period] of periods.entries()) {
      const p = clamp((unit.quality + (unit.trend * k) / 3 - 2.2) / 1.5, 0.05, 0.97);
      rows.push({
        unitId: unitIds.get(unit.slug)!,
        period,
        publishedStandard: random() < p,
        servicePledge: random() < p + 0.1,
        headContactActive: random() < p,
        complaintChannel: random() < p + 0.15,
        accessibleFacilities: random() < p - 0.1,
        queueSystem: random() < p,
        skmPublished: random() < p - 0.05,
      });
    }
  }
  await db.standardsChecklist.createMany({ data: rows });
}

async function seedUsers(db: Db, unitIds: Map<string, number>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    { email: DEMO_USERS.admin, name: "Sekretariat Daerah (demo)", role: "admin" as const, unitId: null },
    { email: DEMO_USERS.inspector, name: "Inspektorat (demo)", role: "inspector" as const, unitId: null },
    ...Object.entries(DEMO_USERS.unitHeads).map(([slug, email]) => ({
      email,
      name: `Kepala ${slug} (demo)`,
      role: "unit_head" as const,
      unitId: unitIds.get(slug)!,
      // One head reads English (the digest, alerts, reminders): the preview shows both languages.
      language: slug === "puskesmas-jalan-gedang" ? "en" : "id",
    })),
  ];
  await db.user.createMany({ data: users.map((u) => ({ ...u, passwordHash })) });
  return users.length;
}

/**
 * Two kiosks by the exit, paired (with tokens nobody knows: pair again from the workspace to use
 * one in a demo), that report in a few minutes ago.
 */
async function seedKiosks(db: Db, unitIds: Map<string, number>, now: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [slug, name] of [
    ["dukcapil", "Tablet loket 1"],
    ["rshd", "Tablet pintu keluar"],
  ] as const) {
    const unitId = unitIds.get(slug);
    if (!unitId) continue;
    const pairedAt = new Date(now.getTime() - 400 * 86_400_000);
    const device = await db.kioskDevice.create({
      data: {
        unitId,
        name,
        tokenHash: hashSecret(newSecret()),
        pairedAt,
        createdAt: pairedAt,
        lastSeenAt: new Date(now.getTime() - 3 * 60_000),
        pendingCount: 0,
      },
      select: { id: true },
    });
    ids.set(slug, device.id);
  }
  return ids;
}

/** Removes all operational data (not the reference data of the migrations). */
export async function wipe(db: Db) {
  await db.$transaction([
    db.skmReport.deleteMany(),
    db.citySkmReport.deleteMany(),
    db.publishedReportCounts.deleteMany(),
    db.planAction.deleteMany(),
    db.improvementPlan.deleteMany(),
    db.complaintEvent.deleteMany(),
    db.complaintVerdict.deleteMany(),
    db.complaintReporter.deleteMany(),
    db.complaint.deleteMany(),
    db.visitCode.deleteMany(),
    db.monthlyAggregate.deleteMany(),
    db.surveyResponse.deleteMany(),
    db.kioskDevice.deleteMany(),
    db.standardsChecklist.deleteMany(),
    db.contactReport.deleteMany(),
    db.auditLog.deleteMany(),
    db.notificationOutbox.deleteMany(),
    db.notificationKey.deleteMany(),
    db.alert.deleteMany(),
    db.publishedSnapshot.deleteMany(),
    db.rateLimiterFlexible.deleteMany(),
    db.user.deleteMany(),
    db.unit.deleteMany(),
    db.kecamatan.deleteMany(),
    db.scoringSettings.deleteMany({ where: { scope: { not: "default" } } }),
    db.zoneScheme.deleteMany(),
  ]);
}
