import { describe, expect, it } from "vitest";
import { commentsByElement, lowestElement } from "./comments";

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
