// The quality category (issue 27) as the public pages show it: the letter beside the zone, its
// band's name in the visitor's language as the title. The band names are data (the scheme's),
// so the visitor's language is read from the translations.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";
import type { ZoneScheme } from "@/lib/scores/zones";

export function lang(t: Translate): "id" | "en" {
  return t("zoneSchemes.lang") === "en" ? "en" : "id";
}

/** "C" with "Category C: Medium quality" as its title; nothing without a category. */
export function categoryMark(category: string | null | undefined, scheme: ZoneScheme, t: Translate): SafeHtml | "" {
  if (!category) return "";
  const band = scheme.bands.find((b) => b.category === category);
  const title = t("zoneSchemes.categoryOf", { category, name: band ? band.name[lang(t)] : category });
  return html`<abbr class="cat" title="${title}" data-category="${category}">${category}</abbr> `;
}
