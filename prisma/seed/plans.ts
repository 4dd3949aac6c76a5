// Demo improvement plans across the two last ended quarters: approved plans with done and
// dropped actions (whose results show in the next quarter), a returned plan with the
// secretariat's comment, and one waiting for approval. Written straight to the database, as the
// rest of the demo data; the workspace writes go through lib/plans/plans.server.ts.
import type { Db } from "@/lib/db/db.server";
import { boundsOf, currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { scoresFor } from "@/lib/scores/read-model.server";

type DemoAction = {
  element: string;
  description: string;
  responsible: string;
  dueDays: number;
  status: "planned" | "in_progress" | "done" | "dropped";
  droppedReason?: string;
  evidence?: string;
};
type DemoPlan = { slug: string; back: 1 | 2; status: "submitted" | "returned" | "approved"; reviewComment?: string; actions: DemoAction[] };

const PLANS: DemoPlan[] = [
  {
    slug: "rshd",
    back: 2,
    status: "approved",
    reviewComment: "Disetujui; laporkan bukti setiap bulan.",
    actions: [
      {
        element: "u3",
        description: "Menambah satu loket pendaftaran rawat jalan pada jam sibuk (07.30-10.00).",
        responsible: "Kepala Bagian Pelayanan Medik",
        dueDays: 30,
        status: "done",
        evidence: "Loket 5 dibuka sejak minggu ketiga; antrean rata-rata turun dari 48 ke 31 menit.",
      },
      {
        element: "u8",
        description: "Memasang papan alur pengaduan dan nomor WhatsApp pengaduan di setiap ruang tunggu.",
        responsible: "Kepala Instalasi Humas",
        dueDays: 21,
        status: "done",
        evidence: "Papan terpasang di 6 ruang tunggu (foto di arsip humas).",
      },
      {
        element: "u2",
        description: "Aplikasi antrean daring untuk poliklinik.",
        responsible: "Kepala Instalasi SIMRS",
        dueDays: 60,
        status: "dropped",
        droppedReason: "Anggaran aplikasi dialihkan ke perbaikan jaringan; dijadwalkan ulang tahun depan.",
      },
    ],
  },
  {
    slug: "rshd",
    back: 1,
    status: "approved",
    reviewComment: "Disetujui.",
    actions: [
      {
        element: "u3",
        description: "Jadwal dokter spesialis diumumkan sehari sebelumnya di papan dan media sosial.",
        responsible: "Kepala Bidang Pelayanan",
        dueDays: 20,
        status: "in_progress",
      },
      {
        element: "u7",
        description: "Pelatihan pelayanan prima untuk petugas loket dan satpam.",
        responsible: "Kepala Bagian SDM",
        dueDays: 45,
        status: "planned",
      },
    ],
  },
  {
    slug: "dukcapil",
    back: 2,
    status: "approved",
    actions: [
      {
        element: "u3",
        description: "Layanan jemput bola KTP-el di kelurahan setiap Sabtu.",
        responsible: "Kepala Bidang Pendaftaran Penduduk",
        dueDays: 30,
        status: "done",
        evidence: "12 kegiatan, 640 perekaman.",
      },
      {
        element: "u1",
        description: "Daftar persyaratan dicetak dan ditempel di setiap loket.",
        responsible: "Sekretaris Dinas",
        dueDays: 10,
        status: "done",
        evidence: "Terpasang di 8 loket.",
      },
    ],
  },
  {
    slug: "dukcapil",
    back: 1,
    status: "returned",
    reviewComment: "Tindakan untuk unsur waktu penyelesaian belum punya tenggat yang jelas; lengkapi penanggung jawabnya.",
    actions: [{ element: "u3", description: "Percepatan penerbitan akta kelahiran.", responsible: "Dinas", dueDays: 60, status: "planned" }],
  },
  {
    slug: "pdam",
    back: 1,
    status: "submitted",
    actions: [
      {
        element: "u8",
        description: "Petugas khusus menjawab pengaduan air mati dalam 1x24 jam.",
        responsible: "Kepala Bagian Hubungan Pelanggan",
        dueDays: 14,
        status: "planned",
      },
    ],
  },
];

export async function seedPlans(db: Db, unitIds: Map<string, number>, adminId: number | null, now: Date): Promise<number> {
  const last = previousPeriod(currentQuarter(now));
  const periods = { 1: last, 2: previousPeriod(last) } as const;
  let count = 0;
  for (const p of PLANS) {
    const unitId = unitIds.get(p.slug);
    if (!unitId) continue;
    const period = periods[p.back];
    const end = boundsOf(period).end;
    const submittedAt = new Date(end.getTime() + 7 * 86_400_000);
    await db.improvementPlan.create({
      data: {
        unitId,
        period: period.key,
        status: p.status,
        reviewComment: p.reviewComment ?? null,
        submittedAt,
        approvedAt: p.status === "approved" ? new Date(submittedAt.getTime() + 3 * 86_400_000) : null,
        approvedById: p.status === "approved" ? adminId : null,
        actions: {
          create: p.actions.map((a) => ({
            element: a.element,
            description: a.description,
            responsible: a.responsible,
            dueOn: new Date(end.getTime() + a.dueDays * 86_400_000),
            status: a.status,
            droppedReason: a.droppedReason ?? null,
            evidence: a.evidence ?? null,
          })),
        },
      },
    });
    count++;
  }
  return count;
}

// What a head of a red unit plans for each element (domain.md: follow-up plans answer the weakest
// elements), with who is responsible; the demo varies the progress so that BAB IV of every red
// unit's report has something to say.
const ACTIONS_BY_ELEMENT: Record<string, { description: string; responsible: string; evidence: string }> = {
  u1: {
    description: "Daftar persyaratan layanan dicetak, ditempel di setiap loket dan diunggah ke laman unit.",
    responsible: "Sekretaris",
    evidence: "Terpasang di semua loket; laman unit diperbarui.",
  },
  u2: {
    description: "Bagan alur pelayanan dipasang di ruang tunggu dan dijelaskan petugas informasi.",
    responsible: "Kepala Seksi Pelayanan",
    evidence: "Bagan alur terpasang; petugas informasi bertugas setiap hari kerja.",
  },
  u3: {
    description: "Menambah petugas loket pada jam sibuk (08.00-11.00) dan mencatat waktu tunggu setiap hari.",
    responsible: "Kepala Seksi Pelayanan",
    evidence: "Waktu tunggu rata-rata turun dari 55 ke 35 menit (catatan harian loket).",
  },
  u4: {
    description: "Papan tarif resmi dipasang; setiap pungutan di luar tarif dilaporkan ke Inspektorat.",
    responsible: "Sekretaris",
    evidence: "Papan tarif terpasang di ruang tunggu.",
  },
  u5: {
    description: "Pemeriksaan ulang hasil layanan oleh petugas kedua sebelum diserahkan kepada warga.",
    responsible: "Kepala Seksi Pelayanan",
    evidence: "Daftar periksa dipakai sejak bulan kedua.",
  },
  u6: {
    description: "Pelatihan teknis layanan untuk petugas loket dan petugas baru.",
    responsible: "Kepala Subbagian Umum dan Kepegawaian",
    evidence: "Pelatihan dua hari, 14 peserta.",
  },
  u7: {
    description: "Pelatihan pelayanan prima; teguran tertulis bagi petugas yang terbukti tidak sopan.",
    responsible: "Kepala Subbagian Umum dan Kepegawaian",
    evidence: "Pelatihan selesai; satu teguran tertulis diberikan.",
  },
  u8: {
    description: "Nomor WhatsApp pengaduan dipasang di loket dan setiap pengaduan dijawab paling lambat 1x24 jam.",
    responsible: "Kepala Seksi Pelayanan",
    evidence: "Nomor terpasang; 9 dari 10 pengaduan dijawab dalam sehari.",
  },
  u9: {
    description: "Perbaikan kursi ruang tunggu, kipas angin dan toilet.",
    responsible: "Sekretaris",
    evidence: "Kursi dan kipas diganti; toilet diperbaiki.",
  },
};
const PROGRESS: DemoAction["status"][][] = [
  ["done", "done"],
  ["done", "in_progress"],
  ["in_progress", "planned"],
];

/**
 * An approved plan for every unit that was red in a published quarter and has none for it: two
 * actions on its two weakest elements, some done, some in progress (after publishing, so that the
 * zones are the snapshot's own).
 */
export async function seedPlansForRedUnits(db: Db, quarters: readonly string[], adminId: number | null, now: Date): Promise<number> {
  let count = 0;
  for (const key of quarters) {
    const period = parsePeriod(key)!;
    const end = boundsOf(period).end;
    const report = await scoresFor(db, key, now);
    const planned = new Set((await db.improvementPlan.findMany({ where: { period: key }, select: { unitId: true } })).map((p) => p.unitId));
    const red = report.units.filter((u) => u.zone === "red");
    const ids = new Map(
      (await db.unit.findMany({ where: { slug: { in: red.map((u) => u.slug) } }, select: { id: true, slug: true } })).map((u) => [u.slug, u.id]),
    );
    for (const unit of red) {
      const unitId = ids.get(unit.slug);
      if (!unitId || planned.has(unitId)) continue;
      const weakest = ELEMENT_KEYS.filter((k) => unit.elements[k] != null)
        .sort((a, b) => unit.elements[a]! - unit.elements[b]!)
        .slice(0, 2);
      const progress = PROGRESS[count % PROGRESS.length];
      const submittedAt = new Date(end.getTime() + 7 * 86_400_000);
      await db.improvementPlan.create({
        data: {
          unitId,
          period: key,
          status: "approved",
          reviewComment: "Disetujui; laporkan buktinya setiap bulan.",
          submittedAt,
          approvedAt: new Date(submittedAt.getTime() + 3 * 86_400_000),
          approvedById: adminId,
          actions: {
            create: weakest.map((element, i) => ({
              element,
              description: ACTIONS_BY_ELEMENT[element].description,
              responsible: ACTIONS_BY_ELEMENT[element].responsible,
              dueOn: new Date(end.getTime() + (30 + 15 * i) * 86_400_000),
              status: progress[i],
              evidence: progress[i] === "done" ? ACTIONS_BY_ELEMENT[element].evidence : null,
            })),
          },
        },
      });
      count++;
    }
  }
  return count;
}
