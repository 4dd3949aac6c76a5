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
    const from = page.indexOf(t("method.zonesHeading"));
    const zonesTable = page.slice(from, page.indexOf("</table>", from));
    expect(zonesTable).toMatch(new RegExp(`<thead><tr><th scope="col">[^<]+</th><th scope="col">${heading}</th></tr></thead>`));
    expect(zonesTable).not.toContain(gradeHeading);
  });
});
