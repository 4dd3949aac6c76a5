// The scoring settings form as an admin submits it with the built-in values (DEFAULT_SETTINGS of
// lib/scores/compliance.ts): the fields the form always has. The handling weights and the verdict
// window are optional on the form and left out, so that a save keeps what is stored.
import { DEFAULT_SETTINGS } from "@/lib/scores/compliance";
import type { SettingsInput } from "@/lib/scores/settings-schema";

/** The form for `scope` at the built-in values, with `changes` over them. */
export function settingsForm(scope: string, changes: Partial<SettingsInput> = {}): SettingsInput {
  const { weightSatisfaction, weightComplaints, weightStandards, zoneRedMax, zoneYellowMax, verifyDays, answerDays, closeDays, sampleFloor } = DEFAULT_SETTINGS;
  return {
    scope,
    weightSatisfaction,
    weightComplaints,
    weightStandards,
    zoneRedMax,
    zoneYellowMax,
    verifyDays,
    answerDays,
    closeDays,
    sampleFloor,
    ...changes,
  };
}
