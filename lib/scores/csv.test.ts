import { describe, expect, it } from "vitest";
import { scoresCsv } from "./csv";
import type { ScoresReport, UnitScore } from "./read-model.server";

const unit = {
  slug: "rshd",
  name: "RSUD Harapan dan Doa",
  type: "rs",
  kecamatan: "Ratu Agung",
  respondents: 412,
  minimumSample: 384,
  ranked: true,
  sufficient: true,
  rank: 3,
  ikm: { value: 3.1234, converted: 78.085, grade: "B" },
  elements: { u1: 3.5, u2: 3, u3: 2.75, u4: 3, u5: 3, u6: 3, u7: 3, u8: 2.5, u9: 3 },
  weakestElement: "u8",
  complaintHandling: 70,
  standards: 80,
  score: 76.4,
  zone: "yellow",
  complaints: { received: 4, substantiated: 1, substantiatedPer1000: 2.43 },
} as unknown as UnitScore;
const report = {
  period: "2026-Q3",
  published: false,
  units: [unit],
  settings: { weightSatisfaction: 60, weightComplaints: 25, weightStandards: 15, zoneRedMax: 50.99, zoneYellowMax: 80.99 },
} as unknown as ScoresReport;

describe("scoresCsv", () => {
  it("writes the chosen columns in the chosen order, with the report's and the settings' values", () => {
    expect(
      scoresCsv(report, [
        "period",
        "unit",
        "rank",
        "ikm_converted",
        "satisfaction_ikm",
        "u8",
        "weakest_element",
        "complaints_received",
        "weight_standards",
        "published",
      ]),
    ).toBe(
      "period,unit,rank,ikm_converted,satisfaction_ikm,u8,weakest_element,complaints_received,weight_standards,published\r\n2026-Q3,rshd,3,78.085,78.085,2.5,u8,4,15,false\r\n",
    );
  });

  it("writes only the given units, and a header alone when there are none", () => {
    expect(scoresCsv(report, ["slug", "zone"], [])).toBe("slug,zone\r\n");
    expect(scoresCsv(report, ["slug", "zone"])).toBe("slug,zone\r\nrshd,yellow\r\n");
  });
});
