// The citizen's complaint pages as plain server-rendered HTML, like the survey (lib/survey/page.ts
// explains why: no client runtime, works without JavaScript on any phone). Every value goes
// through lib/html/template.ts's escaping, so a complaint's text can never become markup.
import { html, type SafeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import type { PublicComplaint } from "@/lib/complaints/tracking.server";
import { describedBy, fieldError, type FormState } from "@/lib/forms/fields";
import { CATEGORIES } from "./lifecycle";

export type UnitOption = { slug: string; name: string; type: { nameId: string; nameEn: string } };

const LABELS: Record<string, string> = {
  unit: "complaints.form.unit",
  category: "complaints.form.category",
  description: "complaints.form.description",
  occurredOn: "complaints.form.occurredOn",
  staffName: "complaints.form.staffName",
  room: "complaints.form.room",
  name: "complaints.form.name",
  phone: "complaints.form.phone",
  email: "complaints.form.email",
  contact: "complaints.form.contactHeading",
  anonymous: "complaints.form.anonymous",
};

function invalid(name: string, state: FormState) {
  return state.errors[name] ? html` aria-invalid="true"` : "";
}

/** The mark of a required field (its label says so to screen readers through `required`). */
const REQUIRED = html`<span class="req" aria-hidden="true">*</span>`;

function input(
  name: string,
  state: FormState,
  t: Translate,
  options: { type?: string; maxLength: number; hint?: boolean; autocomplete?: string; max?: string; required?: boolean },
): SafeHtml {
  return html`<div class="f"><label for="${name}">${t(LABELS[name])}${options.required ? REQUIRED : ""}</label>${options.hint ? html`<p class="hint" id="${name}-hint">${t(`${LABELS[name]}Hint`)}</p>` : ""}<input type="${options.type ?? "text"}" id="${name}" name="${name}" maxlength="${options.maxLength}" value="${state.values[name] ?? ""}" autocomplete="${options.autocomplete ?? "off"}"${options.max ? html` max="${options.max}"` : ""}${options.required ? html` required` : ""} aria-describedby="${describedBy(name, options.hint)}"${invalid(name, state)}>${fieldError(name, state.errors)}</div>`;
}

export function complaintForm(units: UnitOption[], state: FormState, t: Translate, locale: Locale, today: string): SafeHtml {
  const names = Object.keys(state.errors);
  const groups = new Map<string, UnitOption[]>();
  for (const u of units) {
    const type = locale === "en" ? u.type.nameEn : u.type.nameId;
    groups.set(type, [...(groups.get(type) ?? []), u]);
  }
  const v = state.values;
  return html`<h1>${t("complaints.form.heading")}</h1><p>${t("complaints.form.intro")}</p>
${state.notice ? html`<div class="notice" role="alert" id="notice">${state.notice}</div>` : ""}
${names.length ? html`<div class="summary" role="alert" tabindex="-1" id="summary"><p><strong>${t("complaints.form.errorSummary", { count: names.length })}</strong></p><ul>${names.map((n) => html`<li><a href="#${n}">${LABELS[n] ? t(LABELS[n]) : n}: ${state.errors[n].join(" ")}</a></li>`)}</ul></div>` : ""}
${v.response ? html`<p class="ok">${t("complaints.form.fromSurvey")}</p>` : ""}
<p class="hint" id="required-note">${REQUIRED} ${t("complaintChannels.form.requiredNote")}</p>
<form method="post" action="/pengaduan" novalidate>
<div class="f"><label for="unit">${t("complaints.form.unit")}${REQUIRED}</label><select id="unit" name="unit" required aria-describedby="unit-error"${invalid("unit", state)}><option value="">${t("complaints.form.chooseUnit")}</option>${[
    ...groups,
  ].map(
    ([type, list]) =>
      html`<optgroup label="${type}">${list.map((u) => html`<option value="${u.slug}"${v.unit === u.slug ? html` selected` : ""}>${u.name}</option>`)}</optgroup>`,
  )}</select>${fieldError("unit", state.errors)}</div>
<fieldset id="category" aria-describedby="category-error"${state.errors.category ? html` class="bad"` : ""}><legend>${t("complaints.form.category")}${REQUIRED}</legend><div class="opts">${CATEGORIES.map(
    (c, i) =>
      html`<label><input type="radio" name="category" value="${c}" required${v.category === c ? html` checked` : ""}${state.errors.category && i === 0 ? html` aria-invalid="true"` : ""}> ${t(`complaints.categories.${c}`)}</label>`,
  )}</div>${fieldError("category", state.errors)}</fieldset>
<div class="f"><label for="description">${t("complaints.form.description")}${REQUIRED}</label><p class="hint" id="description-hint">${t("complaints.form.descriptionHint")}</p><textarea id="description" name="description" rows="6" maxlength="4000" required aria-describedby="${describedBy("description", true)}"${invalid("description", state)}>${v.description ?? ""}</textarea>${fieldError("description", state.errors)}</div>
${input("occurredOn", state, t, { type: "date", maxLength: 10, hint: true, max: today, required: true })}
${input("staffName", state, t, { maxLength: 120 })}${input("room", state, t, { maxLength: 120 })}
<fieldset id="contact" aria-describedby="contact-hint contact-error"${state.errors.contact ? html` class="bad"` : ""}><legend>${t("complaints.form.contactHeading")}</legend><p class="hint" id="contact-hint">${t("complaints.form.contactHint")} <a href="/privasi">${t("privacy.page.formLink")}</a></p>
${input("name", state, t, { maxLength: 120, autocomplete: "name" })}${input("phone", state, t, { type: "tel", maxLength: 24, autocomplete: "tel" })}${input("email", state, t, { type: "email", maxLength: 200, autocomplete: "email" })}
<div class="f"><label><input type="checkbox" id="anonymous" name="anonymous" value="on"${v.anonymous === "on" ? html` checked` : ""} aria-describedby="anonymous-error"> ${t("complaints.form.anonymous")}</label>${fieldError("anonymous", state.errors)}</div>
${fieldError("contact", state.errors)}</fieldset>
${v.response ? html`<input type="hidden" name="response" value="${v.response}">` : ""}
<div class="hp" aria-hidden="true"><label for="website">${t("complaints.form.honeypot")}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t("complaints.form.submit")}</button>
</form>`;
}

/** Focuses the error summary after a failed submission (with JavaScript; without, it is at the top). */
export const FOCUS_SUMMARY_SCRIPT = `(()=>{const s=document.getElementById("summary");if(s)s.focus();})();`;

export function trackForm(value: string, error: string | null, t: Translate): SafeHtml {
  return html`<h1>${t("complaints.track.heading")}</h1><p>${t("complaints.track.intro")}</p>
<form method="get" action="/lacak" novalidate><div class="f"><label for="kode">${t("complaints.track.code")}</label><p class="hint" id="kode-hint">${t("complaints.track.codeHint")}</p>
<input type="text" id="kode" name="kode" maxlength="40" value="${value}" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="kode-hint kode-error"${error ? html` aria-invalid="true"` : ""}>${fieldError("kode", error ? { kode: [error] } : {})}</div>
<button type="submit">${t("complaints.track.submit")}</button></form>
<p><a href="/pengaduan">${t("complaints.track.fileAnother")}</a></p>`;
}

/** What /lacak/<code> says after a verdict was sent (?penilaian=…). */
export type VerdictNotice = "thanks" | "reopened" | null;

/**
 * The reporter's verdict on the current answer (issue 12): a plain form that works without
 * JavaScript while the window is open; afterwards, a sentence saying why it is closed.
 */
export function verdictSection(c: PublicComplaint, state: FormState, notice: VerdictNotice, t: Translate, formatDate: (d: Date) => string): SafeHtml {
  const v = c.verdict;
  const done = notice
    ? html`<div class="ok" role="status" id="verdict-notice"><p>${t(notice === "reopened" ? "complaintChannels.verdict.reopenedThanks" : "complaintChannels.verdict.thanks")}</p></div>`
    : "";
  const escalated = c.inspectorate ? html`<p id="case-inspectorate">${t("complaintChannels.verdict.inspectorate")}</p>` : "";
  if (!v.open) {
    const why = v.given ? t("complaintChannels.verdict.given") : v.refusal === "windowClosed" ? t("complaintChannels.verdict.windowClosed") : null;
    return html`${done}${escalated}${why && !notice ? html`<p id="verdict-closed">${why}</p>` : ""}`;
  }
  const choice = state.values.satisfied;
  const names = Object.keys(state.errors);
  return html`${done}${escalated}<section aria-labelledby="verdict-heading" id="verdict"><h2 id="verdict-heading">${t("complaintChannels.verdict.heading")}</h2>
<p>${t("complaintChannels.verdict.intro", { date: formatDate(v.deadline!) })}</p>
${state.notice ? html`<div class="notice" role="alert" id="verdict-error">${state.notice}</div>` : names.length ? html`<div class="summary" role="alert" id="summary"><ul>${names.map((n) => html`<li><a href="#${n}">${state.errors[n].join(" ")}</a></li>`)}</ul></div>` : ""}
<form method="post" action="/lacak/${c.trackingCode}" novalidate>
<fieldset id="satisfied" aria-describedby="satisfied-error"${state.errors.satisfied ? html` class="bad"` : ""}><legend>${t("complaintChannels.verdict.choice")} <span class="req" aria-hidden="true">*</span></legend><div class="opts">
<label><input type="radio" name="satisfied" value="yes" required${choice === "yes" ? html` checked` : ""}> ${t("complaintChannels.verdict.satisfied")}</label>
<label><input type="radio" name="satisfied" value="no" required${choice === "no" ? html` checked` : ""}> ${t("complaintChannels.verdict.notSatisfied")}</label></div>${fieldError("satisfied", state.errors)}</fieldset>
<div class="f"><label for="reason">${t("complaintChannels.verdict.reason")}</label><p class="hint" id="reason-hint">${t("complaintChannels.verdict.reasonHint")}</p><textarea id="reason" name="reason" rows="4" maxlength="2000" aria-describedby="${describedBy("reason", true)}"${state.errors.reason ? html` aria-invalid="true"` : ""}>${state.values.reason ?? ""}</textarea>${fieldError("reason", state.errors)}</div>
<button type="submit">${t("complaintChannels.verdict.submit")}</button></form></section>`;
}

export function caseView(c: PublicComplaint, justFiled: boolean, t: Translate, formatDate: (d: Date) => string, verdict?: SafeHtml): SafeHtml {
  const dates: [string, Date | null][] = [
    ["received", c.receivedAt],
    ["verified", c.verifiedAt],
    ["answered", c.answeredAt],
    ["closed", c.closedAt],
  ];
  return html`<h1>${t("complaints.track.caseTitle", { code: c.trackingCode })}</h1>
${justFiled ? html`<div class="ok" role="status"><p><strong>${t("complaints.track.filed")}</strong></p><p>${t("complaints.track.keepCode")}</p><p class="code" id="tracking-code">${c.trackingCode}</p></div>` : ""}
<dl class="facts"><dt>${t("complaints.track.status")}</dt><dd id="case-status">${t(`complaints.status.${c.status}`)}</dd>
<dt>${t("complaints.track.unit")}</dt><dd>${c.unit.name}</dd><dt>${t("complaints.track.category")}</dt><dd>${t(`complaints.categories.${c.category}`)}</dd>
${dates.filter(([, d]) => d).map(([k, d]) => html`<dt>${t(`complaints.track.${k}`)}</dt><dd>${formatDate(d!)}</dd>`)}</dl>
${c.status === "held" ? html`<p id="case-held">${t("complaints.track.held")}</p>` : ""}
${c.duplicateOf ? html`<p id="case-duplicate-of">${t("complaints.track.duplicateOf")} <a href="/lacak/${c.duplicateOf}">${c.duplicateOf}</a></p>` : ""}
<h2>${t("complaints.track.answer")}</h2>${c.answer ? html`<p class="answer" id="case-answer">${c.answer}</p>` : html`<p>${t("complaints.track.noAnswer")}</p>${c.answerDueBy ? html`<p id="answer-due">${t("complaints.track.answerDueBy", { date: formatDate(c.answerDueBy) })}</p>` : ""}`}
${verdict ?? ""}
<h2>${t("complaints.track.history")}</h2><ol class="history">${c.history.map(
    (h) =>
      html`<li><strong>${t(`complaints.status.${h.status}`)}</strong> · ${formatDate(h.at)}${h.note ? html`<br>${t("complaints.track.progress")}: ${h.note}` : ""}${h.answer ? html`<br>${t("complaints.track.answerEvent")}: ${h.answer}` : ""}</li>`,
  )}</ol>
<p><a href="/lacak">${t("complaints.track.trackAnother")}</a> · <a href="/pengaduan?unit=${encodeURIComponent(c.unit.slug)}">${t("complaints.track.fileAnother")}</a></p>`;
}
