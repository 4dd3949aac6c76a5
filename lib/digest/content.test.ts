import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator.server";
import { escalationDigest, headDigest, renderHtml, renderText, secretariatDigest } from "./content";

describe("the digest content", () => {
  it("gives the head last week against the week before, the weakest element, open cases and signals", async () => {
    const t = await translatorFor("id");
    const d = headDigest(
      {
        unit: "RSHD <Bengkulu>",
        week: "30 Nov 2026 – 6 Des 2026",
        last: { answers: 42, ikm: 78.456 },
        before: { answers: 30, ikm: null },
        weakest: "Waktu penyelesaian",
        openCases: [
          { code: "AB12-CD34", deadline: "9 Des 2026 10.00", overdue: false },
          { code: "EF56-GH78", deadline: "1 Des 2026 10.00", overdue: true },
        ],
        contactReports: 1,
        openAlerts: 2,
        link: "https://rapor.example/admin",
      },
      t,
    );
    const text = renderText(d);
    expect(d.subject).toBe("Ringkasan mingguan RSHD <Bengkulu>, 30 Nov 2026 – 6 Des 2026");
    expect(text).toContain("- Jawaban survei: 42 (minggu sebelumnya 30)");
    expect(text).toContain("- IKM: 78.46 (minggu sebelumnya –)");
    expect(text).toContain("- Unsur terlemah: Waktu penyelesaian");
    expect(text).toContain("Pengaduan terbuka (2)\n- AB12-CD34: tenggat 9 Des 2026 10.00\n- EF56-GH78: melewati tenggat 1 Des 2026 10.00");
    expect(text).toContain("Peringatan belum ditanggapi: 2");
    const html = renderHtml(d);
    expect(html).toContain("<h1>Ringkasan mingguan RSHD &lt;Bengkulu&gt;");
    expect(html).toContain("<li>AB12-CD34: tenggat 9 Des 2026 10.00</li>");
    expect(html).not.toContain("<Bengkulu>");
  });

  it("gives the secretariat the city, overdue cases per unit, silent units; the escalation line five lines at most", async () => {
    const t = await translatorFor("id");
    const city = renderText(
      secretariatDigest(
        {
          week: "w",
          last: { answers: 900, ikm: 80 },
          before: { answers: 850, ikm: 79.5 },
          unitsWithoutAnswers: ["Kelurahan Sawah Lebar"],
          overdueByUnit: [{ unit: "Dukcapil", count: 3 }],
          openAlerts: [],
          link: "l",
        },
        t,
      ),
    );
    expect(city).toContain("- Dukcapil: 3");
    expect(city).toContain("Unit tanpa jawaban survei minggu lalu\n- Kelurahan Sawah Lebar");
    expect(city).toContain("Peringatan belum ditanggapi per unit\n- Tidak ada.");
    const heads = Array.from({ length: 7 }, (_, i) => ({ unit: `Unit ${i}`, head: `Kepala ${i}`, count: i + 1 }));
    const escalation = escalationDigest({ week: "w", headsOverdue: heads, notAnswering: [{ unit: "Unit 9", phone: "+62 812", count: 2 }], link: "l" }, t);
    expect(escalation.sections[0].lines).toHaveLength(5);
    expect(renderText(escalation).length).toBeLessThan(1000);
  });
});
