// For the report's unit tests: the fields every report content has, for a quarter with no answers
// (a test sets what it looks at). Not a test itself.
import type { ReportContent } from "@/lib/report/content.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

type Base = Omit<ReportContent, "kind" | "unit" | "plan" | "previousPlan" | "comments" | "city">;

export function contentBase(): Base {
  return {
    version: 1,
    period: "2025-Q4",
    periodStart: "2025-09-30T17:00:00.000Z",
    periodEnd: "2025-12-31T17:00:00.000Z",
    published: false,
    publishedAt: null,
    generatedAt: "2026-01-05T00:00:00.000Z",
    settings: {
      weightSatisfaction: 50,
      weightComplaints: 30,
      weightStandards: 20,
      zoneRedMax: 60,
      zoneYellowMax: 80,
      verifyDays: 3,
      answerDays: 10,
      closeDays: 20,
      sampleFloor: 30,
    } as ReportContent["settings"],
    figures: {
      respondents: 0,
      minimumSample: 30,
      sufficient: false,
      rank: null,
      ikm: null,
      elements: Object.fromEntries(ELEMENT_KEYS.map((k) => [k, null])) as ReportContent["figures"]["elements"],
      weakest: [],
      strongest: [],
      complaintHandling: null,
      standards: null,
      score: null,
      zone: null,
    },
    profile: { gender: {}, ageBand: {}, education: {}, occupation: {} },
    complaintsByCategory: {},
    trend: [],
  };
}
