// The report document's chapter IV from frozen content: the selected comments grouped by element
// and escaped, the sentence alone when none was selected, and reports issued before the channel
// counts existed still render (without the channel table).
import { describe, expect, it } from "vitest";
import type { UnitReportContent as ReportContent } from "@/lib/report/content.server";
import { formatters } from "@/lib/i18n/format";
import { formatNip, reportDocument, zoneText } from "./html";
import { contentBase } from "./test-content";

const t = (key: string) => `‹${key}›`;
const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

function content(extra: Partial<ReportContent> = {}): ReportContent {
  return {
    ...contentBase(),
    unit: { slug: "uji", name: "Unit Uji", typeName: { id: "Puskesmas", en: "Health centre" }, kecamatan: null, headName: "Kepala", headTitle: null },
    complaintsByCategory: zeros(["delay"]),
    plan: null,
    previousPlan: null,
    ...extra,
  };
}

const render = (c: ReportContent) =>
  reportDocument(c, null, { locale: "id", t, f: formatters("id"), generatedConclusion: "Kesimpulan.", links: { pdf: "/pdf", self: "/self" } });

describe("reportDocument, chapter IV", () => {
  it("lists the selected comments by element, escaped, in place of the sentence", () => {
    const doc = render(
      content({
        comments: [
          { element: "u8", text: "Kursi <b>kurang</b>" },
          { element: "u3", text: "Pak […] minta uang" },
          { element: null, text: "Tanpa unsur" },
        ],
      }),
    );
    expect(doc).toContain('<section class="comments" data-element="u3"><h4>U3 ‹elements.u3.name›</h4><ul><li>Pak […] minta uang</li></ul></section>');
    expect(doc.indexOf('data-element="u3"')).toBeLessThan(doc.indexOf('data-element="u8"'));
    expect(doc).toContain("<li>Kursi &lt;b&gt;kurang&lt;/b&gt;</li>");
    expect(doc).toContain("‹plans.report.commentsNoElement›");
    expect(doc).not.toContain("‹plans.report.commentsText›");
  });

  it("keeps the sentence alone without selected comments", () => {
    const doc = render(content());
    expect(doc).toContain("‹plans.report.commentsText›");
    expect(doc).not.toContain('id="report-comments"');
  });

  it("shows complaints by channel when counted, and renders an older report without them", () => {
    const doc = render(content({ complaintsByChannel: { ...zeros(["web", "api", "phone", "in_person", "letter", "lapor"]), whatsapp: 4 } }));
    expect(doc).toContain('<tr data-channel="whatsapp"><th scope="row">‹complaintChannels.channels.whatsapp›</th><td class="n">4</td></tr>');
    const old = render(content());
    expect(old).not.toContain("report-complaint-channels");
    expect(old).toContain('id="report-complaints"');
  });
});

describe("reportDocument, the signed document's structure", () => {
  const doc = render(content({ unit: { ...content().unit, headTitle: "Kepala Puskesmas", headName: "dr. Sari", headNip: "197001011990031001" } }));

  it("has the cover with the year, the foreword, the contents, chapters I to V with lettered sections, and the appendices", () => {
    expect(doc).toMatch(/<p id="report-year">‹plans\.report\.yearLabel› \d{4}<\/p>/);
    const headings = [...doc.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(headings).toEqual(["kata-pengantar", "daftar-isi", "bab-1", "bab-2", "bab-3", "bab-4", "bab-5", "lampiran"]);
    expect(doc).toContain('<h2 id="bab-1" class="chapter">‹plans.report.chapterWord› I ‹PLANS.REPORT.CH1›</h2>');
    expect(doc).toContain('<h2 id="bab-5" class="chapter">‹plans.report.chapterWord› V ‹PLANS.REPORT.CH5›</h2>');
    // Sections are lettered from A again in every chapter.
    expect(doc).toContain('<h3 id="bab-1-latar">A. ‹plans.report.background›</h3>');
    expect(doc).toContain('<h3 id="bab-2-responden">E. ‹plans.report.sample›</h3>');
    expect(doc).toContain('<h3 id="bab-3-responden">A. ‹plans.report.respondents›</h3>');
    expect(doc).toContain('<h3 id="lampiran-kuesioner">A. ‹plans.report.questionnaire›</h3>');
  });

  it("lists every chapter and section in the contents, in order, each with a box for its page number", () => {
    const toc = doc.slice(doc.indexOf('<ol class="toc"'), doc.indexOf("</ol>", doc.indexOf('<ol class="toc"')));
    const listed = [...toc.matchAll(/data-for="([^"]+)"/g)].map((m) => m[1]);
    const body = doc.slice(doc.indexOf('id="daftar-isi"'));
    const headings = [...body.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== "daftar-isi");
    expect(listed).toEqual(["kata-pengantar", ...headings]);
    expect(listed.length).toBeGreaterThan(20);
  });

  it("signs the foreword and the conclusion with place, date, the head's title, name and NIP", () => {
    const signatures =
      doc.match(/<div class="signature" data-signature>[\s\S]*?<\/div><\/div>|<div class="signature" data-signature>[\s\S]*?NIP[^<]*<\/p><\/div>/g) ?? [];
    expect(signatures).toHaveLength(2);
    for (const s of signatures) {
      expect(s).toContain("‹plans.report.signedAt›");
      expect(s).toContain("Kepala Puskesmas Unit Uji");
      expect(s).toContain("<strong>dr. Sari</strong>");
      expect(s).toContain("NIP. 19700101 199003 1 001");
    }
  });

  it("leaves the name and NIP to be written by hand when they are not recorded", () => {
    const blank = render(content());
    expect(blank).toContain("‹plans.report.headOf›");
    expect(blank).toContain("NIP. ....");
  });
});

describe("formatNip", () => {
  it("spaces an 18-digit NIP as printed, and leaves anything else as it is", () => {
    expect(formatNip("197001011990031001")).toBe("19700101 199003 1 001");
    expect(formatNip("1970 0101 1990 0310 01")).toBe("19700101 199003 1 001");
    expect(formatNip("12345")).toBe("12345");
  });
});

describe("the score's zone in the report", () => {
  it("names the quality category beside the zone, and only the zone in reports issued before categories", () => {
    expect(zoneText({ zone: "yellow", category: "C" }, t)).toBe(" (‹zoneSchemes.category› C, ‹zones.yellow›)");
    expect(zoneText({ zone: "red" }, t)).toBe(" (‹zones.red›)");
    expect(zoneText({ zone: "red", category: null }, t)).toBe(" (‹zones.red›)");
    expect(zoneText({ zone: null, category: null }, t)).toBe("");
    const doc = String(render(content({ figures: { ...contentBase().figures, score: 60, zone: "yellow", category: "C" } })));
    expect(doc).toContain("‹zoneSchemes.category› C, ‹zones.yellow›");
  });
});
