import { describe, expect, it } from "vitest";
import { commentsByElement, lowestElement, previouslyChosen } from "./comments";

describe("lowestElement", () => {
  it("is the lowest answer, the first in questionnaire order on a tie", () => {
    expect(lowestElement({ u1: 3, u2: 2, u3: 4, u4: 2, u5: 3 })).toBe("u2");
    expect(lowestElement({ u1: 4, u9: 1 })).toBe("u9");
  });
  it("skips unanswered elements and is null when none was answered", () => {
    expect(lowestElement({ u1: null, u2: 3, u3: undefined })).toBe("u2");
    expect(lowestElement({})).toBeNull();
  });
});

describe("commentsByElement", () => {
  it("groups in questionnaire order, keeps the order within a group, puts comments without an element last", () => {
    const groups = commentsByElement([
      { element: "u8", text: "a" },
      { element: null, text: "b" },
      { element: "u2", text: "c" },
      { element: "u8", text: "d" },
    ]);
    expect(groups).toEqual([
      { element: "u2", texts: ["c"] },
      { element: "u8", texts: ["a", "d"] },
      { element: null, texts: ["b"] },
    ]);
    expect(commentsByElement([])).toEqual([]);
  });
});

describe("previouslyChosen", () => {
  const candidates = [
    { id: 11, text: "Ruang tunggu panas, kipas rusak." },
    { id: 12, text: "Pak […] meminta uang tambahan." },
    { id: 13, text: "Antrean lama." },
  ];

  it("ticks the comments the previous version chose, by response id, with the text it approved", () => {
    const { chosen, missing } = previouslyChosen(candidates, [
      { responseId: 12, element: "u3", text: "Petugas meminta uang tambahan." },
      { responseId: 11, element: "u9", text: "Ruang tunggu panas." },
    ]);
    expect([...chosen]).toEqual([
      [12, "Petugas meminta uang tambahan."],
      [11, "Ruang tunggu panas."],
    ]);
    expect(missing).toBe(0);
  });

  it("finds a comment of an older version (no id kept) by its text", () => {
    expect([...previouslyChosen(candidates, [{ element: "u5", text: "Antrean lama." }]).chosen]).toEqual([[13, "Antrean lama."]]);
  });

  it("counts a chosen comment that is no longer a candidate (excluded or held since) as missing", () => {
    const { chosen, missing } = previouslyChosen(candidates, [
      { responseId: 99, element: "u1", text: "Tidak ada lagi." },
      { element: "u2", text: "Teks yang disunting, tanpa id." },
    ]);
    expect(chosen.size).toBe(0);
    expect(missing).toBe(2);
  });

  it("chooses nothing when there was no previous version", () => {
    expect(previouslyChosen(candidates, undefined)).toEqual({ chosen: new Map(), missing: 0 });
  });
});
