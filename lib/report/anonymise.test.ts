import { describe, expect, it } from "vitest";
import { anonymiseComment as a, REDACTED as X } from "./anonymise";

describe("anonymiseComment", () => {
  it.each([
    ["Hubungi 0812-3456-7890 kalau perlu", `Hubungi ${X} kalau perlu`],
    ["wa saya +62 812 3456 7890.", `wa saya ${X}.`],
    ["nomornya 6281234567890", `nomornya ${X}`],
    ["telp 081234567890, atau 0813.1111.2222", `telp ${X}, atau ${X}`],
    ["kantor (0736) 21234 tidak diangkat", `kantor ${X} tidak diangkat`],
    ["+62-812-3456-789", X],
  ])("removes the phone number in %j", (input, expected) => {
    expect(a(input)).toBe(expected);
  });

  it("removes e-mail addresses, web addresses and handles", () => {
    expect(a("email budi.santoso@gmail.com ya")).toBe(`email ${X} ya`);
    expect(a("lihat https://facebook.com/budi.santoso?id=3, juga www.contoh.co.id/a")).toBe(`lihat ${X}, juga ${X}`);
    expect(a("cek bit.ly/abc123 dan instagram @budi_santoso.")).toBe(`cek ${X} dan instagram ${X}.`);
  });

  it("removes long digit runs: NIK, family card and account numbers", () => {
    expect(a("NIK saya 1771012345670001 salah ketik")).toBe(`NIK saya ${X} salah ketik`);
    expect(a("KK 1771 0123 4567 0002")).toBe(`KK ${X}`);
    expect(a("transfer ke rekening 1234567890 BRI")).toBe(`transfer ke rekening ${X} BRI`);
    expect(a("no. rek 12345678")).toBe(`no. rek ${X}`);
  });

  it("removes plates, codes with long numbers and complaint tracking codes", () => {
    expect(a("motor BD 1234 AB hilang di parkiran")).toBe(`motor ${X} hilang di parkiran`);
    expect(a("mobil B1234XYZ parkir sembarangan")).toBe(`mobil ${X} parkir sembarangan`);
    expect(a("berkas REG-2025-001234 belum selesai")).toBe(`berkas ${X} belum selesai`);
    expect(a("kode pengaduan ABCD-EF23-GH45 tidak ditanggapi")).toBe(`kode pengaduan ${X} tidak ditanggapi`);
  });

  it.each([
    ["Pak Budi di loket 2 kasar", `Pak ${X} di loket 2 kasar`],
    ["Bapak Ahmad Fauzi sangat membantu", `Bapak ${X} sangat membantu`],
    ["bu siti galak sekali", `bu ${X} galak sekali`],
    ["Ibu Sari, terima kasih", `Ibu ${X}, terima kasih`],
    ["Sdr. Joko dan Sdri. Rina", `Sdr. ${X} dan Sdri. ${X}`],
    ["dr. Hendra tidak datang, drg. Maya datang", `dr. ${X} tidak datang, drg. ${X} datang`],
    ["Mbak Dewi dan mas Anto ramah", `Mbak ${X} dan mas ${X} ramah`],
    ["Bidan Yuli sabar, Suster Ani juga, Perawat Tono kurang", `Bidan ${X} sabar, Suster ${X} juga, Perawat ${X} kurang`],
    ["Pak A. Rahman menolak berkas", `Pak ${X} menolak berkas`],
    ["Pak Lurah Budi tidak ada di kantor", `Pak Lurah ${X} tidak ada di kantor`],
    ["Ibu Kepala Dinas Sari Wulandari baik", `Ibu Kepala Dinas ${X} baik`],
    ["Mr Smith and Mrs. Jones, Ms Lee, Dr Brown", `Mr ${X} and Mrs. ${X}, Ms ${X}, Dr ${X}`],
    ["PAK BUDI MARAH-MARAH", `PAK ${X} MARAH-MARAH`],
  ])("removes the name in %j", (input, expected) => {
    expect(a(input)).toBe(expected);
  });

  it("removes everything at once", () => {
    expect(a("Pak Budi (0812-3456-7890, budi@x.id) minta uang Rp 50.000")).toBe(`Pak ${X} (${X}, ${X}) minta uang Rp 50.000`);
  });

  it.each([
    "Pelayanan cepat dan ramah, terima kasih.",
    "Antrean dari jam 08.00 - 12.00, terlalu lama.",
    "Buka jam 8:00-14:00 saja.",
    "Datang tanggal 10-11-2025 dan 01/12/2025, tanggal 2025-11-10 juga.",
    "Tahun ajaran 2024-2025 ramai sekali.",
    "Biaya Rp 1.500.000 terlalu mahal, padahal gratis; ada pungli Rp50000 atau 50000rb.",
    "Nomor antrean 45, loket 3, lantai 2.",
    "Pelayanan untuk ibu hamil dan lansia perlu kursi.",
    "Di Ibu Kota pelayanannya lebih cepat.",
    "Bapak Ibu petugas sudah sopan.",
    "Bapak/Ibu sekalian, mohon antre.",
    "Pak satpam ramah, bu dokter sabar.",
    "Ibu saya menunggu 3 jam.",
    "ibu-ibu dan bapak-bapak berdiri karena kursi kurang.",
    "Dokter gigi tidak ada, perawat jaga sibuk.",
    "Unsur U3 dan U8 perlu diperbaiki; periode 2025-Q4.",
    "Masalah AC rusak, kursi patah.",
    "Saya puas! 100%.",
    "",
  ])("leaves %j alone", (text) => {
    expect(a(text)).toBe(text);
  });

  // Comments as citizens type them on a phone: the identifying part goes, every other word stays.
  it.each([
    ["loket 2 (0812-1111-2222) tidak pernah diangkat", `loket 2 (${X}) tidak pernah diangkat`],
    ["petugas loket 3 (Pak Rudi) ramah sekali", `petugas loket 3 (Pak ${X}) ramah sekali`],
    ["sudah saya telp ke 0812 7777 3101 tapi tidak aktif", `sudah saya telp ke ${X} tapi tidak aktif`],
    ["nomor WA di poster (0813.6677.8899) salah", `nomor WA di poster (${X}) salah`],
    ["loket 2 0812 1111 2222 tidak aktif", `loket 2 ${X} tidak aktif`],
    ["antre no. 15, dipanggil jam 10.30, hubungi saya di 0821-7300-1122", `antre no. 15, dipanggil jam 10.30, hubungi saya di ${X}`],
    ["Bu Yanti di bagian pendaftaran jutek, tolong ditegur", `Bu ${X} di bagian pendaftaran jutek, tolong ditegur`],
    ["dr. Andi Saputra, Sp.PD datang jam 11", `dr. ${X}, Sp.PD datang jam 11`],
    ["Terima kasih kepada Pak Lurah Hasan dan stafnya", `Terima kasih kepada Pak Lurah ${X} dan stafnya`],
    ["NIK anak saya 1771045503190002 ditolak sistem", `NIK anak saya ${X} ditolak sistem`],
    ["nik 1771 0455 0319 0002 tidak terbaca", `nik ${X} tidak terbaca`],
    ["motor saya BD 4521 KA diderek padahal parkir resmi", `motor saya ${X} diderek padahal parkir resmi`],
    ["email saya rina.pratiwi88@yahoo.co.id belum dibalas", `email saya ${X} belum dibalas`],
    ["Pak Budi (0812-3456-7890) minta uang rokok", `Pak ${X} (${X}) minta uang rokok`],
    ["kata mbak Wulan berkas harus difotokopi 3 rangkap", `kata mbak ${X} berkas harus difotokopi 3 rangkap`],
    ["Ibu Hj. Rosmaini sangat sabar melayani lansia", `Ibu Hj. ${X} sangat sabar melayani lansia`],
    ["tolong sampaikan ke Kapus, Bapak Darmawan, AC ruang tunggu mati", `tolong sampaikan ke Kapus, Bapak ${X}, AC ruang tunggu mati`],
    ["biaya Rp 25.000 tanpa kuitansi, di loket 1", "biaya Rp 25.000 tanpa kuitansi, di loket 1"],
    ["saya datang 04-12-2026 jam 08.00, baru dilayani 11.15", "saya datang 04-12-2026 jam 08.00, baru dilayani 11.15"],
    ["rekening BRI 0123 0100 4567 508 untuk bayar retribusi?", `rekening BRI ${X} untuk bayar retribusi?`],
    ["WA: +62 852-6789-0011 (a.n. Sinta)", `WA: ${X} (a.n. Sinta)`],
    ["dilayani suster Maya, obatnya lengkap", `dilayani suster ${X}, obatnya lengkap`],
    ["kantor (0736) 341234 sibuk terus dari pagi", `kantor ${X} sibuk terus dari pagi`],
    ["nomor antrian A-027, menunggu 2 jam", "nomor antrian A-027, menunggu 2 jam"],
    ["kode lacak KQ7M-3XWP-9HTD belum ada kabar", `kode lacak ${X} belum ada kabar`],
    ["ig kelurahan @kel.sawahlebar tidak pernah update", `ig kelurahan ${X} tidak pernah update`],
    ["Mas Anto satpam parkir baik, tapi pak Joko galak", `Mas ${X} satpam parkir baik, tapi pak ${X} galak`],
    ["lantai 2 ruang 204 tidak ada papan nama", "lantai 2 ruang 204 tidak ada papan nama"],
    ["Pelayanan KTP 3 hari selesai, mantap", "Pelayanan KTP 3 hari selesai, mantap"],
    ["SIM saya B 1234 XYZ? bukan, plat BD 1 A", `SIM saya ${X}? bukan, plat ${X}`],
    ["telp 0812 3456 7890 / 0736-21234", `telp ${X} / ${X}`],
    ["ibu hamil antre berdiri, kursi cuma 10", "ibu hamil antre berdiri, kursi cuma 10"],
  ])("keeps the comment and masks only what identifies in %j", (input, expected) => {
    expect(a(input)).toBe(expected);
  });

  it("is idempotent: the server runs it again on the approved text", () => {
    for (const text of ["Pak Budi 0812-3456-7890", "Ibu [Nama] di loket", `Pak ${X} ${X}`, "email a@b.co dan www.x.id", "BD 1234 AB"]) {
      expect(a(a(text))).toBe(a(text));
    }
  });

  it("merges neighbouring removals and keeps the rest of the text", () => {
    expect(a("hubungi 0812-3456-7890 0813-1111-2222 segera")).toBe(`hubungi ${X} segera`);
    expect(a("baris satu\nPak Budi\nbaris tiga")).toBe(`baris satu\nPak ${X}\nbaris tiga`);
  });
});
