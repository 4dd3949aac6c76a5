// The SKM report as a PDF, generated on the server from the same report content as the HTML
// document (pdfkit: no browser needed in production). A4, the city, unit and period in every
// page's header, page numbers in the footer; standard PDF fonts, so nothing to ship or embed.
// A unit's report or the city's, as in the HTML document (lib/report/html.ts).
import PDFDocument from "pdfkit";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Formatters } from "@/lib/i18n/format";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { isCityReport, type ReportContent } from "@/lib/report/content.server";
import { COMPLAINT_CATEGORIES, PROFILE_FIELDS, PROFILE_VALUES } from "@/lib/report/counts.server";
import { CHANNELS } from "@/lib/complaints/channels";
import { commentsByElement } from "./comments";
import { planStatusText, subjectTexts, zoneText, type IssuedInfo } from "./html";
import { ZONES } from "./city";

const GROUP: Record<string, string> = { gender: "genders", ageBand: "ageBands", education: "educations", occupation: "occupations" };

export function reportPdf(c: ReportContent, issued: IssuedInfo, opts: { t: Translate; f: Formatters; generatedConclusion: string }): Promise<Buffer> {
  const { t, f } = opts;
  const el = (k: string) => `${k.toUpperCase()} ${t(`elements.${k}.name`)}`;
  const subject = subjectTexts(c, t);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 64, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `${t("plans.report.title")} ${subject.name} ${c.period}`, Author: t("plans.report.city") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const h1 = (text: string) => doc.moveDown(0.5).font("Helvetica-Bold").fontSize(15).text(text).moveDown(0.3).font("Helvetica").fontSize(10.5);
  const h2 = (text: string) => doc.moveDown(0.4).font("Helvetica-Bold").fontSize(12).text(text).moveDown(0.2).font("Helvetica").fontSize(10.5);
  const line = (label: string, value: string) => doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  const fig = c.figures;

  doc.font("Helvetica").fontSize(11).text(t("plans.report.city"), { align: "center" });
  doc.moveDown(1).font("Helvetica-Bold").fontSize(20).text(t("plans.report.title"), { align: "center" });
  doc.moveDown(0.5).fontSize(14).text(subject.name, { align: "center" });
  doc
    .font("Helvetica")
    .fontSize(12)
    .text(`${t("plans.report.periodLabel")}: ${c.period}`, { align: "center" });
  doc
    .moveDown(1)
    .fontSize(10.5)
    .text(c.published ? t("plans.report.fromSnapshot", { date: f.date(c.publishedAt) }) : t("plans.report.provisional"), { align: "center" });
  doc.text(issued ? t("plans.report.issued", { version: issued.version, date: f.date(issued.issuedAt) }) : t("plans.report.draft"), { align: "center" });

  doc.addPage();
  h1(`I. ${t("plans.report.ch1")}`);
  h2(t("plans.report.background"));
  doc.text(subject.background);
  h2(t("plans.report.legalBasis"));
  doc.list([t("plans.report.law1"), t("plans.report.law2"), t("plans.report.law3")]);
  h2(t("plans.report.purpose"));
  doc.text(t("plans.report.purposeText"));

  h1(`II. ${t("plans.report.ch2")}`);
  line(t("plans.report.organiser"), subject.organiser);
  line(t("plans.report.method"), t("plans.report.methodText"));
  line(t("plans.report.location"), subject.location);
  line(t("plans.report.dates"), `${f.date(c.periodStart)} - ${f.date(new Date(new Date(c.periodEnd).getTime() - 1))}`);
  line(t("plans.report.sample"), subject.sample);

  doc.addPage();
  h1(`III. ${t("plans.report.ch3")}`);
  doc.text(t("plans.report.respondentsText", { count: fig.respondents }));
  for (const field of PROFILE_FIELDS) {
    h2(t(`survey.${field}`));
    for (const v of [...PROFILE_VALUES[field], "unknown"]) {
      const label = v === "unknown" ? t("plans.report.notGiven") : t(`survey.${GROUP[field]}.${v}`);
      doc.text(`${label}: ${c.profile[field][v] ?? 0}`);
    }
  }
  h2(t("plans.report.index"));
  for (const k of ELEMENT_KEYS) doc.text(`${el(k)}: NRR ${f.num(fig.elements[k], 3)}`);
  doc.moveDown(0.5);
  line("IKM (1-4)", f.num(fig.ikm?.value, 3));
  line(t("plans.report.converted"), f.num(fig.ikm?.converted));
  line(t("plans.report.grade"), fig.ikm ? `${fig.ikm.grade} (${t(`grades.${fig.ikm.grade}`)})` : "-");
  line(t("plans.report.score"), `${f.num(fig.score)}${zoneText(fig, t)}`);

  doc.addPage();
  h1(`IV. ${t("plans.report.ch4")}`);
  line(t("plans.report.weakest"), fig.weakest.map((w) => `${el(w.element)} (${f.num(w.nrr)})`).join(", ") || "-");
  line(t("plans.report.strongest"), fig.strongest.map((w) => `${el(w.element)} (${f.num(w.nrr)})`).join(", ") || "-");
  if (!isCityReport(c)) {
    h2(t("plans.report.comments"));
    if (c.comments?.length) {
      doc.text(t("plans.report.commentsSelected"));
      for (const g of commentsByElement(c.comments)) {
        doc
          .moveDown(0.2)
          .font("Helvetica-Bold")
          .text(g.element ? el(g.element) : t("plans.report.commentsNoElement"))
          .font("Helvetica");
        doc.list(g.texts);
      }
    } else doc.text(t("plans.report.commentsText"));
  }
  h2(t("plans.report.complaints"));
  for (const cat of COMPLAINT_CATEGORIES) doc.text(`${t(`complaints.categories.${cat}`)}: ${c.complaintsByCategory[cat] ?? 0}`);
  if (c.complaintsByChannel) {
    h2(t("plans.report.complaintsByChannel"));
    for (const ch of CHANNELS) doc.text(`${t(`complaintChannels.channels.${ch}`)}: ${c.complaintsByChannel[ch] ?? 0}`);
  }
  if (isCityReport(c)) {
    h2(t("plans.cityReport.zones"));
    for (const z of ZONES) {
      doc
        .moveDown(0.2)
        .font("Helvetica-Bold")
        .text(`${t(`zones.${z}`)} (${c.city.zones[z].length})`)
        .font("Helvetica");
      for (const u of c.city.zones[z])
        doc.text(`${u.name}: ${f.num(u.ikm)} ${u.grade ?? ""}; ${t("plans.report.score")} ${f.num(u.score)}; ${planStatusText(u, t, f)}`);
    }
  } else {
    h2(t("plans.report.plan"));
    if (c.plan) {
      doc.text(t("plans.public.approvedOn", { date: f.date(c.plan.approvedAt) }));
      for (const a of c.plan.actions) doc.text(`${el(a.element)}: ${a.description} (${a.responsible}; ${a.dueOn}; ${t(`plans.actionStatuses.${a.status}`)})`);
    } else doc.text(t("plans.public.none"));
    h2(t("plans.report.previousPlan"));
    if (c.previousPlan) {
      for (const a of c.previousPlan.actions) doc.text(`${el(a.element)}: ${a.description} (${t(`plans.actionStatuses.${a.status}`)})`);
      for (const r of c.previousPlan.results.elements)
        doc.text(
          `${el(r.element)}: ${f.num(r.before)} -> ${f.num(r.after)} (${r.moved == null ? t("plans.movedUnknown") : r.moved ? t("plans.movedYes") : t("plans.movedNo")})`,
        );
    } else doc.text(t("plans.report.noPreviousPlan"));
  }
  h2(t("plans.report.trend"));
  for (const p of c.trend) doc.text(`${p.period}: ${f.num(p.ikm)} ${p.grade ?? ""}`);

  h1(`V. ${t("plans.report.ch5")}`);
  for (const para of (issued?.conclusion ?? opts.generatedConclusion).split(/\n{2,}/)) doc.text(para).moveDown(0.4);

  doc.addPage();
  h1(t("plans.report.appendix"));
  ELEMENT_KEYS.forEach((k, i) => doc.text(`${i + 1}. ${t(`elements.${k}.question`)}`).moveDown(0.2));

  // Header and page numbers on every page, once the page count is known.
  const range = doc.bufferedPageRange();
  const header = `${t("plans.report.city")} - ${subject.name} - ${c.period}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, right, top, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    doc.page.margins = { left, right, top: 0, bottom: 0 }; // writing in the margins must not add pages
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor("#444")
      .text(header, left, top / 2, { width, align: "center", lineBreak: false });
    doc.text(`${i + 1} / ${range.count}`, left, doc.page.height - bottom / 2, { width, align: "center", lineBreak: false });
    doc.page.margins = { left, right, top, bottom };
  }
  doc.end();
  return done;
}
