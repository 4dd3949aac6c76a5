// The weekly digests in the database: what each recipient gets (planDigests, also the workspace's
// preview) and queueing them once per recipient and week (npm run notify:due). Recipients: each
// unit head (their accounts' email without digestOff, else once a week the posted number), the
// secretariat (every active admin without digestOff), each escalation line (its phone). Each in
// the recipient's language (User.language); posted numbers and escalation lines in Indonesian.
import type { Db } from "@/lib/db/db.server";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { DEADLINE_TIMES, settingsAt } from "@/lib/complaints/queries.server";
import { baseUrl } from "@/lib/complaints/recipients.server";
import { cityDayAt, workingDayBefore } from "@/lib/calendar/working-days";
import { defaultLocale, locales, userLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { weakestElement, type Answer } from "@/lib/alerts/rule";
import { queueOnce } from "@/lib/schedule/once.server";
import { addResponse, emptyTotals } from "@/lib/scores/elements";
import { convertIkm, ikm } from "@/lib/scores/ikm";
import { currentQuarter, previousPeriod } from "@/lib/scores/period";
import { scoresFor } from "@/lib/scores/read-model.server";
import { escalationDigest, headDigest, renderHtml, renderText, secretariatDigest, type Digest, type WeekFigures } from "./content";
import { actionDue, ACTION_HORIZON_DAYS, silentKiosks, zoneChanges } from "./lines";
import { digestWeek, type DigestWeek } from "./week";

export type PlannedDigest = {
  role: "head" | "secretariat" | "escalation";
  channel: "email" | "phone";
  recipient: string;
  unit?: string;
  language: Locale;
  digest: Digest;
};

const ANSWER = { u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true } as const;

function figures(answers: Answer[]): WeekFigures {
  const totals = emptyTotals();
  for (const a of answers) addResponse(totals, a);
  const value = ikm(totals);
  return { answers: answers.length, ikm: value === null ? null : convertIkm(value) };
}

/** Dates as the recipient reads them, in the city's time zone. */
function formats(locale: Locale) {
  const tag = locale === "en" ? "en-GB" : "id-ID";
  const day = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Jakarta" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return { day: (d: Date) => day.format(d), dateTime: (d: Date) => dateTime.format(d) };
}

/** A digest built once per language it is needed in. */
function perLanguage(build: (locale: Locale, t: Translate) => Digest, translators: Record<Locale, Translate>): (locale: Locale) => Digest {
  const built = new Map<Locale, Digest>();
  return (locale) => {
    if (!built.has(locale)) built.set(locale, build(locale, translators[locale]));
    return built.get(locale)!;
  };
}

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Every digest of the week `week` (its data as of `now`), in recipient order, each in its recipient's language. */
export async function planDigests(db: Db, week: DigestWeek, now: Date): Promise<PlannedDigest[]> {
  const translators = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await translatorFor(l)] as const))) as Record<Locale, Translate>;
  const format = Object.fromEntries(locales.map((l) => [l, formats(l)])) as Record<Locale, ReturnType<typeof formats>>;
  const weekLabel = (l: Locale) => `${format[l].day(week.lastWeek.from)} – ${format[l].day(new Date(week.lastWeek.to.getTime() - 86_400_000))}`;
  // The zones: the quarter the digest's week ends in, so far, against the quarter before (README.md).
  const quarter = currentQuarter(new Date(week.lastWeek.to.getTime() - 86_400_000));
  const previousQuarter = previousPeriod(quarter);
  const settings = await settingsAt(db, now);
  const kioskSince = cityDayAt(workingDayBefore(now, settings.nonWorkingDays));
  const [units, responses, cases, reports, alerts, heads, admins, actions, kiosks, scores, previousScores] = await Promise.all([
    db.unit.findMany({
      where: { active: true },
      select: { id: true, slug: true, name: true, headName: true, headPhone: true, escalationPhone: true },
      orderBy: { name: "asc" },
    }),
    db.surveyResponse.findMany({
      where: { held: false, excluded: false, submittedAt: { gte: week.weekBefore.from, lt: week.lastWeek.to } },
      select: { unitId: true, submittedAt: true, ...ANSWER },
    }),
    db.complaint.findMany({
      where: { status: { notIn: ["closed", "rejected", "held"] } },
      select: { id: true, unitId: true, trackingCode: true, ...DEADLINE_TIMES },
      orderBy: { receivedAt: "asc" },
    }),
    db.contactReport.groupBy({ by: ["unitId"], where: { resolvedAt: null }, _count: { _all: true } }),
    db.alert.groupBy({ by: ["unitId"], where: { acknowledgedAt: null }, _count: { _all: true } }),
    db.user.findMany({
      where: { role: "unit_head", active: true, digestOff: false, unitId: { not: null } },
      select: { email: true, unitId: true, language: true },
      orderBy: { email: "asc" },
    }),
    db.user.findMany({ where: { role: "admin", active: true, digestOff: false }, select: { email: true, language: true }, orderBy: { email: "asc" } }),
    // Only an approved plan's actions are the unit's commitments; a draft can still change.
    db.planAction.findMany({
      where: {
        status: { in: ["planned", "in_progress"] },
        dueOn: { lt: new Date(now.getTime() + ACTION_HORIZON_DAYS * 86_400_000) },
        plan: { status: "approved" },
      },
      select: { description: true, element: true, dueOn: true, status: true, plan: { select: { unitId: true } } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    }),
    db.kioskDevice.findMany({
      where: { pairedAt: { not: null }, revokedAt: null, unit: { active: true } },
      select: { id: true, name: true, pairedAt: true, lastSeenAt: true, unit: { select: { name: true } } },
      orderBy: [{ unitId: "asc" }, { id: "asc" }],
    }),
    scoresFor(db, quarter.key, now),
    scoresFor(db, previousQuarter.key, now),
  ]);
  const answeredKiosks = kiosks.length
    ? await db.surveyResponse.groupBy({ by: ["deviceId"], where: { deviceId: { in: kiosks.map((k) => k.id) }, submittedAt: { gte: kioskSince } } })
    : [];

  const lastWeek = new Map<number, Answer[]>();
  const weekBefore = new Map<number, Answer[]>();
  for (const { unitId, submittedAt, ...answer } of responses) {
    const into = submittedAt >= week.lastWeek.from ? lastWeek : weekBefore;
    into.set(unitId, [...(into.get(unitId) ?? []), answer]);
  }
  const casesByUnit = new Map<number, { code: string; deadline: Date; overdue: boolean; overdueVerify: boolean }[]>();
  for (const c of cases) {
    const { deadlines, overdue } = deadlineState(c, settings, now);
    const next = !c.verifiedAt ? deadlines.verifyBy : !c.answeredAt ? deadlines.answerBy : deadlines.closeBy;
    const entry = { code: c.trackingCode, deadline: next, overdue: overdue.length > 0, overdueVerify: overdue.includes("verify") };
    casesByUnit.set(c.unitId, [...(casesByUnit.get(c.unitId) ?? []), entry]);
  }
  const actionsByUnit = new Map<number, typeof actions>();
  for (const a of actions) if (actionDue(a, now)) actionsByUnit.set(a.plan.unitId, [...(actionsByUnit.get(a.plan.unitId) ?? []), a]);
  const reportsByUnit = new Map(reports.map((r) => [r.unitId, r._count._all]));
  const alertsByUnit = new Map(alerts.map((a) => [a.unitId, a._count._all]));
  const scoreBySlug = new Map(scores.units.map((u) => [u.slug, u]));
  const link = `${baseUrl()}/admin`;
  const planned: PlannedDigest[] = [];

  for (const unit of units) {
    const answers = lastWeek.get(unit.id) ?? [];
    const weakest = weakestElement(answers);
    const digestIn = perLanguage(
      (l, t) =>
        headDigest(
          {
            unit: unit.name,
            week: weekLabel(l),
            last: figures(answers),
            before: figures(weekBefore.get(unit.id) ?? []),
            weakest: weakest ? t(`elements.${weakest}.name`) : null,
            openCases: (casesByUnit.get(unit.id) ?? []).map(({ code, deadline, overdue }) => ({ code, deadline: format[l].dateTime(deadline), overdue })),
            planActions: (actionsByUnit.get(unit.id) ?? []).map((a) => ({
              description: shorten(a.description),
              element: t(`elements.${a.element}.name`),
              due: format[l].day(a.dueOn),
              overdue: a.dueOn < now,
            })),
            contactReports: reportsByUnit.get(unit.id) ?? 0,
            openAlerts: alertsByUnit.get(unit.id) ?? 0,
            link,
          },
          t,
          l,
        ),
      translators,
    );
    const accounts = heads.filter((h) => h.unitId === unit.id);
    // A head without an account: their posted number, once a week (the key of queueDigests), in Indonesian.
    for (const a of accounts) {
      const language = userLocale(a.language);
      planned.push({ role: "head", channel: "email", recipient: a.email, unit: unit.name, language, digest: digestIn(language) });
    }
    if (!accounts.length && unit.headPhone) {
      planned.push({ role: "head", channel: "phone", recipient: unit.headPhone, unit: unit.name, language: defaultLocale, digest: digestIn(defaultLocale) });
    }
  }

  const previousBySlug = new Map(previousScores.units.map((u) => [u.slug, u.score]));
  const nameBySlug = new Map(units.map((u) => [u.slug, u.name]));
  const changes = zoneChanges(
    units.map((u) => ({ unit: u.slug, score: scoreBySlug.get(u.slug)?.score ?? null })),
    previousBySlug,
    scores.settings.zoneScheme,
  ).map((c) => ({ ...c, unit: nameBySlug.get(c.unit) ?? c.unit }));
  const silent = silentKiosks(
    kiosks.map((k) => ({ id: k.id, unit: k.unit.name, name: k.name, pairedAt: k.pairedAt, lastSeenAt: k.lastSeenAt })),
    new Set(answeredKiosks.map((r) => r.deviceId).filter((id): id is number => id !== null)),
    kioskSince,
  );
  const cityIn = perLanguage(
    (l, t) =>
      secretariatDigest(
        {
          week: weekLabel(l),
          last: figures([...lastWeek.values()].flat()),
          before: figures([...weekBefore.values()].flat()),
          unitsWithoutAnswers: units.filter((u) => !lastWeek.has(u.id)).map((u) => u.name),
          overdueByUnit: units.map((u) => ({ unit: u.name, count: (casesByUnit.get(u.id) ?? []).filter((c) => c.overdue).length })).filter((u) => u.count > 0),
          openAlerts: units.map((u) => ({ unit: u.name, count: alertsByUnit.get(u.id) ?? 0 })).filter((u) => u.count > 0),
          zones: { period: quarter.key, previous: previousQuarter.key, changes },
          silentKiosks: {
            since: format[l].day(kioskSince),
            kiosks: silent.map((k) => ({ unit: k.unit, kiosk: k.name, seen: k.lastSeenAt ? format[l].dateTime(k.lastSeenAt) : null })),
          },
          link,
        },
        t,
        l,
      ),
    translators,
  );
  for (const a of admins) {
    const language = userLocale(a.language);
    planned.push({ role: "secretariat", channel: "email", recipient: a.email, language, digest: cityIn(language) });
  }

  // Escalation lines are phones without an account, hence without a chosen language: Indonesian.
  const lines = new Map<string, typeof units>();
  for (const u of units) if (u.escalationPhone) lines.set(u.escalationPhone, [...(lines.get(u.escalationPhone) ?? []), u]);
  for (const [phone, covered] of lines) {
    const digest = escalationDigest(
      {
        week: weekLabel(defaultLocale),
        red: covered.flatMap((u) => {
          const s = scoreBySlug.get(u.slug);
          return s?.zone === "red" && s.score !== null ? [{ unit: u.name, score: s.score.toFixed(2) }] : [];
        }),
        headsOverdue: covered
          .map((u) => ({ unit: u.name, head: u.headName, count: (casesByUnit.get(u.id) ?? []).filter((c) => c.overdueVerify).length }))
          .filter((h) => h.count > 0),
        notAnswering: covered.map((u) => ({ unit: u.name, phone: u.headPhone, count: reportsByUnit.get(u.id) ?? 0 })).filter((n) => n.count > 0),
        link,
      },
      translators[defaultLocale],
      defaultLocale,
    );
    planned.push({ role: "escalation", channel: "phone", recipient: phone, language: defaultLocale, digest });
  }
  return planned;
}

/** Queues the digests of the latest Monday 07:00 WIB, each once per recipient and week; how many it queued. */
export async function queueDigests(db: Db, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const week = digestWeek(now);
  // Cheap on the minutes when everything is sent: one key tells this instance the week is done.
  if (await db.notificationKey.count({ where: { recipient: "*", kind: "digest.done", period: week.key } })) return 0;
  let queued = 0;
  for (const p of await planDigests(db, week, now)) {
    const message = {
      channel: p.channel,
      recipient: p.recipient,
      subject: p.digest.subject,
      body: renderText(p.digest),
      html: p.channel === "email" ? renderHtml(p.digest) : null,
    };
    if (await queueOnce(db, { recipient: p.recipient, kind: "digest", period: week.key }, message, now)) queued++;
  }
  await queueOnce(db, { recipient: "*", kind: "digest.done", period: week.key }, null, now);
  return queued;
}
