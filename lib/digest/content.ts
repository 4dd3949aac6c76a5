// The weekly digests' content (pure): what each recipient reads, as sections of lines, rendered
// as plain text (the email's text part and WhatsApp) and as HTML (the email's HTML part).
import { escapeHtml } from "@/lib/html/template";
import type { Translate } from "@/lib/i18n/translator.server";

export type Digest = { subject: string; intro: string; sections: { heading: string; lines: string[] }[]; link: string };

export function renderText(d: Digest): string {
  const parts = [d.intro, ...d.sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join("\n")), d.link];
  return parts.join("\n\n");
}

export function renderHtml(d: Digest): string {
  const sections = d.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n<ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`).join("\n");
  return `<!doctype html><html lang="id"><body><h1>${escapeHtml(d.subject)}</h1>\n<p>${escapeHtml(d.intro)}</p>\n${sections}\n<p><a href="${escapeHtml(d.link)}">${escapeHtml(d.link)}</a></p></body></html>`;
}

const fixed = (n: number | null) => (n === null ? "–" : n.toFixed(2));

export type WeekFigures = { answers: number; ikm: number | null };

export type HeadDigestData = {
  unit: string;
  week: string; // "28 Nov - 4 Des 2026"
  last: WeekFigures;
  before: WeekFigures;
  weakest: string | null; // the element's name
  openCases: { code: string; deadline: string; overdue: boolean }[];
  contactReports: number;
  openAlerts: number;
  link: string;
};

export function headDigest(d: HeadDigestData, t: Translate): Digest {
  const cases = d.openCases.length
    ? d.openCases.map((c) => t(c.overdue ? "digest.head.caseOverdue" : "digest.head.case", { code: c.code, deadline: c.deadline }))
    : [t("digest.head.noCases")];
  return {
    subject: t("digest.head.subject", { unit: d.unit, week: d.week }),
    intro: t("digest.head.intro", { unit: d.unit, week: d.week }),
    sections: [
      {
        heading: t("digest.head.survey"),
        lines: [
          t("digest.answers", { last: d.last.answers, before: d.before.answers }),
          t("digest.ikm", { last: fixed(d.last.ikm), before: fixed(d.before.ikm) }),
          t("digest.weakest", { element: d.weakest ?? "–" }),
        ],
      },
      { heading: t("digest.head.cases", { count: d.openCases.length }), lines: cases },
      {
        heading: t("digest.head.signals"),
        lines: [t("digest.head.contactReports", { count: d.contactReports }), t("digest.head.openAlerts", { count: d.openAlerts })],
      },
    ],
    link: d.link,
  };
}

export type SecretariatDigestData = {
  week: string;
  last: WeekFigures;
  before: WeekFigures;
  unitsWithoutAnswers: string[];
  overdueByUnit: { unit: string; count: number }[];
  openAlerts: { unit: string; count: number }[];
  link: string;
};

export function secretariatDigest(d: SecretariatDigestData, t: Translate): Digest {
  const list = (items: string[], none: string) => (items.length ? items : [none]);
  return {
    subject: t("digest.secretariat.subject", { week: d.week }),
    intro: t("digest.secretariat.intro", { week: d.week }),
    sections: [
      {
        heading: t("digest.secretariat.city"),
        lines: [
          t("digest.answers", { last: d.last.answers, before: d.before.answers }),
          t("digest.ikm", { last: fixed(d.last.ikm), before: fixed(d.before.ikm) }),
        ],
      },
      {
        heading: t("digest.secretariat.overdue"),
        lines: list(
          d.overdueByUnit.map((u) => t("digest.unitCount", u)),
          t("digest.none"),
        ),
      },
      { heading: t("digest.secretariat.silent"), lines: list(d.unitsWithoutAnswers, t("digest.none")) },
      {
        heading: t("digest.secretariat.alerts"),
        lines: list(
          d.openAlerts.map((u) => t("digest.unitCount", u)),
          t("digest.none"),
        ),
      },
    ],
    link: d.link,
  };
}

export type EscalationDigestData = {
  week: string;
  headsOverdue: { unit: string; head: string; count: number }[];
  notAnswering: { unit: string; phone: string; count: number }[];
  link: string;
};

/** Five lines at most, for the escalation line's phone: the heads with overdue verifications, the numbers reported as not answering. */
export function escalationDigest(d: EscalationDigestData, t: Translate): Digest {
  const lines = [...d.headsOverdue.map((h) => t("digest.escalation.headOverdue", h)), ...d.notAnswering.map((n) => t("digest.escalation.notAnswering", n))];
  return {
    subject: t("digest.escalation.subject", { week: d.week }),
    intro: t("digest.escalation.intro", { week: d.week }),
    sections: [{ heading: t("digest.escalation.heading"), lines: lines.length ? lines.slice(0, 5) : [t("digest.none")] }],
    link: d.link,
  };
}
