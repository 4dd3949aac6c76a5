import { describe, expect, it } from "vitest";
import { OMBUDSMAN_2013, OMBUDSMAN_2022 } from "@/lib/scores/zones";
import { actionDue, silentKiosks, zoneChanges } from "./lines";

const monday = new Date("2026-12-07T00:00:00Z"); // Monday 07:00 WIB
const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("the digest's lines on a controlled clock", () => {
  it("lists plan actions still to do due within the coming week or overdue", () => {
    expect(actionDue({ dueOn: day("2026-12-13"), status: "planned" }, monday)).toBe(true);
    expect(actionDue({ dueOn: day("2026-11-20"), status: "in_progress" }, monday)).toBe(true); // overdue
    expect(actionDue({ dueOn: day("2026-12-14"), status: "planned" }, monday)).toBe(false); // a week ahead exactly: next digest
    expect(actionDue({ dueOn: day("2026-12-08"), status: "done" }, monday)).toBe(false);
    expect(actionDue({ dueOn: day("2026-12-08"), status: "dropped" }, monday)).toBe(false);
  });

  it("reports units whose zone moved, read under the current scheme, leaving out units without a score", () => {
    const previous = new Map<string, number | null>([
      ["a", 60],
      ["b", 50],
      ["c", 90],
      ["d", null],
    ]);
    const current = [
      { unit: "a", score: 52 }, // yellow (from 54 in 2022) to red
      { unit: "b", score: 53.99 }, // red to red
      { unit: "c", score: 88 }, // green to green
      { unit: "d", score: 20 }, // no score before
      { unit: "e", score: 70 }, // not in the period before
    ];
    expect(zoneChanges(current, previous, OMBUDSMAN_2022)).toEqual([{ unit: "a", from: "yellow", to: "red" }]);
    // Under the 2013 bands 52 is yellow: the scheme decides, not the score alone.
    expect(zoneChanges(current, previous, OMBUDSMAN_2013)).toEqual([{ unit: "b", from: "red", to: "yellow" }]);
  });

  it("finds paired kiosks without an answer since the last working day began", () => {
    const since = day("2026-12-04"); // Friday 07:00 WIB, say
    const kiosks = [
      { id: 1, unit: "A", name: "silent", pairedAt: day("2026-11-01"), lastSeenAt: day("2026-12-02") },
      { id: 2, unit: "A", name: "answered", pairedAt: day("2026-11-01"), lastSeenAt: null },
      { id: 3, unit: "B", name: "new", pairedAt: new Date(since.getTime() + 3_600_000), lastSeenAt: null },
      { id: 4, unit: "B", name: "never paired", pairedAt: null, lastSeenAt: null },
    ];
    expect(silentKiosks(kiosks, new Set([2]), since).map((k) => k.name)).toEqual(["silent"]);
  });
});
