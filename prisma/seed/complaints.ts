// The demo's complaints: per unit and month, more for worse units, handled more slowly by them,
// through the lifecycle's steps to a stored state the rules replay (prisma/seed/demo.int.test.ts),
// from every channel, with reporters' verdicts and reopenings.
import { phoneKey } from "@/lib/complaints/case-query";
import type { Db } from "@/lib/db/db.server";
import { newTrackingCode } from "@/lib/complaints/tracking-code";
import { DEMO_UNITS, fictionalName, fictionalPhone } from "./bengkulu";
import { clamp, pick, pickWeighted, poisson, prng, type Random } from "./random";

const COMPLAINT_TEXTS: [string, string][] = [
  ["staff_behaviour", "Petugas loket berbicara dengan nada kasar dan tidak mau menjelaskan persyaratan."],
  ["delay", "Berkas saya sudah tiga minggu belum selesai padahal dijanjikan satu minggu."],
  ["illegal_fee", "Saya diminta membayar uang tambahan agar berkas cepat selesai, tanpa kuitansi."],
  ["facility", "Toilet di ruang tunggu rusak dan tidak ada kursi roda untuk pasien."],
  ["procedure", "Saya disuruh bolak-balik karena informasi persyaratan berbeda-beda."],
  ["other", "Nomor antrean dilewati tanpa penjelasan."],
];
const ANSWERS = [
  "Laporan Anda sudah kami verifikasi. Petugas yang bersangkutan telah diberi teguran dan pembinaan. Terima kasih atas laporannya.",
  "Kami telah memeriksa laporan Anda. Berkas Anda sudah selesai dan dapat diambil di loket 2.",
  "Setelah diperiksa, laporan belum dapat dibuktikan. Kami tetap menambah papan informasi persyaratan.",
];

// As the complaints reach the units: most by WhatsApp or phone, recorded by the head (the large seed,
// prisma/seed/large-complaints.ts, draws from the same shares).
export const CHANNEL_WEIGHTS: [string, number][] = [
  ["whatsapp", 40],
  ["phone", 20],
  ["web", 22],
  ["api", 3],
  ["in_person", 7],
  ["letter", 3],
  ["lapor", 5],
];

export async function seedComplaints(db: Db, random: Random, unitIds: Map<string, number>, months: Date[], now: Date) {
  const day = 86_400_000;
  let created = 0;
  let code = 0;
  // Its own PRNG, so the codes do not shift the rest of the demo data.
  const codeRandom = prng(20130402);
  // Channels and verdicts (issue 12) draw from their own PRNG too, for the same reason.
  const channelRandom = prng(20261130);
  const recorders = new Map((await db.user.findMany({ where: { role: "unit_head" }, select: { id: true, unitId: true } })).map((u) => [u.unitId, u.id]));
  const secretariat = (await db.user.findFirst({ where: { role: "admin" }, select: { id: true } }))?.id ?? null;
  for (const unit of DEMO_UNITS) {
    const unitId = unitIds.get(unit.slug)!;
    // Worse units get more complaints and handle them more slowly.
    const perMonth = Math.max(0, (3.4 - unit.quality) * unit.monthlyResponses * 0.04);
    const speed = clamp((unit.quality - 2) / 1.6, 0.15, 1); // 1: fast and thorough
    for (const [k, start] of months.entries()) {
      const n = poisson(random, perMonth);
      for (let c = 0; c < n; c++) {
        const receivedAt = new Date(start.getTime() + random() * 28 * day);
        if (receivedAt > now) continue;
        const [category, description] = pick(random, COMPLAINT_TEXTS);
        const anonymous = random() < 0.35;
        const age = (now.getTime() - receivedAt.getTime()) / day;
        const events: {
          fromStatus: string | null;
          toStatus: string;
          at: Date;
          reason?: string;
          publicNote?: string; // a progress note
          answer?: string; // the answer (stamps answeredAt)
          evidence?: string;
          action?: string;
          severity?: string;
        }[] = [{ fromStatus: null, toStatus: "received", at: receivedAt }];
        const step = (days: number) => new Date(events[events.length - 1].at.getTime() + days * day);
        let status = "received";
        const verifyAfter = 1 + (1 - speed) * 9 * random();
        if (random() < 0.06) {
          events.push({
            fromStatus: "received",
            toStatus: "rejected",
            at: step(1),
            reason: "Duplikat laporan sebelumnya.",
            answer: "Laporan ini sama dengan laporan Anda sebelumnya dan digabungkan.",
          });
          status = "rejected";
        } else if (age > verifyAfter) {
          events.push({
            fromStatus: "received",
            toStatus: "verifying",
            at: step(verifyAfter * 0.5),
            reason: "Diteruskan ke kepala unit untuk verifikasi.",
            publicNote: "Pengaduan Anda sedang kami periksa.",
          });
          status = "verifying";
          if (age > verifyAfter * 1.5 + 2) {
            const substantiated = random() < 0.6;
            status = substantiated ? "substantiated" : "unsubstantiated";
            events.push({
              fromStatus: "verifying",
              toStatus: status,
              at: step(verifyAfter),
              evidence: substantiated
                ? "Keterangan dua saksi dan rekaman CCTV loket."
                : "Petugas dan saksi tidak membenarkan laporan; CCTV tidak menunjukkan kejadian.",
              reason: "Hasil verifikasi.",
              // An unsubstantiated case is answered with its verdict (lib/complaints/lifecycle.ts).
              answer: substantiated ? undefined : ANSWERS[2],
            });
            const answerAfter = 2 + (1 - speed) * 20 * random();
            if (substantiated && age > verifyAfter * 2.5 + answerAfter) {
              const action = pick(random, ["advice", "verbal_reprimand", "verbal_reprimand", "written_reprimand", "sanction_referral"]);
              events.push({
                fromStatus: status,
                toStatus: "action_taken",
                at: step(answerAfter),
                action,
                severity: action === "sanction_referral" ? "serious" : action === "written_reprimand" ? "moderate" : "minor",
                answer: ANSWERS[0],
                reason: "Tindakan dicatat.",
              });
              status = "action_taken";
            }
            if ((status === "action_taken" || status === "unsubstantiated") && random() < speed && age > 20) {
              events.push({
                fromStatus: status,
                toStatus: "closed",
                at: step(3 + 20 * (1 - speed) * random()),
                reason: "Selesai.",
              });
              status = "closed";
            }
          }
        }
        // Most reach the head by WhatsApp or phone (the deputy mayor's order); those are recorded
        // by the head (or the secretariat) with the time they were received.
        const channel = pickWeighted(channelRandom, CHANNEL_WEIGHTS);
        const recorderId = channel === "web" || channel === "api" ? null : (recorders.get(unitId) ?? secretariat);
        // The reporter's verdict on an answer given within the last weeks: mostly satisfied; a
        // "not satisfied" reopens the case to verifying, with deadlines from that moment.
        const answeredEvent = events.find((e) => e.toStatus === "action_taken" || e.toStatus === "unsubstantiated");
        const verdicts: { round: number; satisfied: boolean; reason: string | null; createdAt: Date }[] = [];
        let reopenedAt: Date | null = null;
        if (!anonymous && answeredEvent && status !== "rejected" && channelRandom() < 0.45) {
          // After the case's last step (the answer, or a closure since), within the 14-day window.
          const verdictAt = new Date(events[events.length - 1].at.getTime() + (1 + channelRandom() * 6) * day);
          if (verdictAt < now && verdictAt.getTime() <= answeredEvent.at.getTime() + 14 * day) {
            const satisfied = channelRandom() < 0.8;
            verdicts.push({ round: 0, satisfied, reason: satisfied ? null : "Masalah saya belum selesai, berkas masih tertahan.", createdAt: verdictAt });
            if (!satisfied) {
              events.push({
                fromStatus: status,
                toStatus: "verifying",
                at: verdictAt,
                reason: "Pelapor tidak puas: Masalah saya belum selesai, berkas masih tertahan.",
                publicNote: "Pelapor tidak puas dengan jawaban; pengaduan dibuka kembali untuk diverifikasi ulang.",
              });
              status = "verifying";
              reopenedAt = verdictAt;
            }
          }
        }
        const last = events[events.length - 1];
        // After a reopening, the stamps of the answered round are cleared (lib/complaints/verdict.ts).
        const round = reopenedAt ? [] : events;
        const verified = round.find((e) => e.toStatus === "substantiated" || e.toStatus === "unsubstantiated");
        const answered = round.find((e) => e.answer);
        const action = round.find((e) => e.action);
        code++;
        // Real-format codes (so /lacak accepts them), drawn from the seeded PRNG so a reseed repeats them.
        const trackingCode = newTrackingCode((n) => Uint8Array.from({ length: n }, () => Math.floor(codeRandom() * 256)));
        await db.complaint.create({
          data: {
            trackingCode,
            unitId,
            category: category as never,
            description,
            occurredAt: new Date(receivedAt.getTime() - random() * 2 * day),
            staffName: random() < 0.3 ? `Petugas loket ${1 + Math.floor(random() * 4)}` : null,
            anonymous,
            status: status as never,
            action: (action?.action ?? null) as never,
            severity: (action?.severity ?? null) as never,
            publicAnswer: answered?.answer ?? null,
            receivedAt,
            verifiedAt: verified?.at ?? null,
            answeredAt: answered?.at ?? null,
            closedAt: status === "closed" ? last.at : null,
            reporter: anonymous
              ? undefined
              : { create: { name: fictionalName(code + 7), phone: fictionalPhone(5000 + code), phoneKey: phoneKey(fictionalPhone(5000 + code)) } },
            channel: channel as never,
            laporTicket: channel === "lapor" ? `LPR-DEMO-${String(code).padStart(5, "0")}` : null,
            reopenedAt,
            reopenCount: reopenedAt ? 1 : 0,
            verdicts: verdicts.length ? { create: verdicts } : undefined,
            verdictCount: verdicts.length,
            satisfiedVerdictCount: verdicts.filter((v) => v.satisfied).length,
            events: {
              create: events.map((e, i) => ({
                actorId: i === 0 ? recorderId : null,
                fromStatus: e.fromStatus as never,
                toStatus: e.toStatus as never,
                reason: e.reason ?? null,
                evidence: e.evidence ?? null,
                publicNote: e.publicNote ?? null,
                answer: e.answer ?? null,
                action: (e.action ?? null) as never,
                severity: (e.severity ?? null) as never,
                createdAt: e.at,
              })),
            },
          },
        });
        created++;
        void k;
      }
    }
  }
  return created;
}
