// The report document's chapter IV from frozen content: the selected comments grouped by element
// and escaped, the sentence alone when none was selected, and reports issued before the channel
// counts existed still render (without the channel table).
import { describe, expect, it } from "vitest";
import type { UnitReportContent as ReportContent } from "@/lib/report/content.server";
import { formatters } from "@/lib/i18n/format";
import { reportDocument, zoneText } from "./html";
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
