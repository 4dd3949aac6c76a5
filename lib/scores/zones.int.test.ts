// Zone schemes on both databases (issue 27): the running quarter graded in the 2022 categories by
// default, a published quarter keeping the scheme it was published under whatever the settings
// say afterwards, and a stored scheme taking effect on the next read.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { DEFAULT_SETTINGS } from "./compliance";
import { openDataJson } from "./open-data";
import { publishPeriod, scoresFor, settingsFor } from "./read-model.server";
import { saveSettings } from "./settings.server";
import { settingsInput } from "./settings-schema";
import { OMBUDSMAN_2013, OMBUDSMAN_2022, type ZoneScheme } from "./zones";
import { listSchemes, saveScheme } from "./zones.server";

const now = new Date("2026-11-15T03:00:00Z");

/** The table, written out independently of the scheme's data. */
function expectedCategory(score: number): string {
  const s = Math.round(score * 100) / 100;
  return s >= 88 ? "A" : s >= 78 ? "B" : s >= 54 ? "C" : s >= 32 ? "D" : "E";
}

describeEachDatabase("zone schemes", ({ db }) => {
  const demo = useDemo(db, now);

  it("grades the running quarter in the 2022 categories: every ranked unit's category matches its score", async () => {
    expect((await settingsFor(db(), "2026-Q4")).zoneScheme).toEqual(OMBUDSMAN_2022);
    const json = openDataJson(await scoresFor(db(), "2026-Q4", now));
    const ranked = json.units.filter((u) => u.ranked);
    expect(ranked.length).toBeGreaterThan(5);
    for (const u of ranked) {
      expect(u.category).toBe(expectedCategory(u.score!));
      expect(u.zone).toBe({ A: "green", B: "green", C: "yellow", D: "red", E: "red" }[u.category!]);
    }
    expect(json.city.category).toBe(expectedCategory(json.city.score!));
    expect(json.method.settings.zoneScheme.key).toBe("ombudsman-2022");
    expect(json.method.settings).toMatchObject({ zoneRedMax: 53.99, zoneYellowMax: 77.99 });
  });

  it("keeps a published quarter under the scheme it was published under", async () => {
    await saveSettings(db(), { ...settingsInput("2026-Q2", DEFAULT_SETTINGS), zoneScheme: OMBUDSMAN_2013.key }, demo.adminId);
    const published = await publishPeriod(db(), "2026-Q2", demo.adminId, now);
    expect(published.settings.zoneScheme).toEqual(OMBUDSMAN_2013);
    expect(published.units.every((u) => u.category === null)).toBe(true);
    // Afterwards the period's row and the built-in scheme itself change: the snapshot does not.
    await saveSettings(db(), settingsInput("2026-Q2", DEFAULT_SETTINGS), demo.adminId);
    await saveScheme(
      db(),
      { ...OMBUDSMAN_2013, bands: [{ ...OMBUDSMAN_2013.bands[0] }, { ...OMBUDSMAN_2013.bands[1], min: 70 }, { ...OMBUDSMAN_2013.bands[2] }] },
      demo.adminId,
    );
    const read = await scoresFor(db(), "2026-Q2", now);
    expect(read.settings.zoneScheme).toEqual(OMBUDSMAN_2013);
    expect(read.units.map((u) => [u.slug, u.zone, u.category])).toEqual(published.units.map((u) => [u.slug, u.zone, u.category]));
    const snapshot = await db().publishedSnapshot.findUniqueOrThrow({ where: { period: "2026-Q2" } });
    expect((snapshot.settings as { zoneScheme: ZoneScheme }).zoneScheme.key).toBe("ombudsman-2013");
    await db().zoneScheme.delete({ where: { key: OMBUDSMAN_2013.key } });
  });

  it("takes a stored scheme on the next read once the settings name it, audited", async () => {
    const custom: ZoneScheme = {
      key: "uji-2027",
      name: { id: "Uji 2027", en: "Test 2027" },
      source: "uji",
      bands: [
        { min: 0, category: "Z", name: { id: "Rendah", en: "Low" }, zone: "red" },
        { min: 99.99, category: "Y", name: { id: "Tinggi", en: "High" }, zone: "green" },
      ],
    };
    await saveScheme(db(), custom, demo.adminId);
    expect((await listSchemes(db())).map((s) => s.key)).toEqual(["ombudsman-2022", "ombudsman-2013", "uji-2027"]);
    await saveSettings(db(), { ...settingsInput("2026-Q3", DEFAULT_SETTINGS), zoneScheme: "uji-2027" }, demo.adminId);
    const report = await scoresFor(db(), "2026-Q3", now);
    expect(report.settings.zoneScheme).toEqual(custom);
    const scored = report.units.filter((u) => u.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.every((u) => u.category === "Z" && u.zone === "red")).toBe(true);
    expect(await db().auditLog.count({ where: { action: "zoneScheme.save", entityId: "uji-2027" } })).toBe(1);
  });
});
