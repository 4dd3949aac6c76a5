// How the figures are made, with the settings in force for the current quarter and the zone
// schemes (the period's own and the Ombudsman's two).
import { html, type SafeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Shell } from "@/lib/html/layout";
import type { ScoringSettings } from "@/lib/scores/compliance";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { bandRanges, BUILT_IN_SCHEMES, type ZoneScheme } from "@/lib/scores/zones";

// The regulation's grade table (lib/scores/ikm.ts grade()).
const GRADE_ROWS = [
  ["A", 88.31, 100],
  ["B", 76.61, 88.3],
  ["C", 65, 76.6],
  ["D", 25, 64.99],
] as const;

/** The schemes shown: the period's own first, then the built-in ones it is not. */
function schemes(inForce: ZoneScheme): ZoneScheme[] {
  return [inForce, ...BUILT_IN_SCHEMES.filter((b) => b.key !== inForce.key)];
}

function schemeTable(scheme: ZoneScheme, inForce: boolean, period: string, locale: Locale, t: Translate, fmt: (n: number) => string): SafeHtml {
  const z = (key: string, values?: Record<string, string | number>) => t(`zoneSchemes.method.${key}`, values);
  return html`<div class="scroll"><table id="scheme-${scheme.key}"><caption>${z("caption", { name: scheme.name[locale], key: scheme.key })}${inForce ? html` · <strong>${z("inForce", { period })}</strong>` : ""}</caption><thead><tr><th scope="col">${z("categoryColumn")}</th><th scope="col">${z("bandColumn")}</th><th scope="col">${z("rangeColumn")}</th><th scope="col">${z("zoneColumn")}</th></tr></thead><tbody>${bandRanges(
    scheme,
  )
    .reverse()
    .map(
      (b) =>
        html`<tr><th scope="row">${b.category ?? "–"}</th><td>${b.name[locale]}</td><td>${fmt(b.min)} – ${fmt(b.max)}</td><td>${t(`zones.${b.zone}`)}</td></tr>`,
    )}</tbody></table></div><p class="muted">${z("source", { source: scheme.source })}</p>`;
}

/** `sections`: the method's parts that live with their feature (e.g. which survey answers are held). */
export function methodPage(
  settings: ScoringSettings,
  period: string,
  locale: Locale,
  t: Translate,
  sections: SafeHtml[] = [],
): Omit<Shell, "locale" | "path" | "t"> {
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt = (n: number) => number.format(n);
  const m = (key: string, values?: Record<string, string | number>) => t(`method.${key}`, values);
  const body = html`<article><h1>${m("title")}</h1><p>${m("intro")}</p>
<h2>${m("skmHeading")}</h2><p>${m("skmText")}</p>
<div class="scroll"><table><thead><tr><th scope="col">${m("elementColumn")}</th><th scope="col">${m("answersColumn")}</th></tr></thead><tbody>${ELEMENT_KEYS.map(
    (key, i) =>
      html`<tr><th scope="row">U${i + 1}. ${t(`elements.${key}.name`)}</th><td>${[1, 2, 3, 4].map((a) => `${a} ${t(`elements.${key}.answers.${a}`)}`).join(" · ")}</td></tr>`,
  )}</tbody></table></div>
<h2>${m("ikmHeading")}</h2><p>${m("ikmText")}</p><p class="formula">${m("formula")}</p><p>${m("weightNote")}</p>
<h3>${m("gradeHeading")}</h3><table><thead><tr><th scope="col">${m("gradeColumn")}</th><th scope="col">${m("rangeColumn")}</th><th scope="col">${m("performanceColumn")}</th></tr></thead><tbody>${GRADE_ROWS.map(
    ([g, from, to]) => html`<tr><th scope="row">${g}</th><td>${fmt(from)} – ${fmt(to)}</td><td>${t(`grades.${g}`)}</td></tr>`,
  )}</tbody></table>
<h2>${m("sampleHeading")}</h2><p>${m("sampleText", { floor: settings.sampleFloor })}</p>
<h2>${m("scoreHeading")}</h2><p>${m("scoreText")}</p>
<table><thead><tr><th scope="col">${m("componentColumn")}</th><th scope="col">${m("weightColumn")}</th></tr></thead><tbody>
<tr><td>${m("satisfaction")}</td><td>${settings.weightSatisfaction}</td></tr>
<tr><td>${m("complaints", { verify: settings.verifyDays, answer: settings.answerDays, close: settings.closeDays })}</td><td>${settings.weightComplaints}</td></tr>
<tr><td>${m("standards")}</td><td>${settings.weightStandards}</td></tr></tbody></table><p>${m("substantiatedNote")}</p>
<p id="method-verdict">${t("complaintChannels.method.handling", { verify: settings.handlingWeightVerify, answer: settings.handlingWeightAnswer, close: settings.handlingWeightClose, verdict: settings.handlingWeightVerdict, days: settings.verdictDays })}</p><p>${t("complaintChannels.method.channels")}</p>
<h2>${m("zonesHeading")}</h2><p>${m("zonesText")}</p>
<h3 id="skema">${t("zoneSchemes.method.heading")}</h3><p>${t("zoneSchemes.method.text")}</p>
${schemes(settings.zoneScheme).map((scheme) => schemeTable(scheme, scheme.key === settings.zoneScheme.key, period, locale, t, fmt))}
<p class="muted">${m("inForce", { period })}</p>
<h2>${m("publishHeading")}</h2><p>${m("publishText")}</p>
<h2 id="rencana">${t("plans.method.heading")}</h2><p>${t("plans.method.text")}</p>${sections}</article>`;
  return { title: m("title"), description: m("description"), body };
}
