// The SKM report as a citizen-readable HTML document (lib/html/template.ts escapes every value), laid out
// as the regulation's report (I Pendahuluan ... V Kesimpulan, Lampiran) and printable as a clean
// A4 document from any browser: print CSS, page breaks before chapters, the city, unit and period
// in the page header and page numbers in the footer (CSS page margin boxes). No script. One
// document for both subjects: a unit's report, and the city's (its units by zone in chapter IV).
import { html, trusted, type SafeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { planActionsTable, planResultsTable } from "@/lib/plans/public-html";
import { isCityReport, type CityReportContent, type ReportContent } from "@/lib/report/content.server";
import { COMPLAINT_CATEGORIES, PROFILE_FIELDS, PROFILE_VALUES } from "@/lib/report/counts.server";
import { CHANNELS } from "@/lib/complaints/channels";
import { commentsByElement } from "./comments";
import { cityConclusion, ZONES } from "./city";

export type IssuedInfo = {
  version: number;
  issuedAt: string;
  conclusion: string;
  note: string | null;
  versions: { version: number; issuedAt: string; note: string | null }[];
} | null;

const CSS = `
*{box-sizing:border-box}body{margin:0;font:11pt/1.5 Georgia,"Times New Roman",serif;color:#111;background:#fff}
main{max-width:50rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #999}
h3{font-size:1.05rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}.muted{color:#444}.status{border:2px solid #8c1d18;padding:.5rem .75rem;margin:1rem 0}.ok{border-color:#1e5e2a}
.bar{display:inline-block;height:.7rem;background:#1f4e8c}a{color:#0b4fad}.cover{text-align:center;padding:2rem 0}
.no-print{border:1px solid #ccc;background:#f6f7f9;padding:.5rem 1rem;margin-bottom:1rem;font-family:system-ui,sans-serif}
h2.chapter{text-align:center;border:0}.cover{min-height:60vh}.cover h1{text-transform:uppercase}
.toc{list-style:none;padding:0}.toc li{display:flex;gap:.5rem}.toc li.section{padding-left:1.5rem}.toc a{flex:1;border-bottom:1px dotted #999;color:#111;text-decoration:none}.toc-page{min-width:2.5rem;text-align:right}
.signature{margin:2rem 0 0 auto;width:18rem;text-align:left;break-inside:avoid}.signature .space{height:4.5rem}
@media print{.no-print{display:none}main{max-width:none;padding:0}h2{break-before:page}#report-status{break-after:page}table,figure{break-inside:avoid}a{color:#111;text-decoration:none}}
/* On a phone: tight cells, headers that may break, the plans' tables as labelled cards (as on the unit page). */
@media screen and (max-width:40rem){main{padding:.75rem .5rem}th,td{padding:.2rem .3rem}th{overflow-wrap:anywhere}.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.stack tr{display:block;border:1px solid #999;margin-bottom:.5rem;padding:.25rem .4rem}.stack th,.stack td{display:block;border:none;padding:.15rem 0}.stack td::before{content:attr(data-label);display:block;color:#444;font-size:.9em}.stack.pairs th,.stack.pairs td{display:flex;justify-content:space-between;gap:1rem}.stack.pairs td::before{display:inline;font-size:1em}}
@page{size:A4;margin:22mm 18mm 20mm}
@page{@bottom-center{content:counter(page) " / " counter(pages);font:9pt Georgia,serif}}
`
  .replace(/\n/g, "")
  .trim();

/** A CSS string literal of `text` (for the page header), safe inside <style>. */
function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\n\r]/g, " ")
    .replace(/</g, "\\3c ")}"`;
}

/** The passages that name the report's subject, for the HTML document and the PDF alike. */
export function subjectTexts(c: ReportContent, t: Translate) {
  const fig = c.figures;
  if (isCityReport(c)) {
    const name = t("plans.cityReport.name");
    return {
      name,
      background: t("plans.cityReport.backgroundText", { city: name }),
      organiser: t("plans.cityReport.organiser"),
      location: t("plans.cityReport.location", { city: name, units: c.city.units }),
      sample: `${t("plans.cityReport.sampleText", { minimum: fig.minimumSample, respondents: fig.respondents, sufficient: c.city.sufficientUnits, units: c.city.units })} ${fig.sufficient ? t("plans.report.sampleOk") : t("plans.cityReport.sampleShort")}`,
    };
  }
  const u = c.unit;
  return {
    name: u.name,
    background: t("plans.report.backgroundText", { unit: u.name }),
    organiser: `${u.name} (${u.headTitle ? `${u.headTitle}: ` : ""}${u.headName})`,
    location: `${u.name}${u.kecamatan ? `, ${u.kecamatan}` : ""}`,
    sample: `${t("plans.report.sampleText", { minimum: fig.minimumSample, respondents: fig.respondents })} ${fig.sufficient ? t("plans.report.sampleOk") : t("plans.report.sampleShort")}`,
  };
}

/** A unit's plan status for the period, as the city's report lists it. */
export function planStatusText(u: { planStatus: string | null; planApprovedAt: string | null }, t: Translate, f: Formatters): string {
  if (!u.planStatus) return t("plans.noPlan");
  return u.planStatus === "approved" && u.planApprovedAt
    ? `${t("plans.statuses.approved")} (${f.date(u.planApprovedAt)})`
    : t(`plans.statuses.${u.planStatus}`);
}

/** " (Category C, Yellow)" after a score: its quality category (issue 27; absent in reports issued before) and zone. */
export function zoneText(fig: { zone: string | null; category?: string | null }, t: Translate): string {
  if (!fig.zone) return "";
  return ` (${fig.category ? `${t("zoneSchemes.category")} ${fig.category}, ` : ""}${t(`zones.${fig.zone}`)})`;
}

/** Chapter IV of the city's report: the ranked units of each zone with their IKM, score and plan status. */
function zonesSection(c: CityReportContent, t: Translate, f: Formatters, heading: SafeHtml) {
  const unranked = c.city.units - ZONES.reduce((n, z) => n + c.city.zones[z].length, 0);
  return html`${heading}
<p>${t("plans.cityReport.zonesIntro", { unranked })}</p>
${ZONES.map(
  (z) => html`<table id="report-zone-${z}" class="zone"><caption>${t(`zones.${z}`)} (${c.city.zones[z].length})</caption>
<thead><tr><th scope="col">${t("plans.unit")}</th><th scope="col" class="n">${t("plans.report.converted")}</th><th scope="col">${t("plans.report.grade")}</th><th scope="col" class="n">${t("plans.report.score")}</th><th scope="col">${t("plans.report.planStatus")}</th></tr></thead><tbody>
${c.city.zones[z].length ? c.city.zones[z].map((u) => html`<tr data-unit="${u.slug}"><th scope="row">${u.name}</th><td class="n">${f.num(u.ikm)}</td><td>${u.grade ?? "–"}</td><td class="n">${f.num(u.score)}</td><td>${planStatusText(u, t, f)}</td></tr>`) : html`<tr><td colspan="5">${t("plans.cityReport.zoneEmpty")}</td></tr>`}
</tbody></table>`,
)}`;
}

const ROMAN = ["I", "II", "III", "IV", "V"];
const TOC_PLACEHOLDER = "<!--daftar-isi-->";

/**
 * The Daftar Isi, made from the document's own chapter and section headings (so it cannot miss
 * one). Each entry links its heading and keeps a box for its page number, which the PDF printer
 * fills (lib/report/print.server.ts); the browser's print leaves it empty.
 */
function tableOfContents(document: string): string {
  const entries = [...document.matchAll(/<h([23]) id="([^"]+)"(?: class="chapter")?>(.*?)<\/h[23]>/g)].filter(([, , id]) => id !== "daftar-isi");
  return html`<ol class="toc" id="report-toc">${entries.map(
    ([, level, id, text]) =>
      html`<li class="${level === "2" ? "chapter" : "section"}"><a href="#${id}">${trusted(text)}</a><span class="toc-page" data-for="${id}"></span></li>`,
  )}</ol>`.value;
}

/** Place and date, the head's title and unit, a space to sign, the name and NIP; the city's is the Sekretaris Daerah's. */
function signatureBlock(c: ReportContent, t: Translate, f: Formatters, date: string): SafeHtml {
  const [title, name, nip] = isCityReport(c)
    ? [c.signatory?.title ?? t("plans.cityReport.signatory"), c.signatory?.name ?? null, c.signatory?.nip ?? null]
    : [c.unit.headTitle ? `${c.unit.headTitle} ${c.unit.name}` : t("plans.report.headOf", { unit: c.unit.name }), c.unit.headName, c.unit.headNip ?? null];
  return html`<div class="signature" data-signature><p>${t("plans.report.signedAt", { place: t("plans.report.place"), date: f.date(date) })}</p>
<p>${title}</p><div class="space"></div>
<p><strong>${name ?? "(................................................)"}</strong></p>
<p>NIP. ${nip ? formatNip(nip) : "................................................"}</p></div>`;
}

/** A NIP as it is printed: birth date, appointment month, sex and number apart ("19700101 199003 1 001"). */
export function formatNip(nip: string): string {
  const d = nip.replace(/\D/g, "");
  return d.length === 18 ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : nip;
}

export function reportDocument(
  c: ReportContent,
  issued: IssuedInfo,
  opts: { locale: Locale; t: Translate; f: Formatters; generatedConclusion: string; links: { pdf: string; self: string } },
): string {
  const { t, f, locale } = opts;
  const el = (k: string) => `${k.toUpperCase()} ${t(`elements.${k}.name`)}`;
  const subject = subjectTexts(c, t);
  const headerText = `${t("plans.report.city")} · ${subject.name} · ${c.period}`;
  const pageCss = `@page{@top-center{content:${cssString(headerText)};font:9pt Georgia,serif;color:#444}}`;
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const pct = (n: number, of: number) => (of === 0 ? "–" : `${f.num((100 * n) / of, 1)}%`);
  const labelOf = (field: string, value: string) =>
    value === "unknown"
      ? t("plans.report.notGiven")
      : t(`survey.${field === "gender" ? "genders" : field === "ageBand" ? "ageBands" : field === "education" ? "educations" : "occupations"}.${value}`);
  const fig = c.figures;
  const conclusion = issued?.conclusion ?? opts.generatedConclusion;
  // An older version says that it is superseded, on screen and on paper, and links the latest.
  const newer = issued ? issued.versions.filter((v) => v.version > issued.version).at(-1) : undefined;
  // The signed document's structure (domain.md section 3b): "BAB I PENDAHULUAN" with lettered
  // sections; the table of contents is made from these headings below.
  const upper = (text: string) => text.toLocaleUpperCase(locale === "id" ? "id-ID" : "en-GB");
  let letter = 0;
  const chapter = (n: number, key: string) => {
    letter = 0;
    return html`<h2 id="bab-${n}" class="chapter">${t("plans.report.chapterWord")} ${ROMAN[n - 1]} ${upper(t(`plans.report.${key}`))}</h2>`;
  };
  const appendix = () => {
    letter = 0;
    return html`<h2 id="lampiran" class="chapter">${upper(t("plans.report.appendixWord"))}</h2>`;
  };
  const section = (id: string, title: string) => html`<h3 id="${id}">${String.fromCharCode(65 + letter++)}. ${title}</h3>`;
  const year = c.period.slice(0, 4);
  const signedOn = issued?.issuedAt ?? c.generatedAt;
  const signature = signatureBlock(c, t, f, signedOn);
  const body = html`
<div class="no-print">
  <p><a href="${opts.links.pdf}">${t("plans.report.downloadPdf")}</a> · ${t("plans.report.printHint")}</p>
  ${issued && issued.versions.length > 1 ? html`<p>${t("plans.report.versions")}: ${issued.versions.map((v, i) => html`${i ? " · " : ""}<a href="${opts.links.self}?versi=${v.version}">${t("plans.report.versionLabel", { version: v.version, date: f.date(v.issuedAt) })}</a>`)}</p>` : ""}
</div>
<div id="report">
<section class="cover">
  <p>${upper(t("plans.report.city"))}</p>
  <h1>${t("plans.report.title")}</h1>
  <p><strong id="report-unit">${subject.name}</strong></p>
  <p>${t("plans.report.periodLabel")}: <strong id="report-period">${c.period}</strong></p>
  <p id="report-year">${t("plans.report.yearLabel")} ${year}</p>
</section>
<p class="status ${c.published ? "ok" : ""}" id="report-status">${c.published ? t("plans.report.fromSnapshot", { date: f.date(c.publishedAt) }) : t("plans.report.provisional")}
${issued ? html`<br>${t("plans.report.issued", { version: issued.version, date: f.date(issued.issuedAt) })}${issued.note ? html` — ${issued.note}` : ""}` : html`<br>${t("plans.report.draft")}`}
${newer ? html`<br><strong id="report-newer">${t("plans.report.newerVersion")} <a href="${opts.links.self}?versi=${newer.version}">${t("plans.report.versionLabel", { version: newer.version, date: f.date(newer.issuedAt) })}</a></strong>` : ""}</p>

<h2 id="kata-pengantar" class="chapter">${upper(t("plans.report.foreword"))}</h2>
${t(isCityReport(c) ? "plans.report.forewordCity" : "plans.report.forewordText", { unit: subject.name, period: c.period, year })
  .split(/\n{2,}/)
  .map((para) => html`<p>${para}</p>`)}
${signature}

<h2 id="daftar-isi" class="chapter">${upper(t("plans.report.contents"))}</h2>
${trusted(TOC_PLACEHOLDER)}

${chapter(1, "ch1")}
${section("bab-1-latar", t("plans.report.background"))}<p>${subject.background}</p>
${section("bab-1-dasar", t("plans.report.legalBasis"))}<ul><li>${t("plans.report.law1")}</li><li>${t("plans.report.law2")}</li><li>${t("plans.report.law3")}</li></ul>
${section("bab-1-tujuan", t("plans.report.purpose"))}<p>${t("plans.report.purposeText")}</p>

${chapter(2, "ch2")}
${section("bab-2-pelaksana", t("plans.report.organiser"))}<p>${subject.organiser}</p>
${section("bab-2-metode", t("plans.report.method"))}<p>${t("plans.report.methodText")}</p>
${section("bab-2-lokasi", t("plans.report.location"))}<p>${subject.location}</p>
${section("bab-2-waktu", t("plans.report.dates"))}<p>${f.date(c.periodStart)} – ${f.date(new Date(new Date(c.periodEnd).getTime() - 1))}</p>
${section("bab-2-responden", t("plans.report.sample"))}<p id="report-sample">${subject.sample}</p>

${chapter(3, "ch3")}
${section("bab-3-responden", t("plans.report.respondents"))}
<p>${t("plans.report.respondentsText", { count: fig.respondents })}</p>
${PROFILE_FIELDS.map((field) => {
  const counts = c.profile[field];
  const all = total(counts);
  return html`<table id="profile-${field}" class="profile"><caption>${t(`survey.${field}`)}</caption><thead><tr><th scope="col">${t(`survey.${field}`)}</th><th scope="col" class="n">${t("plans.report.count")}</th><th scope="col" class="n">%</th></tr></thead><tbody>
${[...PROFILE_VALUES[field], "unknown"].map((v) => html`<tr data-value="${v}"><th scope="row">${labelOf(field, v)}</th><td class="n">${counts[v] ?? 0}</td><td class="n">${pct(counts[v] ?? 0, all)}</td></tr>`)}
</tbody></table>`;
})}
${section("bab-3-ikm", t("plans.report.index"))}
<table id="report-elements"><thead><tr><th scope="col">${t("plans.element")}</th><th scope="col" class="n">NRR</th><th scope="col" class="n">${t("plans.report.weighted")}</th><th scope="col">${t("plans.report.chart")}</th></tr></thead><tbody>
${ELEMENT_KEYS.map((k) => {
  const v = fig.elements[k];
  return html`<tr data-element="${k}"><th scope="row">${el(k)}</th><td class="n" data-value="${v ?? ""}">${f.num(v, 3)}</td><td class="n">${v == null ? "–" : f.num(v / 9, 3)}</td><td><span class="bar" style="width:${v == null ? 0 : Math.round((v / 4) * 100)}%" aria-hidden="true"></span></td></tr>`;
})}
</tbody></table>
<table id="report-index"><tbody>
<tr><th scope="row">IKM (1–4)</th><td class="n" id="report-ikm" data-value="${fig.ikm?.value ?? ""}">${f.num(fig.ikm?.value, 3)}</td></tr>
<tr><th scope="row">${t("plans.report.converted")}</th><td class="n" id="report-ikm-converted" data-value="${fig.ikm?.converted ?? ""}">${f.num(fig.ikm?.converted)}</td></tr>
<tr><th scope="row">${t("plans.report.grade")}</th><td class="n" id="report-grade">${fig.ikm ? `${fig.ikm.grade} (${t(`grades.${fig.ikm.grade}`)})` : "–"}</td></tr>
<tr><th scope="row">${t("plans.report.score")}</th><td class="n" id="report-score" data-value="${fig.score ?? ""}">${f.num(fig.score)}${zoneText(fig, t)}</td></tr>
${isCityReport(c) ? html`<tr><th scope="row">${t("plans.cityReport.rankedUnits")}</th><td class="n" id="report-ranked">${ZONES.reduce((n, z) => n + c.city.zones[z].length, 0)}</td></tr>` : html`<tr><th scope="row">${t("plans.report.rank")}</th><td class="n" id="report-rank">${fig.rank ?? "–"}</td></tr>`}
</tbody></table>

${chapter(4, "ch4")}
${section("bab-4-unsur", t("plans.report.weakStrong"))}
<p>${t("plans.report.weakest")}: ${fig.weakest.map((w, i) => html`${i ? ", " : ""}${el(w.element)} (${f.num(w.nrr)})`)}.</p>
<p>${t("plans.report.strongest")}: ${fig.strongest.map((w, i) => html`${i ? ", " : ""}${el(w.element)} (${f.num(w.nrr)})`)}.</p>
${
  isCityReport(c)
    ? "" // comments are a unit's, selected for its own report
    : html`${section("bab-4-komentar", t("plans.report.comments"))}
${
  c.comments?.length
    ? html`<p>${t("plans.report.commentsSelected")}</p><div id="report-comments">${commentsByElement(c.comments).map(
        (g) =>
          html`<section class="comments" data-element="${g.element ?? ""}"><h4>${g.element ? el(g.element) : t("plans.report.commentsNoElement")}</h4><ul>${g.texts.map((text) => html`<li>${text}</li>`)}</ul></section>`,
      )}</div>`
    : html`<p>${t("plans.report.commentsText")}</p>`
}`
}
${section("bab-4-pengaduan", t("plans.report.complaints"))}
<table id="report-complaints"><thead><tr><th scope="col">${t("plans.report.category")}</th><th scope="col" class="n">${t("plans.report.count")}</th></tr></thead><tbody>
${COMPLAINT_CATEGORIES.map((cat) => html`<tr data-category="${cat}"><th scope="row">${t(`complaints.categories.${cat}`)}</th><td class="n">${c.complaintsByCategory[cat] ?? 0}</td></tr>`)}
</tbody></table>
${
  c.complaintsByChannel // absent in reports issued before channels were counted: nothing to show
    ? html`${section("bab-4-saluran", t("plans.report.complaintsByChannel"))}
<table id="report-complaint-channels"><thead><tr><th scope="col">${t("plans.report.channel")}</th><th scope="col" class="n">${t("plans.report.count")}</th></tr></thead><tbody>
${CHANNELS.map((ch) => html`<tr data-channel="${ch}"><th scope="row">${t(`complaintChannels.channels.${ch}`)}</th><td class="n">${c.complaintsByChannel![ch] ?? 0}</td></tr>`)}
</tbody></table>`
    : ""
}
${
  isCityReport(c)
    ? zonesSection(c, t, f, section("bab-4-zona", t("plans.cityReport.zones")))
    : html`${section("bab-4-rencana", t("plans.report.plan"))}
${c.plan ? html`<p>${t("plans.public.approvedOn", { date: f.date(c.plan.approvedAt) })}</p>${planActionsTable(c.plan, t, el)}` : html`<p>${t("plans.public.none")}</p>`}
${section("bab-4-rencana-lalu", t("plans.report.previousPlan"))}
${c.previousPlan ? html`${planActionsTable(c.previousPlan, t, el)}${planResultsTable(c.previousPlan, t, f, el)}` : html`<p>${t("plans.report.noPreviousPlan")}</p>`}`
}
${section("bab-4-tren", t("plans.report.trend"))}
<table id="report-trend"><thead><tr><th scope="col">${t("plans.period")}</th><th scope="col" class="n">${t("plans.report.converted")}</th><th scope="col">${t("plans.report.grade")}</th><th scope="col" class="n">${t("plans.report.score")}</th></tr></thead><tbody>
${c.trend.map((p) => html`<tr><th scope="row">${p.period}</th><td class="n">${f.num(p.ikm)}</td><td>${p.grade ?? "–"}</td><td class="n">${f.num(p.score)}</td></tr>`)}
</tbody></table>

${chapter(5, "ch5")}
<div id="report-conclusion">${conclusion.split(/\n{2,}/).map((para) => html`<p>${para}</p>`)}</div>
${signature}

${appendix()}
${section("lampiran-kuesioner", t("plans.report.questionnaire"))}
<ol>${ELEMENT_KEYS.map((k) => html`<li><strong>${t(`elements.${k}.name`)}</strong>: ${t(`elements.${k}.question`)}<br><span class="muted">${[1, 2, 3, 4].map((a) => `${a} = ${t(`elements.${k}.answers.${a}`)}`).join("; ")}</span></li>`)}</ol>
${section("lampiran-data", t("plans.report.processedData"))}
<table class="processed"><thead><tr><th scope="col">${t("plans.element")}</th><th scope="col" class="n">NRR</th><th scope="col" class="n">${t("plans.report.weighted")}</th></tr></thead><tbody>
${ELEMENT_KEYS.map((k) => html`<tr><th scope="row">${el(k)}</th><td class="n">${f.num(fig.elements[k], 3)}</td><td class="n">${fig.elements[k] == null ? "–" : f.num(fig.elements[k]! / 9, 3)}</td></tr>`)}
<tr><th scope="row">${t("plans.report.respondentsCount")}</th><td class="n" colspan="2">${fig.respondents}</td></tr>
<tr><th scope="row">IKM (1–4) · ${t("plans.report.converted")}</th><td class="n" colspan="2">${f.num(fig.ikm?.value, 3)} · ${f.num(fig.ikm?.converted)}</td></tr>
</tbody></table>
</div>
`;
  return (
    "<!doctype html>" +
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t("plans.report.title")} · ${subject.name} · ${c.period}</title><meta name="description" content="${t("plans.report.title")} ${subject.name} ${c.period}">
<style>${trusted(CSS)}${trusted(pageCss)}</style></head><body><main id="main">${body}</main></body></html>`.value.replace(TOC_PLACEHOLDER, () =>
      tableOfContents(body.value),
    )
  );
}

/** Chapter V as generated from the figures, for the secretariat to edit before issuing. */
export function generatedConclusion(c: ReportContent, t: Translate, f: Formatters): string {
  if (isCityReport(c)) return cityConclusion(c, t, f);
  const fig = c.figures;
  const parts = [
    fig.ikm
      ? t("plans.report.conclusionIkm", {
          unit: c.unit.name,
          period: c.period,
          ikm: f.num(fig.ikm.converted),
          grade: fig.ikm.grade,
          gradeName: t(`grades.${fig.ikm.grade}`),
          respondents: fig.respondents,
        })
      : t("plans.report.conclusionNoIkm", { unit: c.unit.name, period: c.period }),
  ];
  if (fig.weakest.length)
    parts.push(t("plans.report.conclusionWeak", { elements: fig.weakest.map((w) => `${t(`elements.${w.element}.name`)} (${f.num(w.nrr)})`).join(", ") }));
  if (!fig.sufficient) parts.push(t("plans.report.conclusionSample", { minimum: fig.minimumSample }));
  parts.push(c.plan ? t("plans.report.conclusionPlan", { count: c.plan.actions.length }) : t("plans.report.conclusionNoPlan"));
  return parts.join("\n\n");
}
