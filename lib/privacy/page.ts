// The body of /privasi: every sentence from the translations (privacy.page), every value escaped.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";
import type { PrivacyContact } from "./contact.server";
import { telHref } from "@/lib/units/phone";

const SECTIONS = ["survey", "complaint", "contact", "notifications", "workspace", "backups"] as const;

/** `contact`: the controller's contact the secretariat filled (lib/privacy/contact.server.ts), or null while it has not. */
export function privacyPage(t: Translate, days: number, contact: PrivacyContact | null = null): SafeHtml {
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
<p>${t("privacy.page.rights.body")}</p>${contact ? controllerContact(contact, t) : ""}</section>`;
}

function controllerContact(c: PrivacyContact, t: Translate): SafeHtml {
  const tel = c.phone ? telHref(c.phone) : null;
  return html`<h3 id="p-controller">${t("privacy.page.rights.contactHeading")}</h3><address id="privacy-controller" aria-labelledby="p-controller"><strong>${c.office}</strong>${c.address ? html`<br>${c.address}` : ""}
${c.email ? html`<br>${t("privacy.page.rights.email")}: <a href="mailto:${c.email}">${c.email}</a>` : ""}${c.phone ? html`<br>${t("privacy.page.rights.phone")}: ${tel ? html`<a href="${tel}">${c.phone}</a>` : c.phone}` : ""}${c.hours ? html`<br>${t("privacy.page.rights.hours")}: ${c.hours}` : ""}</address>`;
}
