import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator.server";
import { DEFAULT_SETTINGS } from "@/lib/scores/compliance";
import { methodPage } from "./method";

// The zones are set by the compliance score (0-100), not by the IKM's converted value: the zones
// table says so in its heading, in both languages.
describe("/metode", () => {
  it.each([
    ["id", "Skor kepatuhan", "Nilai konversi"],
    ["en", "Compliance score", "Converted value"],
  ] as const)("heads the zones table (%s) with the compliance score", async (locale, heading, gradeHeading) => {
    const t = await translatorFor(locale);
    const page = methodPage(DEFAULT_SETTINGS, "2026-Q4", locale, t).body.value;
    // Every zone scheme's table (the one in force and both of the Ombudsman's).
    const heads = [...page.matchAll(/<table id="scheme-[^"]+">[\s\S]*?<thead>([\s\S]*?)<\/thead>/g)].map((m) => m[1]);
    expect(heads.length).toBeGreaterThanOrEqual(2);
    for (const head of heads) {
      expect(head).toContain(`<th scope="col">${heading}</th>`);
      expect(head).not.toContain(gradeHeading);
    }
  });
});
