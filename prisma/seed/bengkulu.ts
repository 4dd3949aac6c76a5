// Kota Bengkulu's service units for the demo data (domain.md section 4). Heads' names and phone
// numbers are fictional (+62 812-0000-xxxx). `quality` drives the generated answers and complaint
// handling so that the demo shows green, yellow and red units, and `trend` moves them over the
// year; `monthlyResponses` makes some units fall below their minimum sample.

export const KECAMATAN = [
  "Gading Cempaka",
  "Kampung Melayu",
  "Muara Bangka Hulu",
  "Ratu Agung",
  "Ratu Samban",
  "Selebar",
  "Singaran Pati",
  "Sungai Serut",
  "Teluk Segara",
] as const;

export type DemoUnit = {
  slug: string;
  name: string;
  type: "rumah-sakit" | "dinas" | "puskesmas" | "kecamatan" | "kelurahan" | "bumd";
  kecamatan?: (typeof KECAMATAN)[number];
  headTitle: string;
  /** Mean answer (1-4) at the start of the year. */
  quality: number;
  /** Change of the mean answer over the twelve months. */
  trend: number;
  /** Average responses per month. */
  monthlyResponses: number;
  /** Service users per year (null: unknown, the sample floor applies). */
  yearlyServiceVolume: number | null;
  /** Which element is this unit's weak spot. */
  weakElement: number;
  services: string[];
};

const PUSKESMAS: [string, (typeof KECAMATAN)[number], number, number, number][] = [
  // name, kecamatan, quality, trend, responses per month
  ["Jalan Gedang", "Gading Cempaka", 3.45, 0.1, 38],
  ["Nusa Indah", "Ratu Agung", 3.3, 0.15, 34],
  ["Sawah Lebar", "Ratu Agung", 3.05, 0.2, 30],
  ["Lingkar Barat", "Gading Cempaka", 2.75, 0.1, 26],
  ["Kuala Lempuing", "Ratu Samban", 3.2, -0.1, 22],
  ["Beringin Raya", "Muara Bangka Hulu", 2.6, 0.25, 28],
  ["Telaga Dewa", "Selebar", 3.5, 0.05, 31],
  ["Sukamerindu", "Sungai Serut", 2.9, 0.0, 24],
  ["Pasar Ikan", "Teluk Segara", 2.45, 0.1, 20],
  ["Kampung Bali", "Teluk Segara", 3.15, 0.1, 18],
  ["Basuki Rahmat", "Ratu Samban", 3.35, 0.0, 27],
  ["Padang Serai", "Kampung Melayu", 2.7, 0.3, 25],
  ["Jembatan Kecil", "Singaran Pati", 3.0, 0.05, 21],
  ["Betungan", "Selebar", 2.55, -0.1, 19],
  ["Penurunan", "Ratu Samban", 3.25, 0.1, 23],
  ["Lingkar Timur", "Singaran Pati", 3.6, 0.0, 35],
  ["Bentiring", "Muara Bangka Hulu", 2.85, 0.15, 17],
  ["Anggut Atas", "Ratu Samban", 3.1, -0.05, 2],
  ["Sidomulyo", "Gading Cempaka", 2.95, 0.1, 16],
];

const KELURAHAN: [string, (typeof KECAMATAN)[number], number, number][] = [
  ["Pasar Melintang", "Teluk Segara", 3.0, 3],
  ["Kebun Tebeng", "Ratu Agung", 2.8, 2],
  ["Panorama", "Singaran Pati", 3.2, 12],
  ["Pagar Dewa", "Selebar", 2.6, 1],
  ["Sawah Lebar Baru", "Ratu Agung", 3.1, 10],
  ["Tanah Patah", "Ratu Agung", 2.9, 2],
];

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const DEMO_UNITS: DemoUnit[] = [
  {
    slug: "rshd",
    name: "Rumah Sakit Harapan dan Doa (RSHD)",
    type: "rumah-sakit",
    kecamatan: "Ratu Samban",
    headTitle: "Direktur",
    quality: 2.55,
    trend: 0.45,
    monthlyResponses: 90,
    yearlyServiceVolume: 60000,
    weakElement: 7,
    services: ["Rawat jalan", "Instalasi gawat darurat", "Rawat inap", "Farmasi"],
  },
  {
    slug: "dukcapil",
    name: "Dinas Kependudukan dan Pencatatan Sipil (Dukcapil)",
    type: "dinas",
    kecamatan: "Ratu Agung",
    headTitle: "Kepala Dinas",
    quality: 2.35,
    trend: 0.5,
    monthlyResponses: 120,
    yearlyServiceVolume: 85000,
    weakElement: 3,
    services: ["KTP-el", "Kartu Keluarga", "Akta kelahiran", "Akta kematian", "Pindah datang"],
  },
  {
    slug: "dpmptsp",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (Perizinan)",
    type: "dinas",
    kecamatan: "Ratu Agung",
    headTitle: "Kepala Dinas",
    quality: 2.9,
    trend: 0.3,
    monthlyResponses: 55,
    yearlyServiceVolume: 12000,
    weakElement: 2,
    services: ["Perizinan berusaha (OSS)", "Persetujuan bangunan gedung", "Izin reklame"],
  },
  {
    slug: "pdam",
    name: "Perumda Air Minum Tirta Dharma (PDAM)",
    type: "bumd",
    kecamatan: "Ratu Samban",
    headTitle: "Direktur Utama",
    quality: 2.4,
    trend: 0.05,
    monthlyResponses: 45,
    yearlyServiceVolume: 30000,
    weakElement: 4,
    services: ["Sambungan baru", "Pengaduan air tidak mengalir", "Pembayaran rekening"],
  },
  {
    slug: "dinas-kesehatan",
    name: "Dinas Kesehatan",
    type: "dinas",
    kecamatan: "Ratu Agung",
    headTitle: "Kepala Dinas",
    quality: 3.2,
    trend: 0.1,
    monthlyResponses: 14,
    yearlyServiceVolume: null,
    weakElement: 8,
    services: ["Surat keterangan sehat", "Izin praktik tenaga kesehatan"],
  },
  {
    slug: "dinas-sosial",
    name: "Dinas Sosial",
    type: "dinas",
    kecamatan: "Ratu Agung",
    headTitle: "Kepala Dinas",
    quality: 2.7,
    trend: 0.2,
    monthlyResponses: 20,
    yearlyServiceVolume: null,
    weakElement: 1,
    services: ["Data terpadu kesejahteraan sosial (DTKS)", "Bantuan sosial", "Surat keterangan tidak mampu"],
  },
  {
    slug: "dinas-perhubungan",
    name: "Dinas Perhubungan",
    type: "dinas",
    kecamatan: "Gading Cempaka",
    headTitle: "Kepala Dinas",
    quality: 2.5,
    trend: -0.1,
    monthlyResponses: 16,
    yearlyServiceVolume: null,
    weakElement: 4,
    services: ["Uji KIR kendaraan", "Izin trayek", "Parkir"],
  },
  {
    slug: "satpol-pp",
    name: "Satuan Polisi Pamong Praja (Satpol PP)",
    type: "dinas",
    kecamatan: "Teluk Segara",
    headTitle: "Kepala Satuan",
    quality: 2.8,
    trend: 0.1,
    monthlyResponses: 4,
    yearlyServiceVolume: null,
    weakElement: 7,
    services: ["Pengaduan ketertiban umum", "Penertiban"],
  },
  ...PUSKESMAS.map(([name, kecamatan, quality, trend, monthlyResponses], i): DemoUnit => ({
    slug: `puskesmas-${slugify(name)}`,
    name: `Puskesmas ${name}`,
    type: "puskesmas",
    kecamatan,
    headTitle: "Kepala Puskesmas",
    quality,
    trend,
    monthlyResponses,
    yearlyServiceVolume: 1500 + ((i * 733) % 4000),
    weakElement: [3, 9, 7, 2, 8, 1, 5, 6, 9][i % 9],
    services: ["Pemeriksaan umum", "Kesehatan ibu dan anak", "Imunisasi", "Gigi dan mulut"],
  })),
  ...KECAMATAN.map((name, i): DemoUnit => ({
    slug: `kecamatan-${slugify(name)}`,
    name: `Kantor Kecamatan ${name}`,
    type: "kecamatan",
    kecamatan: name,
    headTitle: "Camat",
    quality: [3.0, 2.65, 3.25, 3.4, 2.5, 2.8, 3.1, 2.95, 3.3][i],
    trend: [0.1, 0.25, 0.0, 0.05, 0.2, 0.1, -0.05, 0.15, 0.05][i],
    monthlyResponses: [22, 18, 15, 25, 20, 28, 17, 13, 21][i],
    yearlyServiceVolume: null,
    weakElement: [3, 2, 9, 8, 7, 3, 4, 1, 6][i],
    services: ["Surat pengantar", "Legalisasi dokumen", "Rekomendasi izin usaha mikro"],
  })),
  ...KELURAHAN.map(([name, kecamatan, quality, monthlyResponses], i): DemoUnit => ({
    slug: `kelurahan-${slugify(name)}`,
    name: `Kantor Kelurahan ${name}`,
    type: "kelurahan",
    kecamatan,
    headTitle: "Lurah",
    quality,
    trend: 0.1,
    monthlyResponses,
    yearlyServiceVolume: i % 2 === 0 ? 900 + i * 150 : null,
    weakElement: [9, 3, 8, 2, 1, 7][i],
    services: ["Surat keterangan domisili", "Surat pengantar nikah", "Surat keterangan usaha"],
  })),
];

const GIVEN = [
  "Andi",
  "Budi",
  "Citra",
  "Dewi",
  "Eko",
  "Fitri",
  "Gusti",
  "Hendra",
  "Indah",
  "Joko",
  "Kartika",
  "Lestari",
  "Made",
  "Nur",
  "Okta",
  "Putri",
  "Rahmat",
  "Sari",
  "Taufik",
  "Wulan",
  "Yudi",
  "Zainal",
];
const FAMILY = ["Contoh", "Fiktif", "Demo", "Rekaan", "Percobaan", "Sampel", "Ilustrasi"];

/** A fictional person's name: the demo must never look like a real official. */
export function fictionalName(i: number): string {
  return `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
}

/** +62 812-0000-xxxx: the 0000 block is the agreed marker of a fictional number. */
/** A NIP of the right shape (birth date, appointment month, sex, number) for a fictional head; every third unit has none recorded. */
export function fictionalNip(i: number): string | null {
  if (i % 3 === 2) return null;
  return `19${70 + (i % 20)}0${1 + (i % 9)}1${i % 3}${2000 + (i % 20)}0${1 + (i % 9)}${1 + (i % 2)}${String(1 + i).padStart(3, "0")}`;
}

export function fictionalPhone(i: number): string {
  return `+62 812-0000-${String(1000 + i).slice(-4)}`;
}
