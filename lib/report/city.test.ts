// The city's SKM report, its pure parts: the figures taken from the scores read model (and derived
// from the units in an older snapshot), the sample, the units by zone with their plan status, the
// generated conclusion, and the document that renders it.
import { describe, expect, it } from "vitest";
import type { CityReportContent } from "@/lib/report/content.server";
import type { UnitScore } from "@/lib/scores/read-model.server";
import { formatters } from "@/lib/i18n/format";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import { cityConclusion, cityElements, citySample, isCitySegment, unitsByZone, weakAndStrong, type ZoneUnit } from "./city";
import { reportDocument } from "./html";
import { contentBase } from "./test-content";

const t = (key: string, values?: Record<string, unknown>) => (values ? `‹${key} ${JSON.stringify(values)}›` : `‹${key}›`);
const f = formatters("id");
const all = (v: number | null) => Object.fromEntries(ELEMENT_KEYS.map((k) => [k, v])) as Record<ElementKey, number | null>;

function unit(slug: string, extra: Partial<UnitScore> = {}): UnitScore {
  return {
    slug,
    name: `Unit ${slug}`,
    type: "opd",
    typeName: { id: "OPD", en: "Agency" },
    kecamatan: null,
    respondents: 40,
    minimumSample: 30,
    sufficient: true,
    ranked: true,
    rank: 1,
    ikm: { value: 3, converted: 75, grade: "C" },
    elements: all(3),
    weakestElement: "u1",
    complaintHandling: null,
    standards: null,
    score: 70,
    zone: "yellow",
    category: null,
    complaints: { received: 0, substantiated: 0, answeredWithinDeadline: 0, substantiatedPer1000: null },
    ...extra,
  };
}

describe("the city's figures", () => {
  it("takes the read model's respondents and NRR when it has them", () => {
    const elements = all(2.5);
    expect(
      cityElements({
        city: { score: 60, zone: "yellow", category: "C", ikm: null, rankedUnits: 0, zones: { red: 0, yellow: 0, green: 0 }, respondents: 7, elements },
        units: [unit("a")],
      }),
    ).toEqual({ respondents: 7, elements });
  });

  it("derives them from the units, weighted by respondents, in a snapshot published before they were kept", () => {
    const units = [
      unit("a", { respondents: 30, elements: { ...all(2), u9: null } }),
      unit("b", { respondents: 10, elements: all(4) }),
      unit("c", { respondents: 0, elements: all(null) }),
    ];
    const { respondents, elements } = cityElements({
      city: { score: null, zone: null, category: null, ikm: null, rankedUnits: 0, zones: { red: 0, yellow: 0, green: 0 } },
      units,
    });
    expect(respondents).toBe(40);
    expect(elements.u1).toBeCloseTo(2.5, 12); // (2 x 30 + 4 x 10) / 40
    expect(elements.u9).toBe(4); // only b answered it
  });

  it("counts the sample unit by unit: the sum of the minimums, and the units that reached theirs", () => {
    expect(citySample([unit("a"), unit("b", { minimumSample: 80, sufficient: false }), unit("c", { minimumSample: 30 })])).toEqual({
      minimumSample: 140,
      units: 3,
      sufficientUnits: 2,
    });
  });

  it("ranks the weakest and the strongest three elements", () => {
    const { weakest, strongest } = weakAndStrong({ ...all(3), u2: 2.1, u5: 2.4, u7: 3.6, u8: null, u9: 3.9 });
    expect(weakest.map((w) => w.element)).toEqual(["u2", "u5", "u1"]);
    expect(strongest.map((w) => w.element)).toEqual(["u9", "u7", "u6"]);
  });

  it("lists the ranked units of each zone in order with their plan status; unranked units stay out", () => {
    const zones = unitsByZone(
      [
        unit("g", { zone: "green", score: 90 }),
        unit("r1", { zone: "red", score: 40 }),
        unit("r2", { zone: "red", score: 45 }),
        unit("n", { ranked: false, rank: null, zone: "red", score: 30 }),
      ],
      new Map([["r1", { status: "approved" as const, approvedAt: "2026-01-10T02:00:00.000Z" }]]),
    );
    expect(zones.red.map((u) => [u.slug, u.planStatus])).toEqual([
      ["r1", "approved"],
      ["r2", null],
    ]);
    expect(zones.green.map((u) => u.slug)).toEqual(["g"]);
    expect(zones.yellow).toEqual([]);
  });

  it("reserves only the exact segment kota", () => {
    expect(isCitySegment("kota")).toBe(true);
    expect(isCitySegment("kota-bengkulu")).toBe(false);
  });
});

const zoneUnit = (slug: string, planStatus: ZoneUnit["planStatus"]): ZoneUnit => ({
  slug,
  name: slug,
  ikm: 60,
  grade: "D",
  score: 40,
  planStatus,
  planApprovedAt: null,
});

describe("the city's generated conclusion", () => {
  const input = {
    period: "2025-Q4",
    figures: {
      respondents: 1204,
      ikm: { converted: 75.2, grade: "C" },
      score: 62.6,
      zone: "yellow" as const,
      weakest: [{ element: "u6" as const, nrr: 2.81 }],
    },
    city: { units: 12, sufficientUnits: 10, zones: { red: [zoneUnit("a", "approved"), zoneUnit("b", "returned")], yellow: [zoneUnit("c", null)], green: [] } },
  };

  it("states the IKM and grade, the score and zones, the weakest elements, the short samples and the red units' plans", () => {
    const text = cityConclusion(input, t, f);
    const paragraphs = text.split("\n\n");
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe(
      `‹plans.cityReport.conclusionIkm ${JSON.stringify({ city: "‹plans.cityReport.name›", period: "2025-Q4", ikm: "75,20", grade: "C", gradeName: "‹grades.C›", respondents: 1204, units: 12 })}›`,
    );
    expect(paragraphs[1]).toContain('"score":"62,60","zone":"‹zones.yellow›","red":2,"yellow":1,"green":0');
    expect(paragraphs[2]).toContain("‹elements.u6.name› (2,81)");
    expect(paragraphs[3]).toContain('"short":2,"units":12');
    expect(paragraphs[4]).toContain('"red":2,"approved":1');
  });

  it("says there is no IKM yet, and leaves out what does not apply", () => {
    const text = cityConclusion(
      {
        ...input,
        figures: { ...input.figures, ikm: null, score: null, zone: null, weakest: [] },
        city: { units: 3, sufficientUnits: 3, zones: { red: [], yellow: [], green: [] } },
      },
      t,
      f,
    );
    expect(text).toBe(`‹plans.report.conclusionNoIkm ${JSON.stringify({ unit: "‹plans.cityReport.name›", period: "2025-Q4" })}›`);
  });
});

describe("the city's report document", () => {
  const content: CityReportContent = {
    ...contentBase(),
    kind: "city",
    figures: {
      ...contentBase().figures,
      respondents: 80,
      minimumSample: 60,
      sufficient: true,
      ikm: { value: 3, converted: 75, grade: "C" },
      elements: all(3),
      score: 55,
      zone: "red",
    },
    city: {
      units: 2,
      sufficientUnits: 2,
      zones: { red: [{ ...zoneUnit("rshd", "approved"), name: "RS <Harapan>", planApprovedAt: "2026-01-10T02:00:00.000Z" }], yellow: [], green: [] },
    },
  };
  const doc = reportDocument(content, null, { locale: "id", t, f, generatedConclusion: "Kesimpulan kota.", links: { pdf: "/pdf", self: "/self" } });

  it("names the city, lists the units by zone escaped with their plan status, and has no plan or comment chapter of a unit", () => {
    expect(doc).toContain('<strong id="report-unit">‹plans.cityReport.name›</strong>');
    expect(doc).toContain('<tr data-unit="rshd"><th scope="row">RS &lt;Harapan&gt;</th>');
    expect(doc).toContain(`‹plans.statuses.approved› (${f.date("2026-01-10T02:00:00.000Z")})`);
    expect(doc).toContain('id="report-zone-yellow"');
    expect(doc).toContain("‹plans.cityReport.zoneEmpty›");
    expect(doc).toContain('id="report-ranked">1<');
    for (const absent of ["‹plans.report.plan›", "‹plans.report.comments›", 'id="report-rank"']) expect(doc).not.toContain(absent);
  });
});
