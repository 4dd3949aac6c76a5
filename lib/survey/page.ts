// The citizen survey's HTML, rendered on the server as a plain string (lib/html.ts escapes every
// value). Why not a React page: an App Router page always ships the client runtime (about 175 KB
// gzip on Next 16), while a citizen on prepaid data needs the form now. These pages are served by
// route handlers of the same app (app/s/[slug]/…), share its translations, data layer and
// security headers, and need no script at all; a ~1 KB inline script (with the CSP nonce) adds
// validation as the citizen goes. README, "Why the survey page is not a React page".
import { html, trusted, type SafeHtml } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";
import { AGE_BANDS, EDUCATION, GENDERS, OCCUPATIONS } from "@/lib/validation/survey";

import type { Translate } from "@/lib/i18n/translator.server";
export type { Translate };

export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string[]>; // already translated, by flat field name
  notice?: string; // a message for the whole form (rate limit)
};

type Shell = { locale: Locale; title: string; description: string; nonce: string | null; path: string; t: Translate; body: SafeHtml; script?: string };

// Small on purpose: system fonts, no framework, large touch targets, readable at 360 px.
const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f7f9}
a{color:#0b57d0}header,main,footer{max-width:40rem;margin:0 auto;padding:.75rem 1rem}header{display:flex;justify-content:space-between;align-items:center}
header a{font-weight:600;text-decoration:none}h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem}
fieldset{border:1px solid #d0d5dd;border-radius:.5rem;background:#fff;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}.n{display:block;font-size:.85rem;font-weight:400;color:#555}
.opts{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;margin-top:.5rem}
.opts label{display:flex;gap:.5rem;align-items:center;min-height:3rem;padding:.5rem .75rem;border:2px solid #d0d5dd;border-radius:.5rem;cursor:pointer}
.opts label:has(input:checked){border-color:#0b57d0;background:#e8f0fe}.opts input{width:1.25rem;height:1.25rem;margin:0;flex:none}
input[type=text],input[type=tel],input[type=email],input[type=date],input[type=number],select,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #98a2b3;border-radius:.375rem;background:#fff}
.req{color:#b3261e;margin-left:.2rem}.f{margin-bottom:.9rem}.f>label{display:block;font-weight:600}.hint{font-size:.875rem;color:#555;margin:.1rem 0 .3rem}
.err{color:#b3261e;font-weight:600;margin:.25rem 0 0}[aria-invalid=true],.bad{border-color:#b3261e!important}
.summary,.notice{border:2px solid #b3261e;border-radius:.5rem;background:#fff;padding:.75rem 1rem;margin-bottom:1rem}
.hp,.skip{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}.skip:focus{position:static;width:auto;height:auto}
button,.btn{display:inline-block;font:inherit;font-weight:600;padding:.8rem 1.5rem;border:0;border-radius:.5rem;background:#0b57d0;color:#fff;min-height:3rem;text-decoration:none;cursor:pointer}
.ok{border-left:6px solid #1e7d32;background:#fff;padding:.75rem 1rem;border-radius:.5rem}footer{font-size:.875rem}
:focus-visible{outline:3px solid #f9ab00;outline-offset:2px}@media print{header,footer,button{display:none}}
`
  .replace(/\n/g, "")
  .trim();

export function page({ locale, title, description, nonce, path, t, body, script }: Shell): string {
  const other = locale === "id" ? "en" : "id";
  return (
    "<!doctype html>" +
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="/favicon.ico" sizes="32x32"><link rel="icon" href="/icon.svg" type="image/svg+xml">
<title>${title}</title><meta name="description" content="${description}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}">
<style>${trusted(CSS)}</style></head><body>
<a class="skip" href="#main">${t("nav.skipToContent")}</a>
<header><a href="/">${t("meta.siteName")}</a><a href="/bahasa?to=${other}&amp;next=${encodeURIComponent(path)}" lang="${other}" hreflang="${other}">${t("nav.switchTo")}</a></header>
<main id="main">${body}</main>
<footer><a href="/peringkat">${t("survey.thanks.ranking")}</a> · <a href="/metode">${t("method.title")}</a></footer>
${script && nonce ? rawScript(nonce, script) : ""}</body></html>`.value
  );
}

function rawScript(nonce: string, source: string): SafeHtml {
  return html`<script nonce="${nonce}">${trusted(source)}</script>`;
}

export function fieldError(name: string, errors: Record<string, string[]>): SafeHtml {
  const messages = errors[name];
  return html`<p class="err" id="${name}-error"${messages ? "" : html` hidden`}>${messages?.join(" ") ?? ""}</p>`;
}

export function describedBy(name: string, hint = false): string {
  return [hint ? `${name}-hint` : "", `${name}-error`].filter(Boolean).join(" ");
}

const LABEL_OF_FIELD: Record<string, string> = { gender: "survey.gender", ageBand: "survey.ageBand", education: "survey.education", occupation: "survey.occupation", service: "survey.service", comment: "survey.comment", visitCode: "survey.visitCode" };

function select(name: string, label: string, options: readonly string[], optionKey: string, state: FormState, t: Translate): SafeHtml {
  const invalid = !!state.errors[name];
  return html`<div class="f"><label for="${name}">${t(label)}</label>
<select id="${name}" name="${name}" aria-describedby="${describedBy(name)}"${invalid ? html` aria-invalid="true"` : ""}><option value="">${t("survey.notSaying")}</option>${options.map(
    (o) => html`<option value="${o}"${state.values[name] === o ? html` selected` : ""}>${t(`${optionKey}.${o}`)}</option>`,
  )}</select>${fieldError(name, state.errors)}</div>`;
}

function text(name: string, maxLength: number, state: FormState, t: Translate, options: { multiline?: boolean; hint?: boolean; autocomplete?: string } = {}): SafeHtml {
  const invalid = state.errors[name] ? html` aria-invalid="true"` : "";
  const common = html`id="${name}" name="${name}" maxlength="${maxLength}" aria-describedby="${describedBy(name, options.hint)}"${invalid}`;
  return html`<div class="f"><label for="${name}">${t(LABEL_OF_FIELD[name])}</label>${options.hint ? html`<p class="hint" id="${name}-hint">${t(`${LABEL_OF_FIELD[name]}Hint`)}</p>` : ""}${
    options.multiline
      ? html`<textarea ${common} rows="3">${state.values[name] ?? ""}</textarea>`
      : html`<input type="text" ${common} value="${state.values[name] ?? ""}" autocomplete="${options.autocomplete ?? "off"}">`
  }${fieldError(name, state.errors)}</div>`;
}

/** The survey form for one unit, with the citizen's values and errors when re-rendered. */
export function surveyForm(unit: { slug: string; name: string }, state: FormState, t: Translate): SafeHtml {
  const errorCount = Object.keys(state.errors).length;
  const errorLinks = Object.keys(state.errors).map((name) => {
    const label = name.match(/^u[1-9]$/) ? t(`elements.${name}.name`) : LABEL_OF_FIELD[name] ? t(LABEL_OF_FIELD[name]) : name;
    return html`<li><a href="#${name.match(/^u[1-9]$/) ? `q-${name}` : name}">${label}: ${state.errors[name].join(" ")}</a></li>`;
  });
  return html`<h1>${t("survey.heading", { unit: unit.name })}</h1><p>${t("survey.intro")}</p>
${state.notice ? html`<div class="notice" role="alert" id="notice">${state.notice}</div>` : ""}
${errorCount ? html`<div class="summary" role="alert" tabindex="-1" id="summary"><p><strong>${t("survey.errorSummary", { count: errorCount })}</strong></p><ul>${errorLinks}</ul></div>` : ""}
<form method="post" action="/s/${unit.slug}" novalidate>
${ELEMENT_KEYS.map((key, i) => {
  const invalid = !!state.errors[key];
  return html`<fieldset id="q-${key}" data-q="${key}" aria-describedby="${key}-error"${invalid ? html` class="bad"` : ""}><legend><span class="n">${t("survey.question", { number: i + 1 })}</span>${t(`elements.${key}.question`)}</legend>
<div class="opts">${[1, 2, 3, 4].map(
    (a) =>
      html`<label><input type="radio" name="${key}" value="${a}" required${state.values[key] === String(a) ? html` checked` : ""}${invalid && a === 1 ? html` aria-invalid="true"` : ""}> ${a} · ${t(`elements.${key}.answers.${a}`)}</label>`,
  )}</div>${fieldError(key, state.errors)}</fieldset>`;
})}
<fieldset><legend>${t("survey.profileHeading")}</legend><p class="hint">${t("survey.profileHint")}</p>
${select("gender", "survey.gender", GENDERS, "survey.genders", state, t)}${select("ageBand", "survey.ageBand", AGE_BANDS, "survey.ageBands", state, t)}
${select("education", "survey.education", EDUCATION, "survey.educations", state, t)}${select("occupation", "survey.occupation", OCCUPATIONS, "survey.occupations", state, t)}
</fieldset>
${text("service", 120, state, t, { hint: true })}${text("comment", 1000, state, t, { multiline: true, hint: true })}${text("visitCode", 20, state, t, { hint: true })}
<div class="hp" aria-hidden="true"><label for="website">${t("survey.honeypot")}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t("survey.submit")}</button>
</form>`;
}

/**
 * Progressive enhancement, run only with JavaScript: marks a question answered, or skipped once a
 * later one is answered, as the citizen goes, and stops a submission with unanswered questions before it leaves the phone. The
 * server validates again; this only saves a round trip. Kept as source text (no bundler) and small.
 */
export function surveyScript(messageRequired: string): string {
  return `(()=>{const f=document.querySelector("form[novalidate]");if(!f)return;const m=${JSON.stringify(messageRequired)};
const set=(q,bad)=>{const e=document.getElementById(q.dataset.q+"-error");q.classList.toggle("bad",bad);e.hidden=!bad;if(bad)e.textContent=m;};
f.addEventListener("change",ev=>{const q=ev.target.closest("fieldset[data-q]");if(!q)return;set(q,false);
for(const p of f.querySelectorAll("fieldset[data-q]")){if(p===q)break;if(!p.querySelector("input:checked"))set(p,true);}});
f.addEventListener("submit",ev=>{let first=null;for(const q of f.querySelectorAll("fieldset[data-q]")){const bad=!q.querySelector("input:checked");set(q,bad);if(bad&&!first)first=q;}
if(first){ev.preventDefault();first.querySelector("input").focus();first.scrollIntoView({block:"center"});}});
const s=document.getElementById("summary");if(s)s.focus();})();`;
}

export type ThanksInfo = {
  unit: { slug: string; name: string };
  responseId: number | null;
  verified: boolean;
  period: string;
  score: { score: number | null; zone: string | null; ikm: number | null; grade: string | null } | null;
};

export function thanksBody(info: ThanksInfo, t: Translate, format: (n: number) => string): SafeHtml {
  const { unit, score } = info;
  const complaintHref = `/pengaduan?unit=${encodeURIComponent(unit.slug)}${info.responseId ? `&response=${info.responseId}` : ""}`;
  const ranked = score?.score != null && score.zone ? html`<p>${t("survey.thanks.currentScore", { period: info.period, score: format(score.score), zone: t(`zones.${score.zone}`) })}</p>` : "";
  const graded =
    score?.ikm != null && score.grade
      ? html`<p>${t("survey.thanks.currentGrade", { ikm: format(score.ikm), grade: score.grade, label: t(`grades.${score.grade}`) })}</p>`
      : "";
  const figures = html`${ranked}${graded}${ranked ? "" : html`<p>${t("survey.thanks.noScore", { period: info.period })}</p>`}`;
  return html`<h1>${t("survey.thanks.heading")}</h1>
<div class="ok" role="status"><p>${t("survey.thanks.saved", { unit: unit.name })}</p>${info.verified ? html`<p>${t("survey.thanks.verified")}</p>` : ""}</div>
${figures}<p><a href="/unit/${unit.slug}">${t("survey.thanks.unitPage")}</a></p>
<h2>${t("survey.thanks.complainHeading")}</h2><p>${t("survey.thanks.complainText")}</p><p><a class="btn" href="${complaintHref}">${t("survey.thanks.complain")}</a></p>`;
}

export function unknownUnitBody(t: Translate): SafeHtml {
  return html`<h1>${t("survey.unknownUnitTitle")}</h1><p>${t("survey.unknownUnit")}</p><p><a href="/peringkat">${t("survey.seeUnits")}</a></p>`;
}
