// The complaints of `npm run seed:large -- --complaints N` (issue 28, the desk at a city's volume):
// one case at a time, drawn from a seeded PRNG, over three years and every unit, through the
// lifecycle's rounds as the handlers and reporters would have taken them: received, verifying,
// verified, answered, closed or reopened by a "not satisfied" verdict (the second reopening goes
// to the Inspektorat), with the reporter's phone in the spellings people use. Pure: the script
// (scripts/seed-large.ts) writes what this returns with the raw drivers.
import { phoneKey } from "@/lib/complaints/case-query";
import { derivedDeadlineColumns } from "@/lib/complaints/next-due";
import type { DeadlineLengths } from "@/lib/complaints/deadlines";
import type { ComplaintStatus } from "@/lib/complaints/lifecycle";
import { newTrackingCode } from "@/lib/complaints/tracking-code";
import { fictionalName } from "./bengkulu";
import { CHANNEL_WEIGHTS } from "./complaints";
import { clamp, pick, pickWeighted, type Random } from "./random";

const DAY = 86_400_000;

// Realistic Indonesian descriptions from parts, so that a search by words finds a few cases, not all.
const OPENINGS = [
  "Saya datang pagi hari",
  "Kemarin siang saya mengurus berkas",
  "Ibu saya berobat",
  "Saya mengantre sejak jam tujuh",
  "Anak saya mendaftar",
  "Saya mengurus perpanjangan izin",
  "Tetangga saya mengurus akta kelahiran",
  "Saya menunggu panggilan",
];
const PROBLEMS: [string, string][] = [
  ["staff_behaviour", "petugas loket berbicara dengan nada kasar dan tidak mau menjelaskan persyaratan"],
  ["staff_behaviour", "petugas sibuk bermain telepon genggam dan mengabaikan antrean"],
  ["delay", "berkas saya belum selesai padahal dijanjikan satu minggu"],
  ["delay", "antrean tidak bergerak lebih dari tiga jam tanpa penjelasan"],
  ["illegal_fee", "saya diminta membayar uang tambahan agar berkas cepat selesai tanpa kuitansi"],
  ["illegal_fee", "ada pungutan untuk formulir yang seharusnya gratis"],
  ["facility", "toilet di ruang tunggu rusak dan tidak ada kursi roda"],
  ["facility", "pendingin ruangan mati dan ruang tunggu sangat panas"],
  ["procedure", "informasi persyaratan berbeda-beda sehingga saya disuruh bolak-balik"],
  ["procedure", "sistem daring tidak bisa diakses dan petugas menyuruh datang lagi besok"],
  ["other", "nomor antrean saya dilewati tanpa penjelasan"],
  ["other", "parkir kendaraan dipungut biaya oleh orang tidak berseragam"],
];
const PLACES = ["di loket pendaftaran", "di ruang tunggu", "di bagian informasi", "di loket pembayaran", "di lantai dua", "di pelayanan terpadu"];
const ENDINGS = ["Mohon ditindaklanjuti.", "Saya harap ada perbaikan.", "Tolong diperiksa.", "Terima kasih.", "Kejadian ini sudah berulang kali.", ""];
const ANSWERS = [
  "Laporan Anda sudah kami verifikasi. Petugas yang bersangkutan telah diberi teguran dan pembinaan. Terima kasih atas laporannya.",
  "Kami telah memeriksa laporan Anda. Berkas Anda sudah selesai dan dapat diambil di loket 2.",
  "Setelah diperiksa, laporan belum dapat dibuktikan. Kami tetap menambah papan informasi persyaratan.",
];
const PREFIXES = ["812", "813", "821", "852", "878"];

/** One fictional number (the 0000 block marks it fictional) in one of the spellings people type. */
export function mixedPhone(random: Random): string {
  const prefix = pick(random, PREFIXES);
  const tail = String(Math.floor(random() * 10_000)).padStart(4, "0");
  const spellings = [
    `0${prefix}-0000-${tail}`,
    `+62 ${prefix}-0000-${tail}`,
    `62${prefix}0000${tail}`,
    `0${prefix} 0000 ${tail}`,
    `(+62) ${prefix} 0000 ${tail}`,
    `0${prefix}0000${tail}`,
  ];
  return pick(random, spellings);
}

export type LargeEvent = {
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  at: Date;
  actor: boolean; // a handler's step (the unit's head) or the reporter's/citizen's own
  reason: string | null;
  evidence: string | null;
  publicNote: string | null;
  answer: string | null;
  action: string | null;
  severity: string | null;
};
export type LargeComplaint = {
  trackingCode: string;
  unitIndex: number;
  category: string;
  description: string;
  occurredAt: Date;
  anonymous: boolean;
  status: ComplaintStatus;
  action: string | null;
  severity: string | null;
  publicAnswer: string | null;
  receivedAt: Date;
  verifiedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  channel: string;
  laporTicket: string | null;
  reopenedAt: Date | null;
  reopenCount: number;
  inspectorateAt: Date | null;
  nextDueAt: Date | null;
  verifiedOnWorkingDay: number | null;
  answeredOnDay: number | null;
  closedOnDay: number | null;
  verdictCount: number;
  satisfiedVerdictCount: number;
  updatedAt: Date;
  reporter: { name: string; phone: string | null; phoneKey: string | null; email: string | null } | null;
  events: LargeEvent[];
  verdicts: { round: number; satisfied: boolean; at: Date }[];
};

export type LargeUnit = { quality: number }; // 1..4, the worse the more complaints and the slower

/** Weights of the units by how many complaints they get (worse units more). */
export const unitWeights = (units: LargeUnit[]) => units.map((u) => Math.max(0.2, 3.6 - u.quality));

/**
 * The i-th case: its unit drawn by `weights`, received at a random time of the three years before
 * `now`, and as far through its rounds as its age allows.
 */
export function largeComplaint(random: Random, i: number, units: LargeUnit[], weights: number[], now: Date, settings: DeadlineLengths): LargeComplaint {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let r = random() * weightSum;
  let unitIndex = 0;
  while (unitIndex < weights.length - 1 && r >= weights[unitIndex]) r -= weights[unitIndex++];
  const speed = clamp((units[unitIndex].quality - 2) / 1.6, 0.15, 1);
  // Three years, more recent cases a little more often (the channels grew).
  const receivedAt = new Date(now.getTime() - Math.pow(random(), 1.3) * 3 * 365 * DAY);
  const [category, problem] = pick(random, PROBLEMS);
  const description = `${pick(random, OPENINGS)}, ${problem} ${pick(random, PLACES)}. ${pick(random, ENDINGS)}`.trim();
  const channel = pickWeighted(random, CHANNEL_WEIGHTS); // the demo's shares
  const anonymous = channel === "web" && random() < 0.3;
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const trackingCode = newTrackingCode(bytes);

  const events: LargeEvent[] = [];
  const event = (e: Partial<LargeEvent> & Pick<LargeEvent, "fromStatus" | "toStatus" | "at">) =>
    events.push({ actor: true, reason: null, evidence: null, publicNote: null, answer: null, action: null, severity: null, ...e });
  event({ fromStatus: null, toStatus: "received", at: receivedAt, actor: channel !== "web" && channel !== "api" });
  const verdicts: LargeComplaint["verdicts"] = [];
  let status: ComplaintStatus = "received";
  let verifiedAt: Date | null = null;
  let answeredAt: Date | null = null;
  let closedAt: Date | null = null;
  let reopenedAt: Date | null = null;
  let inspectorateAt: Date | null = null;
  let reopenCount = 0;
  let action: string | null = null;
  let severity: string | null = null;
  let publicAnswer: string | null = null;
  const after = (t: Date, days: number) => new Date(t.getTime() + days * DAY);
  const past = (t: Date) => t.getTime() <= now.getTime();

  if (random() < 0.05) {
    const at = after(receivedAt, 0.5 + random());
    if (past(at)) {
      event({
        fromStatus: "received",
        toStatus: "rejected",
        at,
        reason: "Duplikat laporan sebelumnya.",
        answer: "Laporan ini sama dengan laporan Anda sebelumnya.",
      });
      status = "rejected";
      publicAnswer = "Laporan ini sama dengan laporan Anda sebelumnya.";
    }
  } else {
    let start = receivedAt;
    for (let round = 0; round < 3; round++) {
      // A reopening puts the case back to verifying itself; a new case is taken up first.
      const verifying = round === 0 ? after(start, 0.2 + (1 - speed) * 3 * random()) : start;
      if (!past(verifying)) break;
      if (round === 0) event({ fromStatus: status, toStatus: "verifying", at: verifying, publicNote: "Pengaduan Anda sedang kami periksa." });
      status = "verifying";
      const verified = after(verifying, 1 + (1 - speed) * 8 * random());
      if (!past(verified)) break;
      const substantiated = random() < 0.6;
      const answer = substantiated ? null : ANSWERS[2];
      event({
        fromStatus: status,
        toStatus: substantiated ? "substantiated" : "unsubstantiated",
        at: verified,
        reason: "Hasil verifikasi.",
        evidence: substantiated ? "Keterangan dua saksi dan rekaman CCTV loket." : "Petugas dan saksi tidak membenarkan laporan.",
        answer,
      });
      status = substantiated ? "substantiated" : "unsubstantiated";
      verifiedAt = verified;
      if (answer) [answeredAt, publicAnswer] = [verified, answer];
      if (substantiated) {
        const acted = after(verified, 1 + (1 - speed) * 15 * random());
        if (!past(acted)) break;
        action = pick(random, ["advice", "verbal_reprimand", "verbal_reprimand", "written_reprimand", "sanction_referral"]);
        severity = action === "sanction_referral" ? "serious" : action === "written_reprimand" ? "moderate" : "minor";
        const text = pick(random, ANSWERS.slice(0, 2));
        event({ fromStatus: status, toStatus: "action_taken", at: acted, reason: "Tindakan dicatat.", answer: text, action, severity });
        status = "action_taken";
        [answeredAt, publicAnswer] = [acted, text];
      }
      // The reporter's verdict on the answer: most are satisfied or say nothing; some reopen it.
      const verdictAt = after(answeredAt!, 1 + 4 * random());
      const draw = random();
      const satisfied = draw < 0.55;
      const reopened = !satisfied && draw < (round === 0 ? 0.67 : 0.75) && !anonymous;
      if (past(verdictAt) && (satisfied || reopened)) verdicts.push({ round, satisfied, at: verdictAt });
      if (reopened && past(verdictAt)) {
        reopenCount++;
        event({ fromStatus: status, toStatus: "verifying", at: verdictAt, actor: false, reason: "Pelapor tidak puas dengan jawaban." });
        status = "verifying";
        [verifiedAt, answeredAt, closedAt, publicAnswer, action, severity] = [null, null, null, null, null, null];
        reopenedAt = verdictAt;
        if (reopenCount >= 2 && !inspectorateAt) inspectorateAt = verdictAt;
        start = verdictAt;
        continue;
      }
      const closing = after(satisfied && past(verdictAt) ? verdictAt : answeredAt!, 2 + (1 - speed) * 20 * random());
      if (past(closing) && random() < 0.3 + 0.7 * speed) {
        event({ fromStatus: status, toStatus: "closed", at: closing, reason: "Selesai." });
        status = "closed";
        closedAt = closing;
      }
      break;
    }
  }
  // The status of the last event is the stored one (the first event's "verifying" follows "received").
  status = events[events.length - 1].toStatus;
  const contact = !anonymous;
  const phone = contact && random() < 0.85 ? mixedPhone(random) : null;
  const email = contact && (!phone || random() < 0.15) ? `pelapor${i}@contoh.id` : null;
  const times = { status, receivedAt, reopenedAt, verifiedAt, answeredAt, closedAt };
  return {
    trackingCode,
    unitIndex,
    category,
    description,
    occurredAt: new Date(receivedAt.getTime() - random() * 2 * DAY),
    anonymous,
    status,
    action,
    severity,
    publicAnswer,
    receivedAt,
    verifiedAt,
    answeredAt,
    closedAt,
    channel,
    laporTicket: channel === "lapor" ? `LPR-BULK-${String(i).padStart(7, "0")}` : null,
    reopenedAt,
    reopenCount,
    inspectorateAt,
    ...derivedDeadlineColumns(times, settings),
    verdictCount: verdicts.length,
    satisfiedVerdictCount: verdicts.filter((v) => v.satisfied).length,
    updatedAt: events[events.length - 1].at,
    reporter: contact ? { name: fictionalName(i), phone, phoneKey: phoneKey(phone), email } : null,
    events,
    verdicts,
  };
}
