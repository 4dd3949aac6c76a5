// Scoring settings are saved with an audit entry; on both databases.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { DEFAULT_SETTINGS } from "./compliance";
import { saveSettings } from "./settings.server";
import { settingsInput } from "./settings-schema";

const now = new Date("2026-11-15T03:00:00Z");

describeEachDatabase("scoring settings", ({ db }) => {
  const demo = useDemo(db, now);

  it("saves scoring settings with an audit entry", async () => {
    const input = { ...settingsInput("2026-Q4", DEFAULT_SETTINGS), weightSatisfaction: 60, weightComplaints: 20, weightStandards: 20 };
    await saveSettings(db(), input, demo.adminId);
    expect((await db().scoringSettings.findUniqueOrThrow({ where: { scope: "2026-Q4" } })).weightSatisfaction).toBe(60);
    expect(await db().auditLog.count({ where: { action: "settings.update", entityId: "2026-Q4" } })).toBe(1);
  });
});
