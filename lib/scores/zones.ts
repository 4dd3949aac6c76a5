// Zone schemes (domain.md section 3): named bands over the 0-100 compliance score, each with a
// zone colour and an optional category letter. A scheme is data: the two Ombudsman schemes ship
// here, others are stored rows (lib/scores/zones.server.ts); each period's settings name one, and
// a published snapshot freezes the whole scheme. Pure functions.
import { round } from "./ikm";

export type Zone = "red" | "yellow" | "green";
export const ZONES: readonly Zone[] = ["red", "yellow", "green"];

export type Band = {
  min: number; // lower bound, inclusive (score rounded to 2 decimals); the band runs to the next band's min
  category: string | null; // "A".."E" in the 2022 scheme; none in the 2013-2021 bands
  name: { id: string; en: string };
  zone: Zone;
};

export type ZoneScheme = {
  key: string;
  name: { id: string; en: string };
  source: string; // where the bands come from (shown on /metode)
  bands: Band[]; // ascending by min, the first at 0
};

const band = (min: number, category: string | null, id: string, en: string, zone: Zone): Band => ({ min, category, name: { id, en }, zone });

/** The Ombudsman's zones of 2013-2021 (Bengkulu's 2017 38.70 was red under these). */
export const OMBUDSMAN_2013: ZoneScheme = {
  key: "ombudsman-2013",
  name: { id: "Zona Ombudsman RI 2013–2021", en: "Ombudsman RI zones 2013–2021" },
  source: "Ombudsman RI, Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2013–2021",
  bands: [
    band(0, null, "Zona merah (kepatuhan rendah)", "Red zone (low compliance)", "red"),
    band(51, null, "Zona kuning (kepatuhan sedang)", "Yellow zone (medium compliance)", "yellow"),
    band(81, null, "Zona hijau (kepatuhan tinggi)", "Green zone (high compliance)", "green"),
  ],
};

/** The Ombudsman's quality categories since 2022 (published with the 2022-2024 results). */
export const OMBUDSMAN_2022: ZoneScheme = {
  key: "ombudsman-2022",
  name: { id: "Kategori kualitas Ombudsman RI sejak 2022", en: "Ombudsman RI quality categories since 2022" },
  source: "Ombudsman RI, Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024",
  bands: [
    band(0, "E", "Kualitas terendah", "Lowest quality", "red"),
    band(32, "D", "Kualitas rendah", "Low quality", "red"),
    band(54, "C", "Kualitas sedang", "Medium quality", "yellow"),
    band(78, "B", "Kualitas tinggi", "High quality", "green"),
    band(88, "A", "Kualitas tertinggi", "Highest quality", "green"),
  ],
};

export const BUILT_IN_SCHEMES: readonly ZoneScheme[] = [OMBUDSMAN_2022, OMBUDSMAN_2013];
export const DEFAULT_SCHEME_KEY = OMBUDSMAN_2022.key;

/** The band a score falls in: the last band whose lower bound it reaches (score rounded to 2 decimals). */
export function bandOf(score: number, scheme: ZoneScheme): Band {
  const rounded = round(score, 2);
  let found = scheme.bands[0];
  for (const b of scheme.bands) if (rounded >= b.min) found = b;
  return found;
}

/** The red line: the lowest score that is not red (54 in the 2022 categories, 51 before). */
export function redLine(scheme: ZoneScheme): number {
  return scheme.bands.find((b) => b.zone !== "red")?.min ?? 100;
}

/** The scheme as the two thresholds the settings always carried (scores <= redMax red, <= yellowMax yellow). */
export function zoneLimits(scheme: ZoneScheme): { zoneRedMax: number; zoneYellowMax: number } {
  const green = scheme.bands.find((b) => b.zone === "green")?.min;
  return { zoneRedMax: round(redLine(scheme) - 0.01, 2), zoneYellowMax: green === undefined ? 100 : round(green - 0.01, 2) };
}

/** A three-band scheme from the two thresholds of settings frozen before schemes existed. */
export function schemeFromLimits(zoneRedMax: number, zoneYellowMax: number): ZoneScheme {
  const redTop = round(zoneRedMax + 0.01, 2);
  const yellowTop = round(zoneYellowMax + 0.01, 2);
  if (redTop === 51 && yellowTop === 81) return OMBUDSMAN_2013;
  return {
    ...OMBUDSMAN_2013,
    key: "thresholds",
    name: { id: "Zona (ambang tersimpan)", en: "Zones (stored thresholds)" },
    bands: [{ ...OMBUDSMAN_2013.bands[0] }, { ...OMBUDSMAN_2013.bands[1], min: redTop }, { ...OMBUDSMAN_2013.bands[2], min: yellowTop }],
  };
}

/** Categories used by a scheme, best first ("A".."E"); empty for a scheme without letters. */
export function categoriesOf(scheme: ZoneScheme): string[] {
  return scheme.bands
    .map((b) => b.category)
    .filter((c): c is string => c !== null)
    .reverse();
}

export type BandRange = { min: number; max: number; category: string | null; name: { id: string; en: string }; zone: Zone };

/** Each band with its upper bound (the next band's min minus 0.01; 100 for the last): for tables. */
export function bandRanges(scheme: ZoneScheme): BandRange[] {
  return scheme.bands.map((b, i) => ({ ...b, max: i + 1 < scheme.bands.length ? round(scheme.bands[i + 1].min - 0.01, 2) : 100 }));
}

export type SchemeProblem = "empty" | "start" | "end" | "gap" | "overlap" | "range" | "zoneOrder" | "category";

/**
 * Checks bands given with both bounds (as the secretariat types them): they start at 0, end at
 * 100, each starts 0.01 after the previous ends (no gap, no overlap), zones never get worse as
 * the score rises, and category letters (if any band has one, every band has one) are distinct.
 * Returns the problems found, empty when the bands make a scheme.
 */
export function schemeProblems(ranges: readonly Pick<BandRange, "min" | "max" | "category" | "zone">[]): SchemeProblem[] {
  const problems = new Set<SchemeProblem>();
  if (ranges.length === 0) return ["empty"];
  const sorted = [...ranges].sort((a, b) => a.min - b.min);
  if (sorted.some((r) => !(r.min >= 0 && r.max <= 100 && r.min <= r.max))) problems.add("range");
  if (round(sorted[0].min, 2) !== 0) problems.add("start");
  if (round(sorted[sorted.length - 1].max, 2) !== 100) problems.add("end");
  for (let i = 1; i < sorted.length; i++) {
    const expected = round(sorted[i - 1].max + 0.01, 2);
    const min = round(sorted[i].min, 2);
    if (min > expected) problems.add("gap");
    if (min < expected) problems.add("overlap");
    if (ZONES.indexOf(sorted[i].zone) < ZONES.indexOf(sorted[i - 1].zone)) problems.add("zoneOrder");
  }
  const letters = sorted.map((r) => r.category);
  if (letters.some((c) => c !== null) && (letters.some((c) => c === null) || new Set(letters).size !== letters.length)) problems.add("category");
  return [...problems];
}
