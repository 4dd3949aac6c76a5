// The zod schema of the zone scheme form (/admin/periode): a key, its names, its source, and its
// bands typed one per line as "from-to | category | name (id) | name (en) | zone", e.g.
// "54-77.99 | C | Kualitas sedang | Medium quality | yellow" (category "-" for none). Checked with
// schemeProblems: no gap, no overlap, 0-100 covered. Messages are codes ("zoneSchemes.errors").
import { z } from "zod";
import { bandRanges, schemeProblems, ZONES, type BandRange, type Zone, type ZoneScheme } from "./zones";

const text = (max: number) => z.string("required").trim().min(1, "required").max(max, "tooLong");

/** One band per line; null when a line does not read as a band. */
export function parseBands(value: string): BandRange[] | null {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bands: BandRange[] = [];
  for (const line of lines) {
    const parts = line.split("|").map((p) => p.trim());
    const range = /^(\d+(?:[.,]\d{1,2})?)\s*[-–]\s*(\d+(?:[.,]\d{1,2})?)$/.exec(parts[0] ?? "");
    if (parts.length !== 5 || !range || !ZONES.includes(parts[4] as Zone) || !parts[2] || !parts[3]) return null;
    const letter = parts[1] === "-" || parts[1] === "" ? null : parts[1];
    if (letter !== null && !/^[A-Za-z]{1,2}$/.test(letter)) return null;
    const num = (s: string) => Number(s.replace(",", "."));
    bands.push({
      min: num(range[1]),
      max: num(range[2]),
      category: letter?.toUpperCase() ?? null,
      name: { id: parts[2].slice(0, 80), en: parts[3].slice(0, 80) },
      zone: parts[4] as Zone,
    });
  }
  return bands.length ? bands : null;
}

/** The bands of a scheme as the form's text. */
export function bandsText(scheme: ZoneScheme): string {
  return bandRanges(scheme)
    .map((b) => `${b.min}-${b.max} | ${b.category ?? "-"} | ${b.name.id} | ${b.name.en} | ${b.zone}`)
    .join("\n");
}

export const zoneSchemeSchema = z
  .object({
    key: z
      .string("required")
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "schemeKey"),
    nameId: text(120),
    nameEn: text(120),
    source: text(300),
    bands: z.string("required").max(4000, "tooLong"),
  })
  .transform((v, ctx): ZoneScheme => {
    const ranges = parseBands(v.bands);
    if (!ranges) {
      ctx.addIssue({ code: "custom", path: ["bands"], message: "bandsFormat" });
      return z.NEVER;
    }
    for (const problem of schemeProblems(ranges)) ctx.addIssue({ code: "custom", path: ["bands"], message: `bands_${problem}` });
    const bands = [...ranges].sort((a, b) => a.min - b.min).map(({ min, category, name, zone }) => ({ min, category, name, zone }));
    return { key: v.key, name: { id: v.nameId, en: v.nameEn }, source: v.source, bands };
  });
