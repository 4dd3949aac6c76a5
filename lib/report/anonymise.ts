// Removes what could identify a person from a citizen's comment before it reaches an issued SKM
// report: the city's order warns against slander (a named officer is accused only through a
// verified complaint), and a comment must not point back at whoever wrote it either. Pure, and
// idempotent (the marker contains nothing a rule matches), so the server runs it again on the text
// the secretariat approved. It is a first pass: a bare name without a title is not recognisable
// here, which is why the secretariat reads and edits every comment it selects.

/** What a removed part is replaced by: neutral, and visibly an omission. */
export const REDACTED = "[…]";

// E-mail addresses, web addresses (with a scheme, www., or a bare domain of a common TLD) and
// social-media handles.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/giu;
const BARE_DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|co|info|biz|io|me|ly|link|xyz|site)(?:\/[^\s<>"']*[^\s<>"'.,;:!?])?(?![\p{L}\p{N}])/giu;
const HANDLE = /(?<![\p{L}\p{N}._])@[\p{L}\p{N}_.]{2,}[\p{L}\p{N}_]/gu;

// A complaint's tracking code (lib/complaints/tracking-code.ts): the reporter's handle on a case.
const TRACKING_CODE = /(?<![\p{L}\p{N}])[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}(?![\p{L}\p{N}])/gu;

// Vehicle plates ("BD 1234 AB", "B1234XYZ") and codes that mix letters with a run of 5+ digits
// (registration, invoice or queue-ticket numbers such as "REG-2025-001234").
const PLATE = /(?<![\p{L}\p{N}])[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}(?![\p{L}\p{N}])/gu;
const MIXED_CODE =
  /(?<![\p{L}\p{N}])(?![Rr][Pp]\.?\d)(?!\d+(?:rb|ribu|jt|juta|k|km|kg|m)(?![\p{L}\p{N}]))(?=[\p{L}\p{N}/-]*\d{5})(?=[\p{N}/-]*\p{L})[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;

// A run of digits with the separators people write in numbers: "+62 812-3456-7890",
// "(0736) 21234", "3171 0123 4567 0001". Judged as a whole below. A bracket belongs to a run only
// as an area code's ("(0736) 21234"): "loket 2 (0812-1111-2222)" keeps its "2 (" and its ")".
const NUMBER_RUN = /(?:\+|\(\d{2,5}\) ?)?\d(?:\d|[ .\-–]{1,2}(?=\d))*/g;
// A phone number's start inside a run: a short number before it ("loket 2 0812...") is kept.
const PHONE_START = /(?<=^[\d .\-–]*?[ .\-–])(?=(?:\+?62|0)\d)/;
const DATE = /^(?:\d{1,2} ?[-./ ] ?\d{1,2} ?[-./ ] ?\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2})$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}(?: ?[-–] ?\d{1,2}[.:]\d{2})?$/;
const MONEY_BEFORE = /(?:rp\.?|idr)\s*$/i;
const MONEY_AFTER = /^[,.]?\d*\s*(?:rupiah|ribu|rb|juta|jt)\b/i;

/**
 * A number run is identifying when it is a phone number (an Indonesian one starts with 0, 62 or
 * +62 and has at least 9 digits) or any other run of 8 or more digits (NIK, KK, account numbers),
 * but not a date, a time, or an amount of money.
 */
function identifyingNumber(run: string, before: string, after: string): boolean {
  const digits = run.replace(/\D/g, "");
  if (DATE.test(run.trim()) || TIME_RANGE.test(run.trim())) return false;
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return false;
  if (run.trim().startsWith("+")) return digits.length >= 8;
  if (/^(?:0|62)/.test(digits) && digits.length >= 9) return true;
  return digits.length >= 8;
}

// Titles and forms of address after which a person's name follows, in Indonesian and English.
// Lowercase names ("pak budi") are common in comments typed on a phone, so after the spoken forms
// of address the next word counts as a name whatever its case, unless it is a common word.
// Professions ("bidan", "perawat") are nouns as often as titles: a name after them is capitalised.
const SPOKEN_TITLES = ["bapak", "pak", "ibu", "bu", "mbak", "mba", "mas", "bang", "abang", "kak", "sdr", "sdri", "saudara", "saudari", "mister"];
const WRITTEN_TITLES = [
  "drg",
  "dr",
  "drs",
  "dra",
  "prof",
  "ir",
  "hj",
  "ns",
  "bd",
  "bidan",
  "suster",
  "perawat",
  "dokter",
  "mantri",
  "mrs",
  "mr",
  "ms",
  "miss",
  "sir",
  "madam",
  "tuan",
  "nyonya",
  "nona",
];
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?<spoken>${SPOKEN_TITLES.join("|")})|(?<written>${WRITTEN_TITLES.join("|")}))\\.?(?<space>[ \\t]+)`, "giu");
const CAPITALISED = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?|\p{Lu}{2,})/u;
const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}'’]+(?![\p{L}\p{N}-])/u;

// Roles between a form of address and a name ("Pak Lurah Budi", "Ibu Kepala Dinas Sari"): skipped,
// and a name after them is capitalised.
const ROLES = new Set([
  "rt",
  "rw",
  "lurah",
  "camat",
  "kades",
  "kadis",
  "kapus",
  "kepala",
  "kabid",
  "kasi",
  "kasubag",
  "sekretaris",
  "direktur",
  "walikota",
  "wali",
  "kota",
  "gubernur",
  "dinas",
  "bagian",
  "seksi",
  "bidang",
  "unit",
  "puskesmas",
  "petugas",
  "pegawai",
  "staf",
  "staff",
  "satpam",
  "security",
  "polisi",
  "guru",
  "ustadz",
  "haji",
  "loket",
  "kasir",
  "admin",
  "operator",
  "sopir",
  "supir",
  "honorer",
  "pns",
  "dokter",
  "dr",
  "drg",
  "bidan",
  "suster",
  "perawat",
  "mantri",
  "gigi",
  "umum",
  "spesialis",
  "jaga",
  "piket",
]);

// Words that follow a form of address without being a name: "ibu hamil", "Ibu Kota", other forms
// of address ("Bapak Ibu sekalian"), the small words of a sentence and common adjectives and verbs.
const NOT_NAMES = new Set(
  [
    ...SPOKEN_TITLES,
    ...WRITTEN_TITLES,
    ...ROLES,
    ...[
      "kota",
      "hamil",
      "menyusui",
      "rumah",
      "negara",
      "lansia",
      "pasien",
      "warga",
      "sekalian",
      "semua",
      "para",
      "presiden",
      "menteri",
      "pejabat",
      "pimpinan",
      "anak",
      "kandungan",
      "bedah",
      "mertua",
    ],
    ...[
      "yang",
      "dan",
      "atau",
      "itu",
      "ini",
      "tersebut",
      "tidak",
      "tak",
      "nggak",
      "gak",
      "belum",
      "sudah",
      "udah",
      "sangat",
      "sekali",
      "saja",
      "aja",
      "juga",
      "pun",
      "kalau",
      "jika",
      "agar",
      "supaya",
      "untuk",
      "dari",
      "di",
      "ke",
      "pada",
      "dengan",
      "tolong",
      "mohon",
      "terima",
      "kasih",
      "saya",
      "kami",
      "kita",
      "anda",
      "mereka",
      "dia",
      "ia",
      "nya",
      "sih",
      "kok",
      "lah",
      "dong",
      "ya",
      "yg",
      "dgn",
      "utk",
      "tdk",
      "sdh",
      "blm",
    ],
    ...[
      "ramah",
      "baik",
      "galak",
      "kasar",
      "sabar",
      "cepat",
      "lambat",
      "lama",
      "sopan",
      "jutek",
      "marah",
      "datang",
      "pulang",
      "bilang",
      "kata",
      "minta",
      "bisa",
      "harus",
      "mau",
      "akan",
      "sedang",
      "lagi",
      "masih",
      "selalu",
      "sering",
      "tadi",
      "kemarin",
      "besok",
    ],
    ...["the", "and", "or", "of", "is", "was", "at", "in", "on", "to", "who", "from"],
  ].map((w) => w.toLowerCase()),
);

const isName = (word: string | undefined) => !!word && !NOT_NAMES.has(word.replace(/\.$/, "").toLowerCase());

function redactNames(text: string): string {
  let out = "";
  let from = 0;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    let start = m.index + m[0].length;
    // Skip the roles after the title; a name after a role is capitalised.
    let roles = 0;
    for (
      let role = /^(\p{L}+)\.?[ \t]+/u.exec(text.slice(start));
      role && ROLES.has(role[1].toLowerCase()) && roles < 4;
      role = /^(\p{L}+)\.?[ \t]+/u.exec(text.slice(start))
    ) {
      start += role[0].length;
      roles++;
    }
    const rest = text.slice(start);
    let name = CAPITALISED.exec(rest)?.[0];
    if (!name && m.groups?.spoken && !roles) name = LOWERCASE_WORD.exec(rest)?.[0];
    if (!isName(name)) continue;
    // A name goes on with capitalised words ("Budi Santoso", "A. Rahman"), at most three more.
    let length = name!.length;
    for (let i = 0; i < 3; i++) {
      const next = /^[ \t]+/.exec(rest.slice(length));
      if (!next) break;
      const word = CAPITALISED.exec(rest.slice(length + next[0].length))?.[0];
      if (!isName(word)) break;
      length += next[0].length + word!.length;
    }
    out += text.slice(from, start) + REDACTED;
    from = start + length;
    TITLE.lastIndex = from;
  }
  return out + text.slice(from);
}

/** The comment with phone numbers, addresses, long numbers, codes and titled names replaced by REDACTED. */
export function anonymiseComment(text: string): string {
  let out = text
    .replace(EMAIL, REDACTED)
    .replace(URL_WITH_SCHEME, REDACTED)
    .replace(BARE_DOMAIN, REDACTED)
    .replace(HANDLE, REDACTED)
    .replace(TRACKING_CODE, REDACTED)
    // Codes before bare numbers, so that a code goes whole rather than leaving its letters.
    .replace(PLATE, REDACTED)
    .replace(MIXED_CODE, REDACTED);
  out = out.replace(NUMBER_RUN, (run, offset: number, all: string) => {
    const before = all.slice(Math.max(0, offset - 6), offset);
    const after = all.slice(offset + run.length, offset + run.length + 10);
    if (!identifyingNumber(run, before, after)) return run;
    // "loket 2 0812 1111 2222": only the phone number goes, when the short number before it is not part of it.
    const lead = PHONE_START.exec(run);
    if (lead && lead.index > 0) {
      const kept = run.slice(0, lead.index);
      const phone = run.slice(lead.index);
      if (kept.replace(/\D/g, "").length <= 3 && identifyingNumber(phone, before + kept, after)) return kept + REDACTED;
    }
    return REDACTED;
  });
  out = redactNames(out);
  // Neighbouring removals read as one ("[…] / […]" for two numbers is still two).
  return out.replace(/\[…\](?:[ \t]*\[…\])+/g, REDACTED);
}
