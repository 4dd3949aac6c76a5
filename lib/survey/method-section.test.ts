import { describe, expect, it } from "vitest";
import { holdMethodSection } from "./method-section";
import { DEFAULT_HOLD_SETTINGS } from "./signals";

// A translator that shows the key and its values, so the test sees what reaches the page.
const t = (key: string, values?: Record<string, string | number>) =>
  `${key}(${Object.entries(values ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(" ")})<b>`;

describe("the /metode section on held answers", () => {
  it("names every signal with the thresholds in force, escaped, and the ceiling when it is on", () => {
    const text = holdMethodSection(t, { ...DEFAULT_HOLD_SETTINGS, perBrowserPerDay: 3 }, 300).value;
    expect(text).toContain("hold.method.browser(count=3)");
    expect(text).toContain("hold.method.burst(min=120 factor=10)");
    expect(text).toContain("hold.method.identical(count=10 minutes=10)");
    expect(text).toContain("hold.method.fast(seconds=8)");
    expect(text).toContain("hold.method.ceiling(count=300)");
    expect(text).not.toContain("<b>");
    expect(text).toContain("&lt;b&gt;");
    expect(holdMethodSection(t, DEFAULT_HOLD_SETTINGS, null).value).not.toContain("hold.method.ceiling");
  });
});
