// The /metode section on holding suspicious answers, as plain HTML (lib/html/template.ts escapes every
// value), with the thresholds in force; ready for the plain-HTML public pages.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";
import type { HoldSettings } from "./signals";

export function holdMethodSection(t: Translate, s: HoldSettings, ceilingPerHour: number | null): SafeHtml {
  return html`<section id="anti-stuffing" aria-labelledby="anti-stuffing-heading"><h2 id="anti-stuffing-heading">${t("hold.method.heading")}</h2>
<p>${t("hold.method.intro")}</p><p>${t("hold.method.signalsHeading")}:</p><ul>
<li>${t("hold.method.browser", { count: s.perBrowserPerDay })}</li>
<li>${t("hold.method.burst", { min: s.addressBurstMin, factor: s.addressBurstFactor })}</li>
<li>${t("hold.method.identical", { count: s.identicalMax, minutes: s.identicalWindowMinutes })}</li>
<li>${t("hold.method.fast", { seconds: s.minSecondsOnPage })}</li></ul>
<p>${t("hold.method.verified")}</p>${ceilingPerHour ? html`<p>${t("hold.method.ceiling", { count: ceilingPerHour })}</p>` : ""}</section>`;
}
