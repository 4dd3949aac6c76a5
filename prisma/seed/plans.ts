// Demo improvement plans across the two last ended quarters: approved plans with done and
// dropped actions (whose results show in the next quarter), a returned plan with the
// secretariat's comment, and one waiting for approval. Written straight to the database, as the
// rest of the demo data; the workspace writes go through lib/plans/plans.server.ts.
import type { Db } from "@/lib/db/db.server";
import { boundsOf, currentQuarter, previousPeriod } from "@/lib/scores/period";

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
