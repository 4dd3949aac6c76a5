// The body of /privasi: every sentence from the translations (privacy.page), every value escaped.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";

const SECTIONS = ["survey", "complaint", "contact", "notifications", "workspace", "backups"] as const;

export function privacyPage(t: Translate, days: number): SafeHtml {
  return html`<h1>${t("privacy.page.title")}</h1>
<p>${t("privacy.page.lead")}</p>
${SECTIONS.map(
  (s) => html`<section aria-labelledby="p-${s}"><h2 id="p-${s}">${t(`privacy.page.${s}.title`)}</h2>
<dl><dt>${t("privacy.page.what")}</dt><dd>${t(`privacy.page.${s}.what`)}</dd>
<dt>${t("privacy.page.why")}</dt><dd>${t(`privacy.page.${s}.why`)}</dd>
<dt>${t("privacy.page.howLong")}</dt><dd>${t(`privacy.page.${s}.howLong`, { days })}</dd>
<dt>${t("privacy.page.who")}</dt><dd>${t(`privacy.page.${s}.who`)}</dd></dl></section>`,
)}
<section aria-labelledby="p-rights"><h2 id="p-rights">${t("privacy.page.rights.title")}</h2>
<p>${t("privacy.page.rights.body")}</p></section>`;
}
