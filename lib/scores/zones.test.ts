import { describe, expect, it } from "vitest";
import { category, DEFAULT_SETTINGS, withSettingDefaults, zone } from "./compliance";
import { readSnapshot, type ScoresReport } from "./read-model.server";
import { bandsText, parseBands, zoneSchemeSchema } from "./zone-scheme-schema";
import { bandOf, bandRanges, categoriesOf, OMBUDSMAN_2013, OMBUDSMAN_2022, redLine, schemeFromLimits, schemeProblems, zoneLimits } from "./zones";

describe("the 2022 quality categories", () => {
  it.each([
    [0, "E", "red"],
    [31.99, "E", "red"],
    [31.994, "E", "red"],
    [31.995, "D", "red"],
    [32, "D", "red"],
    [38.7, "D", "red"],
    [53.99, "D", "red"],
    [53.994, "D", "red"],
    [53.995, "C", "yellow"],
    [54, "C", "yellow"],
    [77.99, "C", "yellow"],
    [78, "B", "green"],
    [87.99, "B", "green"],
    [88, "A", "green"],
    [90.7, "A", "green"],
    [100, "A", "green"],
  ])("%s is category %s, %s", (score, letter, colour) => {
    expect(bandOf(score, OMBUDSMAN_2022).category).toBe(letter);
    expect(category(score, { zoneScheme: OMBUDSMAN_2022 })).toBe(letter);
    expect(zone(score, { zoneScheme: OMBUDSMAN_2022 })).toBe(colour);
  });

  it("is the default for new periods, with the red line at 54 and green from 78", () => {
    expect(DEFAULT_SETTINGS.zoneScheme).toBe(OMBUDSMAN_2022);
    expect(redLine(OMBUDSMAN_2022)).toBe(54);
    expect(zoneLimits(OMBUDSMAN_2022)).toEqual({ zoneRedMax: 53.99, zoneYellowMax: 77.99 });
    expect(categoriesOf(OMBUDSMAN_2022)).toEqual(["A", "B", "C", "D", "E"]);
  });
});

describe("the 2013-2021 zones", () => {
  it.each([
    [50.99, "red"],
    [51, "yellow"],
    [80.99, "yellow"],
    [81, "green"],
  ])("%s is %s, without a category", (score, colour) => {
    expect(zone(score, { zoneScheme: OMBUDSMAN_2013 })).toBe(colour);
    expect(category(score, { zoneScheme: OMBUDSMAN_2013 })).toBeNull();
  });
  it("has its red line at 51 and reads back from the thresholds it was stored as", () => {
    expect(redLine(OMBUDSMAN_2013)).toBe(51);
    expect(zoneLimits(OMBUDSMAN_2013)).toEqual({ zoneRedMax: 50.99, zoneYellowMax: 80.99 });
    expect(schemeFromLimits(50.99, 80.99)).toBe(OMBUDSMAN_2013);
    const custom = schemeFromLimits(60, 70);
    expect(bandRanges(custom).map((b) => [b.min, b.max, b.zone])).toEqual([
      [0, 60, "red"],
      [60.01, 70, "yellow"],
      [70.01, 100, "green"],
    ]);
  });
});

describe("scheme validation", () => {
  const ok = bandRanges(OMBUDSMAN_2022);
  it("accepts the shipped schemes, in any order", () => {
    expect(schemeProblems(ok)).toEqual([]);
    expect(schemeProblems([...ok].reverse())).toEqual([]);
    expect(schemeProblems(bandRanges(OMBUDSMAN_2013))).toEqual([]);
  });
  it("refuses gaps, overlaps, and bands not covering 0-100", () => {
    expect(schemeProblems([])).toEqual(["empty"]);
    expect(schemeProblems(ok.map((b) => (b.category === "C" ? { ...b, min: 54.5 } : b)))).toContain("gap");
    expect(schemeProblems(ok.map((b) => (b.category === "C" ? { ...b, min: 53 } : b)))).toContain("overlap");
    expect(schemeProblems(ok.map((b) => (b.category === "E" ? { ...b, min: 1 } : b)))).toContain("start");
    expect(schemeProblems(ok.map((b) => (b.category === "A" ? { ...b, max: 99 } : b)))).toContain("end");
    expect(schemeProblems(ok.map((b) => (b.category === "A" ? { ...b, max: 120 } : b)))).toContain("range");
  });
  it("refuses a better score in a worse zone, and letters missing or repeated", () => {
    expect(schemeProblems(ok.map((b) => (b.category === "A" ? { ...b, zone: "red" as const } : b)))).toContain("zoneOrder");
    expect(schemeProblems(ok.map((b) => (b.category === "A" ? { ...b, category: null } : b)))).toContain("category");
    expect(schemeProblems(ok.map((b) => (b.category === "A" ? { ...b, category: "B" } : b)))).toContain("category");
  });
});

describe("a published snapshot", () => {
  const unit = { score: 52.3, zone: "yellow" as const };
  const old = {
    period: "2025-Q4",
    published: true,
    publishedAt: "2026-01-05T00:00:00.000Z",
    settings: { ...DEFAULT_SETTINGS, zoneScheme: undefined, zoneRedMax: 50.99, zoneYellowMax: 80.99 },
    city: { score: 52.3, zone: "yellow", ikm: null, rankedUnits: 1, zones: { red: 0, yellow: 1, green: 0 } },
    units: [unit],
  } as unknown as ScoresReport;

  it("published before schemes keeps its thresholds' zones: 52.30 stays yellow, not red under today's line", () => {
    const read = readSnapshot(old);
    expect(read.settings.zoneScheme).toBe(OMBUDSMAN_2013);
    expect(read.city.zone).toBe("yellow");
    expect(read.units[0]).toMatchObject({ score: 52.3, zone: "yellow", category: null });
    expect(zone(52.3, DEFAULT_SETTINGS)).toBe("red");
  });

  it("published under a scheme keeps that scheme, whatever the default becomes", () => {
    const frozen = { ...old, settings: withSettingDefaults({ zoneScheme: OMBUDSMAN_2013 }), city: { ...old.city, category: null } } as ScoresReport;
    expect(readSnapshot(JSON.parse(JSON.stringify(frozen))).settings.zoneScheme).toEqual(OMBUDSMAN_2013);
    const under2022 = { ...old, settings: withSettingDefaults({ zoneScheme: OMBUDSMAN_2022 }), city: { ...old.city, category: "D" } } as ScoresReport;
    expect(readSnapshot(under2022)).toBe(under2022);
  });
});

describe("the scheme form", () => {
  const form = { key: "ombudsman-2025", nameId: "Kategori 2025", nameEn: "Categories 2025", source: "Ombudsman RI 2025", bands: bandsText(OMBUDSMAN_2022) };
  const codes = (r: ReturnType<typeof zoneSchemeSchema.safeParse>) => (r.success ? [] : r.error.issues.map((i) => i.message));

  it("reads the bands as typed, one per line, back into the same scheme", () => {
    const parsed = zoneSchemeSchema.parse(form);
    expect(parsed.bands).toEqual(OMBUDSMAN_2022.bands);
    expect(parsed.key).toBe("ombudsman-2025");
    const reordered = zoneSchemeSchema.parse({
      ...form,
      bands: bandsText(OMBUDSMAN_2022).split("\n").reverse().join("\n").replace("54-77.99", "54,00 – 77,99"),
    });
    expect(reordered.bands).toEqual(OMBUDSMAN_2022.bands);
  });

  it("answers a gap, an overlap, a line that is not a band, and a bad key with their codes", () => {
    expect(codes(zoneSchemeSchema.safeParse({ ...form, bands: form.bands.replace("54-77.99", "55-77.99") }))).toEqual(["bands_gap"]);
    expect(codes(zoneSchemeSchema.safeParse({ ...form, bands: form.bands.replace("54-77.99", "53-77.99") }))).toEqual(["bands_overlap"]);
    expect(codes(zoneSchemeSchema.safeParse({ ...form, bands: form.bands.replace("| red", "| purple") }))).toEqual(["bandsFormat"]);
    expect(codes(zoneSchemeSchema.safeParse({ ...form, bands: "" }))).toEqual(["bandsFormat"]);
    expect(codes(zoneSchemeSchema.safeParse({ ...form, key: "Not a key!" }))).toContain("schemeKey");
    expect(parseBands("0-100 | - | Semua | All | green")).toEqual([{ min: 0, max: 100, category: null, name: { id: "Semua", en: "All" }, zone: "green" }]);
  });
});
