import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator.server";

// PermenPAN-RB 14/2017's names of the four grades, and English that means the same: grade C is
// "less than good" (kurang baik), not "fair", which reads as acceptable.
describe("the grade names", () => {
  it("are the regulation's in Indonesian and mean the same in English", async () => {
    const id = await translatorFor("id");
    const en = await translatorFor("en");
    expect(["A", "B", "C", "D"].map((g) => id(`grades.${g}`))).toEqual(["Sangat baik", "Baik", "Kurang baik", "Tidak baik"]);
    expect(["A", "B", "C", "D"].map((g) => en(`grades.${g}`))).toEqual(["Very good", "Good", "Less than good", "Not good"]);
  });
});
