import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

// Ten pixels a character: easy widths to reason about.
const measure = (s: string) => s.length * 10;

describe("wrapLabel", () => {
  it("keeps a label that fits on one line", () => {
    expect(wrapLabel("U1 Persyaratan", 200, measure)).toEqual(["U1 Persyaratan"]);
  });

  it("breaks a long element name between words, every line within the width", () => {
    const lines = wrapLabel("U2 Sistem, mekanisme, dan prosedur", 120, measure);
    expect(lines).toEqual(["U2 Sistem,", "mekanisme,", "dan prosedur"]);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toBe("U2 Sistem, mekanisme, dan prosedur");
  });

  it("cuts a single word wider than the room into pieces that fit", () => {
    const lines = wrapLabel("Penanganan", 50, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(50);
    expect(lines.map((l) => l.replace(/-$/, "")).join("")).toBe("Penanganan");
  });
});
