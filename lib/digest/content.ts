// The weekly digests' content (pure): what each recipient reads, as sections of lines, rendered
// as plain text (the email's text part and WhatsApp) and as HTML (the email's HTML part).
import { escapeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import type { Zone } from "@/lib/scores/zones";

/** A digest in one language (`lang`: the recipient's, lib/i18n; the HTML part's lang attribute). */
export type Digest = { lang: Locale; subject: string; intro: string; sections: { heading: string; lines: string[] }[]; link: string };

export function renderText(d: Digest): string {
  const parts = [d.intro, ...d.sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join("\n")), d.link];
  return parts.join("\n\n");
}

export function renderHtml(d: Digest): string {
  const sections = d.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n<ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`).join("\n");
  return `<!doctype html><html lang="${d.lang}"><body><h1>${escapeHtml(d.subject)}</h1>\n<p>${escapeHtml(d.intro)}</p>\n${sections}\n<p><a href="${escapeHtml(d.link)}">${escapeHtml(d.link)}</a></p></body></html>`;
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
  // Actions of the unit's approved improvement plan due within a week or overdue, not done.
  planActions: { description: string; element: string; due: string; overdue: boolean }[];
  contactReports: number;
  openAlerts: number;
  link: string;
};

export function headDigest(d: HeadDigestData, t: Translate, lang: Locale = "id"): Digest {
  const cases = d.openCases.length
    ? d.openCases.map((c) => t(c.overdue ? "digest.head.caseOverdue" : "digest.head.case", { code: c.code, deadline: c.deadline }))
    : [t("digest.head.noCases")];
  const actions = d.planActions.length
    ? d.planActions.map(({ overdue, ...a }) => t(overdue ? "digest.head.planActionOverdue" : "digest.head.planAction", a))
    : [t("digest.head.noPlanActions")];
  return {
    lang,
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
      { heading: t("digest.head.plans", { count: d.planActions.length }), lines: actions },
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
  // Each unit's zone in the current quarter so far against the quarter before, both under the
  // current quarter's scheme (README.md: why not weekly zones).
  zones: { period: string; previous: string; changes: { unit: string; from: Zone; to: Zone }[] };
  // Paired kiosks without an answer since the start of the last working day (`since`).
  silentKiosks: { since: string; kiosks: { unit: string; kiosk: string; seen: string | null }[] };
  link: string;
};

export function secretariatDigest(d: SecretariatDigestData, t: Translate, lang: Locale = "id"): Digest {
  const list = (items: string[], none: string) => (items.length ? items : [none]);
  return {
    lang,
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
      {
        heading: t("digest.secretariat.zones", { period: d.zones.period, previous: d.zones.previous }),
        lines: list(
          d.zones.changes.map((c) => t("digest.secretariat.zoneChange", { unit: c.unit, from: t(`zones.${c.from}`), to: t(`zones.${c.to}`) })),
          t("digest.none"),
        ),
      },
      { heading: t("digest.secretariat.silent"), lines: list(d.unitsWithoutAnswers, t("digest.none")) },
      {
        heading: t("digest.secretariat.kiosks", { day: d.silentKiosks.since }),
        lines: list(
          d.silentKiosks.kiosks.map((k) => t("digest.secretariat.kiosk", { unit: k.unit, kiosk: k.kiosk, seen: k.seen ?? t("digest.secretariat.never") })),
          t("digest.none"),
        ),
      },
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
  red: { unit: string; score: string }[]; // the line's units in the red zone (current quarter so far)
  headsOverdue: { unit: string; head: string; count: number }[];
  notAnswering: { unit: string; phone: string; count: number }[];
  link: string;
};

export const ESCALATION_LINES = 5;

/**
 * Five lines at most, for the escalation line's phone: its units in the red, the heads with overdue
 * verifications, the numbers reported as not answering. Each one a line when they fit; when more,
 * a count per kind instead, so that nothing is cut off silently.
 */
export function escalationDigest(d: EscalationDigestData, t: Translate, lang: Locale = "id"): Digest {
  const items = d.red.length + d.headsOverdue.length + d.notAnswering.length;
  const lines =
    items <= ESCALATION_LINES
      ? [
          ...d.red.map((r) => t("digest.escalation.red", r)),
          ...d.headsOverdue.map((h) => t("digest.escalation.headOverdue", h)),
          ...d.notAnswering.map((n) => t("digest.escalation.notAnswering", n)),
        ]
      : (
          [
            ["redCount", d.red.length],
            ["headOverdueCount", d.headsOverdue.length],
            ["notAnsweringCount", d.notAnswering.length],
          ] as const
        )
          .filter(([, count]) => count > 0)
          .map(([key, count]) => t(`digest.escalation.${key}`, { count }));
  return {
    lang,
    subject: t("digest.escalation.subject", { week: d.week }),
    intro: t("digest.escalation.intro", { week: d.week }),
    sections: [{ heading: t("digest.escalation.heading"), lines: lines.length ? lines : [t("digest.none")] }],
    link: d.link,
  };
}
