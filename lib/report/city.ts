// The city-wide SKM report's own parts (issue 13): its figures taken from the scores read model's
// city (the same IKM, score and zone as the dashboard and /api/v1/scores), the ranked units by
// zone with their plan status, and the conclusion generated from them. Pure: no I/O, no clock.
import type { ScoresReport } from "@/lib/scores/read-model.server";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import type { Zone } from "@/lib/scores/compliance";
import { ELEMENT_KEYS, type ElementKey } from "@/lib/scores/elements";
import { proposeElements, type PlanStatus } from "@/lib/plans/rules";

/**
 * The city's segment in report URLs (`/laporan/<period>/kota`), where a unit's slug goes
 * otherwise: reserved, so that no unit can take it (lib/units/schema.ts).
 */
export const CITY_SEGMENT = "kota";

export const isCitySegment = (segment: string) => segment === CITY_SEGMENT;

export const ZONES = ["red", "yellow", "green"] as const satisfies readonly Zone[];

/** The weakest and the strongest three elements (lowest NRR first; strongest highest first). */
export function weakAndStrong(elements: Record<ElementKey, number | null>) {
  const ranked = proposeElements(elements, ELEMENT_KEYS.length);
  return { weakest: ranked.slice(0, 3), strongest: [...ranked].reverse().slice(0, 3) };
}

type Units = ScoresReport["units"];

/**
 * The city's respondents and NRR per element: the read model's own (every answer of the period)
 * or, in a snapshot published before the read model kept them, the units' figures weighted by
 * their respondents (the same unless elements were skipped or an inactive unit had answers).
 */
export function cityElements(report: Pick<ScoresReport, "city" | "units">): { respondents: number; elements: Record<ElementKey, number | null> } {
  const { respondents, elements } = report.city;
  if (respondents !== undefined && elements) return { respondents, elements };
  const weighted = (k: ElementKey) => {
    const answered = report.units.filter((u) => u.elements[k] != null && u.respondents > 0);
    const n = answered.reduce((sum, u) => sum + u.respondents, 0);
    return n === 0 ? null : answered.reduce((sum, u) => sum + (u.elements[k] as number) * u.respondents, 0) / n;
  };
  return {
    respondents: report.units.reduce((sum, u) => sum + u.respondents, 0),
    elements: Object.fromEntries(ELEMENT_KEYS.map((k) => [k, weighted(k)])) as Record<ElementKey, number | null>,
  };
}

/** The sample of the city: every unit needs its own (Krejcie-Morgan); how many have it. */
export function citySample(units: Units) {
  return {
    minimumSample: units.reduce((sum, u) => sum + u.minimumSample, 0),
    units: units.length,
    sufficientUnits: units.filter((u) => u.sufficient).length,
  };
}

export type ZoneUnit = {
  slug: string;
  name: string;
  ikm: number | null;
  grade: string | null;
  score: number;
  planStatus: PlanStatus | null;
  planApprovedAt: string | null;
};

/** The ranked units of each zone in rank order, each with its plan status for the period. */
export function unitsByZone(units: Units, plans: ReadonlyMap<string, { status: PlanStatus; approvedAt: string | null }>): Record<Zone, ZoneUnit[]> {
  const zones: Record<Zone, ZoneUnit[]> = { red: [], yellow: [], green: [] };
  for (const u of units) {
    if (!u.ranked || u.zone == null || u.score == null) continue;
    const plan = plans.get(u.slug);
    zones[u.zone].push({
      slug: u.slug,
      name: u.name,
      ikm: u.ikm?.converted ?? null,
      grade: u.ikm?.grade ?? null,
      score: u.score,
      planStatus: plan?.status ?? null,
      planApprovedAt: plan?.approvedAt ?? null,
    });
  }
  return zones;
}

/** What the city's conclusion is generated from: a subset of its report content. */
export type CityConclusionInput = {
  period: string;
  figures: {
    respondents: number;
    ikm: { converted: number; grade: string } | null;
    score: number | null;
    zone: Zone | null;
    weakest: { element: ElementKey; nrr: number }[];
  };
  city: { units: number; sufficientUnits: number; zones: Record<Zone, ZoneUnit[]> };
};

/** Chapter V of the city's report as generated from its figures, for the secretariat to edit before issuing. */
export function cityConclusion(c: CityConclusionInput, t: Translate, f: Formatters): string {
  const { figures: fig, city } = c;
  const name = t("plans.cityReport.name");
  const parts = [
    fig.ikm
      ? t("plans.cityReport.conclusionIkm", {
          city: name,
          period: c.period,
          ikm: f.num(fig.ikm.converted),
          grade: fig.ikm.grade,
          gradeName: t(`grades.${fig.ikm.grade}`),
          respondents: fig.respondents,
          units: city.units,
        })
      : t("plans.report.conclusionNoIkm", { unit: name, period: c.period }),
  ];
  if (fig.score != null && fig.zone)
    parts.push(
      t("plans.cityReport.conclusionScore", {
        score: f.num(fig.score),
        zone: t(`zones.${fig.zone}`),
        red: city.zones.red.length,
        yellow: city.zones.yellow.length,
        green: city.zones.green.length,
      }),
    );
  if (fig.weakest.length)
    parts.push(t("plans.report.conclusionWeak", { elements: fig.weakest.map((w) => `${t(`elements.${w.element}.name`)} (${f.num(w.nrr)})`).join(", ") }));
  if (city.sufficientUnits < city.units) parts.push(t("plans.cityReport.conclusionSample", { short: city.units - city.sufficientUnits, units: city.units }));
  const red = city.zones.red;
  if (red.length) parts.push(t("plans.cityReport.conclusionPlans", { red: red.length, approved: red.filter((u) => u.planStatus === "approved").length }));
  return parts.join("\n\n");
}
