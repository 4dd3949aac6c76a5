import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations", () => {
  it("has every user-facing string in Indonesian and English", async () => {
    const id = keys(await loadMessages("id")).sort();
    const en = keys(await loadMessages("en")).sort();
    expect(en.filter((k) => !id.includes(k))).toEqual([]);
    expect(id.filter((k) => !en.includes(k))).toEqual([]);
  });

  it("leaves no string empty", async () => {
    for (const locale of ["id", "en"] as const) {
      const messages = await loadMessages(locale);
      const empty = keys(messages).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === "");
      expect(empty, locale).toEqual([]);
    }
  });
});
