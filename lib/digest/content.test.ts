import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator.server";
import { escalationDigest, headDigest, renderHtml, renderText, secretariatDigest, type HeadDigestData, type SecretariatDigestData } from "./content";

const head: HeadDigestData = {
  unit: "RSHD <Bengkulu>",
  week: "30 Nov 2026 – 6 Des 2026",
  last: { answers: 42, ikm: 78.456 },
  before: { answers: 30, ikm: null },
  weakest: "Waktu penyelesaian",
  openCases: [
    { code: "AB12-CD34", deadline: "9 Des 2026 10.00", overdue: false },
    { code: "EF56-GH78", deadline: "1 Des 2026 10.00", overdue: true },
  ],
  planActions: [
    { description: "Papan antrean digital", element: "Waktu penyelesaian", due: "10 Des 2026", overdue: false },
    { description: "Pelatihan petugas loket", element: "Perilaku pelaksana", due: "1 Des 2026", overdue: true },
  ],
  contactReports: 1,
  openAlerts: 2,
  link: "https://rapor.example/admin",
};

const city: SecretariatDigestData = {
  week: "w",
  last: { answers: 900, ikm: 80 },
  before: { answers: 850, ikm: 79.5 },
  unitsWithoutAnswers: ["Kelurahan Sawah Lebar"],
  overdueByUnit: [{ unit: "Dukcapil", count: 3 }],
  openAlerts: [],
  zones: { period: "2026-Q4", previous: "2026-Q3", changes: [{ unit: "Puskesmas Jalan Gedang", from: "yellow", to: "red" }] },
  silentKiosks: { since: "4 Des 2026", kiosks: [{ unit: "Dukcapil", kiosk: "Tablet loket 1", seen: null }] },
  link: "l",
};

describe("the digest content", () => {
  it("gives the head last week against the week before, the weakest element, open cases, plan actions due and signals", async () => {
    const t = await translatorFor("id");
    const d = headDigest(head, t);
    const text = renderText(d);
    expect(d.subject).toBe("Ringkasan mingguan RSHD <Bengkulu>, 30 Nov 2026 – 6 Des 2026");
    expect(text).toContain("- Jawaban survei: 42 (minggu sebelumnya 30)");
    expect(text).toContain("- IKM: 78.46 (minggu sebelumnya –)");
    expect(text).toContain("- Unsur terlemah: Waktu penyelesaian");
    expect(text).toContain("Pengaduan terbuka (2)\n- AB12-CD34: tenggat 9 Des 2026 10.00\n- EF56-GH78: melewati tenggat 1 Des 2026 10.00");
    expect(text).toContain(
      "Aksi rencana tindak lanjut jatuh tempo (2)\n- Papan antrean digital (Waktu penyelesaian): jatuh tempo 10 Des 2026\n" +
        "- Pelatihan petugas loket (Perilaku pelaksana): lewat jatuh tempo 1 Des 2026",
    );
    expect(text).toContain("Peringatan belum ditanggapi: 2");
    expect(renderText(headDigest({ ...head, planActions: [] }, t))).toContain("Aksi rencana tindak lanjut jatuh tempo (0)\n- Tidak ada aksi");
    const html = renderHtml(d);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("<h1>Ringkasan mingguan RSHD &lt;Bengkulu&gt;");
    expect(html).toContain("<li>AB12-CD34: tenggat 9 Des 2026 10.00</li>");
    expect(html).not.toContain("<Bengkulu>");
  });

  it("speaks English to a recipient who chose it, the HTML part marked so", async () => {
    const t = await translatorFor("en");
    const d = headDigest(head, t, "en");
    const text = renderText(d);
    expect(d.subject).toBe("Weekly digest RSHD <Bengkulu>, 30 Nov 2026 – 6 Des 2026");
    expect(text).toContain("- Survey answers: 42 (the week before 30)");
    expect(text).toContain("Improvement plan actions due (2)\n- Papan antrean digital (Waktu penyelesaian): due 10 Des 2026");
    expect(text).toContain("overdue since 1 Des 2026");
    expect(renderHtml(d)).toContain('<html lang="en">');
    const cityText = renderText(secretariatDigest(city, t, "en"));
    expect(cityText).toContain("Units that changed zone (2026-Q4 so far against 2026-Q3)\n- Puskesmas Jalan Gedang: Yellow zone → Red zone");
    expect(cityText).toContain("Kiosks without answers for more than a day (since 4 Des 2026)\n- Dukcapil: Tablet loket 1 (last connected never)");
  });

  it("gives the secretariat the city, overdue cases per unit, zone changes, silent units and kiosks", async () => {
    const t = await translatorFor("id");
    const text = renderText(secretariatDigest(city, t));
    expect(text).toContain("- Dukcapil: 3");
    expect(text).toContain("Unit yang berganti zona (2026-Q4 sejauh ini dibanding 2026-Q3)\n- Puskesmas Jalan Gedang: Zona kuning → Zona merah");
    expect(text).toContain("Unit tanpa jawaban survei minggu lalu\n- Kelurahan Sawah Lebar");
    expect(text).toContain("Kios tanpa jawaban lebih dari sehari (sejak 4 Des 2026)\n- Dukcapil: Tablet loket 1 (terakhir terhubung belum pernah)");
    expect(text).toContain("Peringatan belum ditanggapi per unit\n- Tidak ada.");
    const quiet = renderText(secretariatDigest({ ...city, zones: { ...city.zones, changes: [] }, silentKiosks: { since: "x", kiosks: [] } }, t));
    expect(quiet).toContain("dibanding 2026-Q3)\n- Tidak ada.");
    expect(quiet).toContain("(sejak x)\n- Tidak ada.");
  });

  it("gives the escalation line its units in the red, overdue heads and silent numbers, counts when more than five", async () => {
    const t = await translatorFor("id");
    const few = escalationDigest(
      {
        week: "w",
        red: [{ unit: "Dukcapil", score: "48.20" }],
        headsOverdue: [{ unit: "Dukcapil", head: "Kepala", count: 2 }],
        notAnswering: [{ unit: "Perizinan", phone: "+62 812", count: 1 }],
        link: "l",
      },
      t,
    );
    expect(few.sections[0].lines).toEqual([
      "Dukcapil: zona merah (nilai 48.20)",
      "Dukcapil: Kepala belum memverifikasi 2 pengaduan melewati tenggat",
      "Perizinan: nomor +62 812 dilaporkan tidak menjawab (1)",
    ]);
    const heads = Array.from({ length: 7 }, (_, i) => ({ unit: `Unit ${i}`, head: `Kepala ${i}`, count: i + 1 }));
    const many = escalationDigest(
      { week: "w", red: [{ unit: "Unit 1", score: "40.00" }], headsOverdue: heads, notAnswering: [{ unit: "Unit 9", phone: "+62 812", count: 2 }], link: "l" },
      t,
    );
    expect(many.sections[0].lines).toEqual(["Unit di zona merah: 1", "Kepala unit dengan verifikasi terlambat: 7", "Nomor dilaporkan tidak menjawab: 1"]);
    expect(renderText(many).length).toBeLessThan(1000);
    expect(escalationDigest({ week: "w", red: [], headsOverdue: [], notAnswering: [], link: "l" }, t).sections[0].lines).toEqual(["Tidak ada."]);
  });
});
