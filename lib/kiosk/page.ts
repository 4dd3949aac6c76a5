// The kiosk's HTML, rendered on the server as plain strings (lib/html/template.ts escapes every value),
// like the citizen survey (lib/survey/page.ts) and for the same reason: no React client runtime.
// The kiosk screen carries both languages, so the English switch works without the network, and
// one small script of our own (app/kiosk/app.js) that keeps answers in IndexedDB until the server
// has them. No link leads away from the screen.
import { html, trusted, type SafeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

const CSS = `
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}body{margin:0;font:20px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f7f9;user-select:none}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.5rem}
.bar{display:flex;gap:1rem;align-items:center;justify-content:space-between;flex-wrap:wrap}.unit{font-weight:700;font-size:1.1rem}
.status{flex:1;text-align:center;font-size:1rem;color:#5c3c00}
fieldset{border:1px solid #d0d5dd;border-radius:.75rem;background:#fff;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:700;padding:0 .25rem}.n{display:block;font-size:.9rem;font-weight:400;color:#555}
.opts{display:grid;grid-template-columns:repeat(4,1fr);gap:.6rem;margin-top:.5rem}@media (max-width:40rem){.opts{grid-template-columns:1fr 1fr}}
.opts label{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;min-height:5.5rem;padding:.5rem;border:3px solid #d0d5dd;border-radius:.75rem;cursor:pointer;font-size:1rem}
.opts label b{font-size:1.6rem}.opts label:has(input:checked){border-color:#0b57d0;background:#e8f0fe}
.opts input{position:absolute;opacity:0;width:1px;height:1px}.opts label:has(input:focus-visible){outline:4px solid #f9ab00}
fieldset.bad{border:3px solid #b3261e}
button{font:inherit;font-weight:700;padding:1rem 2rem;border:0;border-radius:.75rem;background:#0b57d0;color:#fff;min-height:4rem;cursor:pointer}
button.secondary{background:#fff;color:#0b57d0;border:2px solid #0b57d0;min-height:3rem;padding:.5rem 1rem;font-size:1rem}
.err{color:#b3261e;font-weight:700}.notice{border:3px solid #b3261e;border-radius:.75rem;background:#fff;padding:.75rem 1rem}
.thanks{text-align:center;padding:4rem 1rem;background:#fff;border-left:10px solid #1e7d32;border-radius:.75rem;margin-top:2rem}
:focus-visible{outline:4px solid #f9ab00;outline-offset:2px}[hidden]{display:none!important}
`
  .replace(/\n/g, "")
  .trim();

type Shell = { locale: Locale; title: string; nonce: string | null; body: SafeHtml; scripts?: SafeHtml };

function shell({ locale, title, nonce, body, scripts }: Shell): string {
  return (
    "<!doctype html>" +
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title><style>${trusted(CSS)}</style></head><body>${body}${nonce ? scripts : ""}</body></html>`.value
  );
}

/** The texts the screen's script swaps when the language changes, keyed as the elements' data-t. */
function screenTexts(t: Translate, unitName: string): Record<string, string> {
  const texts: Record<string, string> = {
    title: t("kiosk.screen.title", { unit: unitName }),
    heading: t("kiosk.screen.heading"),
    intro: t("kiosk.screen.intro"),
    submit: t("kiosk.screen.submit"),
    thanks: t("kiosk.screen.thanks"),
    thanksNext: t("kiosk.screen.thanksNext"),
    language: t("kiosk.screen.language"),
    unpairedHeading: t("kiosk.screen.unpairedHeading"),
    unpairedText: t("kiosk.screen.unpairedText"),
    // Templates the script fills in ({count}, {seconds}, {message}).
    missing: t("kiosk.screen.missing", { count: "{count}" }),
    tooSoon: t("kiosk.screen.tooSoon", { seconds: "{seconds}" }),
    refused: t("kiosk.screen.refused", { message: "{message}" }),
    offline: t("kiosk.screen.offline"),
    pending: t("kiosk.screen.pending", { count: "{count}" }),
  };
  ELEMENT_KEYS.forEach((key, i) => {
    texts[`n.${key}`] = t("survey.question", { number: i + 1 });
    texts[`q.${key}`] = t(`elements.${key}.question`);
    for (const a of [1, 2, 3, 4]) texts[`a.${key}.${a}`] = t(`elements.${key}.answers.${a}`);
  });
  return texts;
}

export type KioskScreen = { unitSlug: string; unitName: string; minSeconds: number; idleSeconds: number; thanksSeconds: number };

/** The kiosk screen of a paired device: Indonesian first, English by a switch on the screen. */
export function kioskScreen(screen: KioskScreen, translators: Record<Locale, Translate>, nonce: string | null): string {
  const id = screenTexts(translators.id, screen.unitName);
  const en = screenTexts(translators.en, screen.unitName);
  const say = (key: string) => html`data-t="${key}">${id[key]}`;
  const body = html`<main id="kiosk" data-unit="${screen.unitSlug}" data-min-seconds="${screen.minSeconds}" data-idle-seconds="${screen.idleSeconds}" data-thanks-seconds="${screen.thanksSeconds}">
<div class="bar"><span class="unit">${screen.unitName}</span><span class="status" id="status" role="status"></span><button type="button" class="secondary" id="lang" lang="en" ${say("language")}</button></div>
<form id="kiosk-form" novalidate>
<h1 ${say("heading")}</h1><p ${say("intro")}</p>
${ELEMENT_KEYS.map(
  (key) => html`<fieldset data-q="${key}"><legend><span class="n" ${say(`n.${key}`)}</span><span ${say(`q.${key}`)}</span></legend>
<div class="opts">${[1, 2, 3, 4].map((a) => html`<label><input type="radio" name="${key}" value="${a}"><b>${a}</b><span ${say(`a.${key}.${a}`)}</span></label>`)}</div></fieldset>`,
)}
<p class="notice" id="form-error" role="alert" hidden></p>
<button type="submit" ${say("submit")}</button>
</form>
<section class="thanks" id="thanks" hidden><h2 ${say("thanks")}</h2><p ${say("thanksNext")}</p></section>
<section class="notice" id="unpaired" hidden><h2 ${say("unpairedHeading")}</h2><p ${say("unpairedText")}</p><p id="unpaired-pending"></p></section>
</main>
<script type="application/json" id="kiosk-texts">${trusted(JSON.stringify({ id, en }).replace(/</g, "\\u003c"))}</script>`;
  return shell({ locale: "id", title: id.title, nonce, body, scripts: html`<script nonce="${nonce ?? ""}" src="/kiosk/app.js" defer></script>` });
}

/** A page with a heading and a message: not paired, or an invalid pairing link. */
export function kioskMessagePage(locale: Locale, title: string, text: string, status: "notice" | "plain" = "notice"): string {
  return shell({ locale, title, nonce: null, body: html`<main><h1>${title}</h1><p class="${status === "notice" ? "notice" : ""}">${text}</p></main>` });
}

/** The pairing link's page on the tablet: what it will become, and one button (a POST, so link previews pair nothing). */
export function pairingPage(locale: Locale, code: string, target: { deviceName: string; unitName: string }, t: Translate): string {
  const body = html`<main><h1>${t("kiosk.pair.heading")}</h1><p>${t("kiosk.pair.text", { device: target.deviceName, unit: target.unitName })}</p>
<form method="post" action="/kiosk/pasang/${code}"><button type="submit">${t("kiosk.pair.button")}</button></form></main>`;
  return shell({ locale, title: t("kiosk.pair.title"), nonce: null, body });
}
