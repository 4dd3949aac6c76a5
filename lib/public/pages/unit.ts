// A unit's public page: score and zone, IKM and grade, the nine element means with the weakest
// named in words, the trend by quarter, complaint counts (never a case), the head's posted
// contact with tap-to-call and WhatsApp links, when the number was last checked, and a plain
// POST form to report that it does not answer.
import { PUBLIC_CACHE_MS } from "@/lib/cache/versioned-cache.server";
import { html } from "@/lib/html/template";
import type { ChannelCounts } from "@/lib/survey/channels.server";
import type { PublicPlan } from "@/lib/plans/plans.server";
import type { DirectoryUnit, UnitTrendPoint } from "@/lib/public/data.server";
import { unitPlansSection } from "@/lib/plans/public-html";
import { unitReportsSection } from "@/lib/report/public-html";
import type { PublishedReport } from "@/lib/report/published.server";
import type { ScoresReport } from "@/lib/scores/read-model.server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import { chartBox, chartLoader } from "@/lib/html/charts";
import { scoreTrend } from "@/lib/public/score-trend";
import type { Formatters } from "@/lib/i18n/format";
import { zoneBadge, type Shell } from "@/lib/html/layout";
import { categoryMark } from "@/lib/public/category";
import { telHref, whatsAppHref } from "@/lib/units/phone";
import { CHANNELS } from "@/lib/complaints/channels";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

type Input = {
  unit: DirectoryUnit;
  report: ScoresReport;
  trend: UnitTrendPoint[];
  channels: ChannelCounts;
  plans: PublicPlan[] | null;
  /** The unit's issued SKM reports (latest version of each), newest period first. */
  issuedReports: readonly PublishedReport[];
  reportState: string | null;
  locale: Locale;
  computedAt: Date;
};

export function unitPage(
  { unit, report, trend, channels, plans, issuedReports, reportState, locale, computedAt }: Input,
  t: Translate,
  f: Formatters,
): Omit<Shell, "locale" | "path" | "t"> {
  const period = report.period;
  const score = report.units.find((u) => u.slug === unit.slug) ?? null;
  const weakest = score?.weakestElement ?? null;
  const tel = telHref(unit.headPhone);
  const whatsApp = whatsAppHref(unit.headPhone);
  const elementNames = ELEMENT_KEYS.map((k, i) => `U${i + 1} ${t(`elements.${k}.name`)}`);
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(
    computedAt,
  );
  const description =
    score?.score != null
      ? t("public.unit.ogDescription", { name: unit.name, score: f.num(score.score), zone: t(`zones.${score.zone ?? "none"}`), period })
      : t("public.unit.ogDescriptionNoScore", { name: unit.name, period });
  const notice = (key: string, cls: string) => html`<p class="notice${cls}" role="status">${t(key)}</p>`;

  const body = html`<article><p class="muted"><a href="/peringkat">${t("public.unit.backToLeaderboard")}</a></p><h1>${unit.name}</h1>
<p class="muted">${locale === "en" ? unit.typeName.en : unit.typeName.id}${unit.kecamatan ? ` · ${t("public.unit.kecamatan", { name: unit.kecamatan })}` : ""}${unit.address ? ` · ${unit.address}` : ""}</p>
<section aria-labelledby="score-heading"><h2 id="score-heading">${t("public.unit.scoreHeading", { period })}</h2>
<dl class="figures"><div><dt>${t("public.unit.score")}</dt><dd data-testid="unit-score">${f.num(score?.score)}</dd></div>
<div><dt>${t("public.unit.zone")}</dt><dd data-testid="unit-zone">${categoryMark(score?.category, report.settings.zoneScheme, t)}${zoneBadge(score?.zone ?? null, t(`zones.${score?.zone ?? "none"}`))}</dd></div>
<div><dt>${t("public.unit.ikm")}</dt><dd>${score?.ikm ? `${f.num(score.ikm.converted)} (${score.ikm.grade}, ${t(`grades.${score.ikm.grade}`)})` : "–"}</dd></div>
<div><dt>${t("public.unit.rank")}</dt><dd>${score?.rank != null ? t("public.unit.rankOf", { rank: score.rank, total: report.city.rankedUnits }) : t("public.unit.notRanked")}</dd></div>
<div><dt>${t("public.unit.respondents")}</dt><dd>${score ? t("public.unit.respondentsOfMinimum", { respondents: score.respondents, minimum: score.minimumSample }) : "–"}</dd></div></dl>
${score && !score.sufficient ? html`<p class="notice info">${t("public.unit.insufficient", { minimum: score.minimumSample })}</p>` : ""}
<p data-testid="channels">${t("kiosk.channels.heading")}. ${t("kiosk.channels.summary", { period, ...channels })}</p>
<p class="muted" data-testid="as-of">${report.published ? t("public.leaderboard.published", { date: f.date(report.publishedAt) }) : t("publicPages.asOf", { time, seconds: Math.round(PUBLIC_CACHE_MS / 1000) })}</p></section>
<section aria-labelledby="elements-heading"><h2 id="elements-heading">${t("public.unit.elementsHeading")}</h2>
${weakest && score ? html`<p data-testid="weakest">${t("public.unit.weakest", { element: t(`elements.${weakest}.name`), value: f.num(score.elements[weakest]) })}</p>` : html`<p>${t("public.unit.noAnswers")}</p>`}
${score?.ikm ? chartBox({ kind: "bars", description: t("public.unit.elementsChartDescription"), labels: elementNames, values: ELEMENT_KEYS.map((k) => score.elements[k]), seriesLabel: t("public.unit.elementMean"), highlight: weakest ? ELEMENT_KEYS.indexOf(weakest) : null }, true) : ""}
<table><caption>${t("public.unit.elementsTable", { period })}</caption><thead><tr><th scope="col">${t("public.unit.element")}</th><th scope="col">${t("public.unit.elementMean")}</th></tr></thead><tbody>${ELEMENT_KEYS.map(
    (k, i) =>
      html`<tr${k === weakest ? html` class="weakest"` : ""}><th scope="row">${elementNames[i]}</th><td>${f.num(score?.elements[k])}${k === weakest ? ` (${t("public.unit.weakestMark")})` : ""}</td></tr>`,
  )}</tbody></table></section>
<section aria-labelledby="trend-heading"><h2 id="trend-heading">${t("public.unit.trendHeading")}</h2>
${trend.length > 0 ? scoreTrend(trend, report.settings, { series: t("public.unit.score"), description: t("public.unit.trendChartDescription"), caption: t("public.unit.trendTable") }, t, f) : html`<p>${t("public.unit.noTrend")}</p>`}</section>
${unitPlansSection(plans ?? [], t, f, (k) => `${k.toUpperCase()} ${t(`elements.${k}.name`)}`)}
${unitReportsSection(issuedReports, t, f)}
<section aria-labelledby="complaints-heading"><h2 id="complaints-heading">${t("public.unit.complaintsHeading", { period })}</h2>
<dl class="figures"><div><dt>${t("public.unit.complaintsReceived")}</dt><dd>${score?.complaints.received ?? 0}</dd></div><div><dt>${t("public.unit.complaintsSubstantiated")}</dt><dd>${score?.complaints.substantiated ?? 0}</dd></div>
<div><dt>${t("public.unit.complaintsAnsweredInTime")}</dt><dd>${score?.complaints.answeredWithinDeadline ?? 0}</dd></div><div><dt>${t("public.unit.substantiatedPer1000")}</dt><dd>${f.num(score?.complaints.substantiatedPer1000, 1)}</dd></div></dl>
${score?.complaints.byChannel ? complaintChannels(score.complaints, t, f) : ""}
<p class="muted">${t("public.unit.complaintsPrivacy")}</p></section>
<section aria-labelledby="contact-heading" id="kontak"><h2 id="contact-heading">${t("public.unit.contactHeading")}</h2><p>${t("public.unit.contactIntro")}</p>
<p><strong>${unit.headName}</strong>${unit.headTitle ? `, ${unit.headTitle}` : ""}</p><p class="phone">${unit.headPhone}</p>
<ul class="acts">${tel ? html`<li><a href="${tel}">${t("public.unit.call", { phone: unit.headPhone })}</a></li>` : ""}${whatsApp ? html`<li><a href="${whatsApp}" rel="noopener noreferrer">${t("public.unit.whatsApp")}</a></li>` : ""}</ul>
<p>${unit.headPhoneCheckedAt ? t("public.unit.checkedAt", { date: f.date(unit.headPhoneCheckedAt) }) : t("public.unit.neverChecked")}</p>
${unit.escalation ? escalationContact(unit.escalation, t) : ""}
${reportState === "terkirim" ? notice("public.unit.reportThanks", " info") : reportState === "gagal" ? notice("public.unit.reportFailed", "") : reportState === "dibatasi" ? notice("public.unit.reportLimited", "") : ""}
<form method="post" action="/unit/${unit.slug}/nomor-tidak-aktif" class="np"><input type="hidden" name="confirm" value="1"><button type="submit" class="secondary">${t("public.unit.reportButton")}</button> <span class="hint">${t("public.unit.reportHint")}</span></form></section>
<section aria-labelledby="act-heading" class="np"><h2 id="act-heading">${t("public.unit.actHeading")}</h2><ul><li><a href="/s/${unit.slug}">${t("public.unit.rateLink")}</a></li><li><a href="/pengaduan?unit=${unit.slug}">${t("public.unit.complainLink")}</a></li></ul></section></article>`;
  return {
    title: unit.name,
    description,
    body,
    wide: true,
    image: `/unit/${unit.slug}/opengraph-image`,
    script: score?.ikm || trend.length > 0 ? chartLoader() : undefined,
  };
}

/** Complaints by channel and the reporters' verdicts (issue 12), from the scores read model. */
function complaintChannels(complaints: NonNullable<ScoresReport["units"][number]["complaints"]>, t: Translate, f: Formatters) {
  const byChannel = complaints.byChannel!;
  return html`<h3 id="complaints-by-channel">${t("complaintChannels.public.byChannel")}</h3><dl class="figures" aria-labelledby="complaints-by-channel">${CHANNELS.filter(
    (c) => byChannel[c] > 0,
  ).map(
    (c) => html`<div><dt>${t(`complaintChannels.channels.${c}`)}</dt><dd>${byChannel[c]}</dd></div>`,
  )}<div><dt>${t("complaintChannels.public.satisfied")}</dt><dd id="satisfied-share">${complaints.satisfiedShare == null ? t("complaintChannels.public.noVerdicts") : t("complaintChannels.public.satisfiedValue", { share: f.num(complaints.satisfiedShare, 0), count: complaints.verdicts ?? 0 })}</dd></div></dl>`;
}

/** The escalation line above the head (issue 12), shown under the head's number. */
function escalationContact(contact: NonNullable<DirectoryUnit["escalation"]>, t: Translate) {
  const tel = telHref(contact.phone);
  const whatsApp = whatsAppHref(contact.phone);
  return html`<div id="escalation-contact"><h3>${t("complaintChannels.escalation.heading")}</h3><p>${t("complaintChannels.escalation.intro")}</p>
<p class="contact-name"><strong>${contact.name}</strong>${contact.title ? `, ${contact.title}` : ""}</p>
<p class="contact-phone">${tel ? html`<a href="${tel}">${contact.phone}</a>` : contact.phone}${whatsApp ? html` · <a href="${whatsApp}" rel="noopener noreferrer">${t("public.unit.whatsApp")}</a>` : ""}</p></div>`;
}

export function notFoundPage(t: Translate): Omit<Shell, "locale" | "path" | "t"> {
  const body = html`<h1>${t("public.notFound.title")}</h1><p>${t("public.notFound.text")}</p><p><a href="/peringkat">${t("public.notFound.toLeaderboard")}</a> · <a href="/">${t("public.notFound.toHome")}</a></p>`;
  return { title: t("public.notFound.title"), description: t("public.notFound.text"), body };
}
