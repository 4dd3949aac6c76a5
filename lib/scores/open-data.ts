// The scores as open data (GET /api/v1/scores): the query it takes, its documented JSON shape and
// its CSV columns. What is public here is public forever: fields are added, never renamed.
import { z } from "zod";
import { CHANNELS } from "@/lib/complaints/channels";
import type { ScoresCsvColumn } from "@/lib/scores/csv";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { parsePeriod } from "@/lib/scores/period";
import type { ScoresReport } from "@/lib/scores/read-model.server";

/** The query of GET /api/v1/scores: a period (default the current quarter) and the format. */
export const scoresQuerySchema = z.object({
  period: z
    .string()
    .max(20, "badPeriod")
    .refine((v) => parsePeriod(v) !== null, "badPeriod")
    .optional(),
  format: z.enum(["json", "csv"], "badFormat").default("json"),
});

/** The documented JSON shape (docs/api.md, "Open data"). */
export function openDataJson(report: ScoresReport) {
  return {
    period: report.period,
    published: report.published,
    publishedAt: report.publishedAt,
    method: { url: "/metode", settings: report.settings },
    city: {
      score: report.city.score,
      zone: report.city.zone,
      // Issue 27: the quality category under the period's scheme (method.settings.zoneScheme).
      category: report.city.category,
      ikm: report.city.ikm,
      rankedUnits: report.city.rankedUnits,
      zones: report.city.zones,
      // Issue 13: the respondents and NRR behind the city's IKM (null in snapshots published before).
      respondents: report.city.respondents ?? null,
      elements: report.city.elements ?? null,
    },
    units: report.units.map((u) => ({
      slug: u.slug,
      name: u.name,
      type: u.type,
      kecamatan: u.kecamatan,
      respondents: u.respondents,
      minimumSample: u.minimumSample,
      ranked: u.ranked,
      rank: u.rank,
      ikm: u.ikm,
      elements: u.elements,
      weakestElement: u.weakestElement,
      complaintHandling: u.complaintHandling,
      standards: u.standards,
      score: u.score,
      zone: u.zone,
      category: u.category,
      substantiatedPer1000: u.complaints.substantiatedPer1000,
      // Issue 12: every channel's count and the reporters' verdicts (absent from older snapshots).
      complaints: {
        received: u.complaints.received,
        byChannel: u.complaints.byChannel ?? null,
        verdicts: u.complaints.verdicts ?? null,
        satisfiedShare: u.complaints.satisfiedShare ?? null,
      },
    })),
  };
}

/** The open data CSV's columns, in order. */
export const OPEN_DATA_COLUMNS = [
  "period",
  "rank",
  "slug",
  "name",
  "type",
  "kecamatan",
  "respondents",
  "minimum_sample",
  "ranked",
  "ikm",
  "ikm_converted",
  "grade",
  ...ELEMENT_KEYS,
  "weakest_element",
  "complaint_handling",
  "standards",
  "score",
  "zone",
  "substantiated_per_1000",
  "weight_satisfaction",
  "weight_complaints",
  "weight_standards",
  "zone_red_max",
  "zone_yellow_max",
  "published",
  ...CHANNELS.map((c) => `complaints_${c}` as const),
  "complaint_verdicts",
  "satisfied_share",
  "category",
  "zone_scheme",
] as const satisfies readonly ScoresCsvColumn[];
