import { describe, expect, it } from "vitest";
import type { ScoresReport, UnitScore } from "@/lib/scores/read-model.server";
import { category, DEFAULT_SETTINGS, withSettingDefaults } from "@/lib/scores/compliance";
import { OMBUDSMAN_2013 } from "@/lib/scores/zones";
import { buildLeaderboard, leaderboardHref, nextDirection, parseLeaderboardQuery } from "./leaderboard";

function unit(slug: string, name: string, over: Partial<UnitScore>): UnitScore {
  return {
    slug,
    name,
    type: "puskesmas",
    typeName: { id: "Puskesmas", en: "Community health centre" },
    kecamatan: "Ratu Agung",
    respondents: 100,
    minimumSample: 30,
    sufficient: true,
    ranked: true,
    rank: null,
    ikm: { value: 3, converted: 75, grade: "C" },
    elements: { u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 },
    weakestElement: "u3",
    complaintHandling: null,
    standards: null,
    score: 60,
    zone: "yellow",
    category: null,
    complaints: { received: 0, substantiated: 0, answeredWithinDeadline: 0, substantiatedPer1000: 0 },
    ...over,
  };
}

function report(units: UnitScore[], period = "2026-Q3"): ScoresReport {
  return {
    period,
    published: false,
    publishedAt: null,
    settings: DEFAULT_SETTINGS,
    city: { score: null, zone: null, category: null, ikm: null, rankedUnits: 0, zones: { red: 0, yellow: 0, green: 0 } },
    units,
  };
}

const current = report([
  unit("a", "Puskesmas Anggut Atas", { rank: 1, score: 90, zone: "green", ikm: { value: 3.6, converted: 90, grade: "A" }, respondents: 200 }),
  unit("b", "Dinas Kependudukan (Dukcapil)", {
    rank: 2,
    score: 70,
    type: "dinas",
    typeName: { id: "Dinas", en: "Agency" },
    kecamatan: "Teluk Segara",
    respondents: 400,
  }),
  unit("c", "Puskesmas Sawah Lébar", { rank: 3, score: 40, zone: "red", ikm: { value: 2.4, converted: 60, grade: "D" }, respondents: 50 }),
  unit("d", "Puskesmas Betungan", { ranked: false, sufficient: false, respondents: 5, score: 95, zone: "green" }),
  unit("e", "Kantor Kecamatan Selebar", {
    ranked: false,
    sufficient: false,
    respondents: 0,
    score: null,
    zone: null,
    ikm: null,
    type: "kecamatan",
    typeName: { id: "Kecamatan", en: "District office" },
    kecamatan: null,
  }),
]);
const previous = report(
  [unit("a", "Puskesmas Anggut Atas", { score: 80 }), unit("b", "Dinas Kependudukan (Dukcapil)", { score: 75 }), unit("c", "x", { score: null })],
  "2026-Q2",
);

describe("buildLeaderboard", () => {
  it("keeps units below their minimum sample apart, and gives the change since the previous period", () => {
    const board = buildLeaderboard(current, previous, {});
    expect(board.ranked.map((u) => u.slug)).toEqual(["a", "b", "c"]);
    expect(board.insufficient.map((u) => u.slug)).toEqual(["d", "e"]);
    expect(board.ranked.map((u) => u.change)).toEqual([10, -5, null]);
    expect(buildLeaderboard(current, null, {}).ranked.every((u) => u.change === null)).toBe(true);
  });

  it("filters by type, kecamatan and name (case and accents ignored)", () => {
    expect(buildLeaderboard(current, previous, { type: "dinas" }).ranked.map((u) => u.slug)).toEqual(["b"]);
    expect(buildLeaderboard(current, previous, { kecamatan: "Ratu Agung" }).ranked.map((u) => u.slug)).toEqual(["a", "c"]);
    const search = buildLeaderboard(current, previous, { q: "sawah lebar" });
    expect([...search.ranked, ...search.insufficient].map((u) => u.slug)).toEqual(["c"]);
    expect(buildLeaderboard(current, previous, { q: "DUKCAPIL" }).ranked.map((u) => u.slug)).toEqual(["b"]);
    const none = buildLeaderboard(current, previous, { type: "puskesmas", q: "dukcapil" });
    expect(none.ranked).toEqual([]);
    // The filter options come from every unit, not only the shown ones.
    expect(none.types.map((t) => t.code)).toEqual(["dinas", "kecamatan", "puskesmas"]);
    expect(none.kecamatan).toEqual(["Ratu Agung", "Teluk Segara"]);
  });

  it("filters by the quality category of the period's scheme, and offers its categories best first", () => {
    const graded = report(current.units.map((u) => ({ ...u, category: u.score === null ? null : category(u.score, DEFAULT_SETTINGS) })));
    expect(graded.units.map((u) => u.category)).toEqual(["A", "C", "D", "A", null]);
    const a = buildLeaderboard(graded, previous, { category: "A" });
    expect(a.ranked.map((u) => u.slug)).toEqual(["a"]);
    expect(a.insufficient.map((u) => u.slug)).toEqual(["d"]);
    expect(buildLeaderboard(graded, previous, { category: "D" }).ranked.map((u) => u.slug)).toEqual(["c"]);
    expect(buildLeaderboard(graded, previous, { category: "B" }).ranked).toEqual([]);
    expect(a.categories).toEqual(["A", "B", "C", "D", "E"]);
    // A period under the 2013-2021 zones has no categories to filter by.
    const old = { ...graded, settings: withSettingDefaults({ zoneScheme: OMBUDSMAN_2013 }) };
    expect(buildLeaderboard(old, previous, {}).categories).toEqual([]);
    expect(parseLeaderboardQuery({ category: "C" })).toEqual({ category: "C" });
    expect(parseLeaderboardQuery({ category: "long value" })).toEqual({});
  });

  it("sorts by any column, each in its natural direction first, missing values last", () => {
    const by = (sort: "score" | "respondents" | "name" | "change" | "ikm", dir?: "asc" | "desc") =>
      buildLeaderboard(current, previous, { sort, dir }).ranked.map((u) => u.slug);
    expect(by("score")).toEqual(["a", "b", "c"]);
    expect(by("score", "asc")).toEqual(["c", "b", "a"]);
    expect(by("respondents")).toEqual(["b", "a", "c"]);
    expect(by("name")).toEqual(["b", "a", "c"]);
    expect(by("change")).toEqual(["a", "b", "c"]);
    expect(by("change", "asc")).toEqual(["b", "a", "c"]);
    expect(by("ikm", "asc")).toEqual(["c", "b", "a"]);
    expect(buildLeaderboard(current, previous, { sort: "ikm" }).insufficient.map((u) => u.slug)).toEqual(["d", "e"]);
  });
});

describe("the leaderboard's query string", () => {
  it("drops malformed or unknown values instead of failing", () => {
    expect(parseLeaderboardQuery({ period: "2026-Q9", sort: "evil", dir: "up", type: "dinas", q: ["pasar", "x"], extra: "1" })).toEqual({
      type: "dinas",
      q: "pasar",
    });
    expect(parseLeaderboardQuery({ period: " 2026-Q3 ", sort: "score", dir: "asc", kecamatan: "" })).toEqual({ period: "2026-Q3", sort: "score", dir: "asc" });
    expect(parseLeaderboardQuery({ q: "x".repeat(500) })).toEqual({});
  });

  it("builds shareable links that keep the other filters", () => {
    expect(leaderboardHref({ period: "2026-Q3", q: "puskesmas" }, { sort: "score", dir: "desc" })).toBe(
      "/peringkat?period=2026-Q3&q=puskesmas&sort=score&dir=desc",
    );
    expect(leaderboardHref({ type: "dinas" }, { type: undefined })).toBe("/peringkat");
    expect(nextDirection({ sort: "score", dir: "desc" }, "score")).toBe("asc");
    expect(nextDirection({ sort: "score", dir: "desc" }, "name")).toBe("asc");
    expect(nextDirection({ sort: "rank", dir: "asc" }, "respondents")).toBe("desc");
  });
});
