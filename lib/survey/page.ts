// The citizen survey's HTML, rendered on the server as a plain string (lib/html/template.ts escapes every
// value) inside the citizen pages' layout (lib/html/layout.ts, which says why not React). The
// form needs no script at all; a ~1 KB inline script (allowed by its hash) adds validation as
// the citizen goes.
import { html, type SafeHtml } from "@/lib/html/template";
import { describedBy, fieldError, type FormState } from "@/lib/forms/fields";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { AGE_BANDS, EDUCATION, GENDERS, OCCUPATIONS } from "@/lib/survey/schema";

import type { Translate } from "@/lib/i18n/translator.server";
export type { Translate };

const LABEL_OF_FIELD: Record<string, string> = {
  gender: "survey.gender",
  ageBand: "survey.ageBand",
  education: "survey.education",
  occupation: "survey.occupation",
  service: "survey.service",
  comment: "survey.comment",
  visitCode: "survey.visitCode",
};

function select(name: string, label: string, options: readonly string[], optionKey: string, state: FormState, t: Translate): SafeHtml {
  const invalid = !!state.errors[name];
  return html`<div class="f"><label for="${name}">${t(label)}</label>
<select id="${name}" name="${name}" aria-describedby="${describedBy(name)}"${invalid ? html` aria-invalid="true"` : ""}><option value="">${t("survey.notSaying")}</option>${options.map(
    (o) => html`<option value="${o}"${state.values[name] === o ? html` selected` : ""}>${t(`${optionKey}.${o}`)}</option>`,
  )}</select>${fieldError(name, state.errors)}</div>`;
}

function text(
  name: string,
  maxLength: number,
  state: FormState,
  t: Translate,
  options: { multiline?: boolean; hint?: boolean; autocomplete?: string } = {},
): SafeHtml {
  const invalid = state.errors[name] ? html` aria-invalid="true"` : "";
  const common = html`id="${name}" name="${name}" maxlength="${maxLength}" aria-describedby="${describedBy(name, options.hint)}"${invalid}`;
  return html`<div class="f"><label for="${name}">${t(LABEL_OF_FIELD[name])}</label>${options.hint ? html`<p class="hint" id="${name}-hint">${t(`${LABEL_OF_FIELD[name]}Hint`)}</p>` : ""}${
    options.multiline
      ? html`<textarea ${common} rows="3">${state.values[name] ?? ""}</textarea>`
      : html`<input type="text" ${common} value="${state.values[name] ?? ""}" autocomplete="${options.autocomplete ?? "off"}">`
  }${fieldError(name, state.errors)}</div>`;
}

/** The survey form for one unit, with the citizen's values and errors when re-rendered. */
export function surveyForm(unit: { slug: string; name: string }, state: FormState, t: Translate, pageView?: string): SafeHtml {
  const errorCount = Object.keys(state.errors).length;
  const errorLinks = Object.keys(state.errors).map((name) => {
    const label = name.match(/^u[1-9]$/) ? t(`elements.${name}.name`) : LABEL_OF_FIELD[name] ? t(LABEL_OF_FIELD[name]) : name;
    return html`<li><a href="#${name.match(/^u[1-9]$/) ? `q-${name}` : name}">${label}: ${state.errors[name].join(" ")}</a></li>`;
  });
  return html`<h1>${t("survey.heading", { unit: unit.name })}</h1><p>${t("survey.intro")}</p>
${state.notice ? html`<div class="notice" role="alert" id="notice">${state.notice}</div>` : ""}
${errorCount ? html`<div class="summary" role="alert" tabindex="-1" id="summary"><p><strong>${t("survey.errorSummary", { count: errorCount })}</strong></p><ul>${errorLinks}</ul></div>` : ""}
<form method="post" action="/s/${unit.slug}" novalidate>
${pageView ? html`<input type="hidden" name="pv" value="${pageView}">` : ""}
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
  const ranked =
    score?.score != null && score.zone
      ? html`<p>${t("survey.thanks.currentScore", { period: info.period, score: format(score.score), zone: t(`zones.${score.zone}`) })}</p>`
      : "";
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
