// Alerts in the database: the rule the secretariat edits, raising them (right after answers are
// stored, ./on-answer.server.ts, and every minute by `npm run notify:due` as the catch-up), the
// list, and the head's acknowledgement.
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Db } from "@/lib/db/db.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { recordAudit } from "@/lib/audit/log.server";
import { isUniqueViolation } from "@/lib/complaints/errors";
import { baseUrl } from "@/lib/complaints/recipients.server";
import type { Translate } from "@/lib/i18n/translator.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { defaultLocale, userLocale, type Locale } from "@/lib/i18n/locales";
import { enqueue, type NewMessage } from "@/lib/notifications/outbox.server";
import { cityDay } from "@/lib/time/clock";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import { cityDayAt, isWorkingDay, workingDayBefore } from "@/lib/calendar/working-days";
import { crossesRule, DEFAULT_ALERT_RULE, judgeWindow, phoneText, wentQuiet, type AlertRule, type Answer } from "./rule";
import type { AlertRuleInput } from "./schema";

const SCOPE = "default";

export async function alertRule(db: Db): Promise<AlertRule> {
  const row = await db.alertSettings.findUnique({ where: { scope: SCOPE } });
  if (!row) return DEFAULT_ALERT_RULE;
  const { unhappyPercent, windowMinutes, minAnswers, unhappyMaxAverage, quietMinPerDay } = row;
  return { unhappyPercent, windowMinutes, minAnswers, unhappyMaxAverage, quietMinPerDay };
}

export async function saveAlertRule(db: Db, input: AlertRuleInput, actorId: number | null) {
  return db.$transaction(async (tx) => {
    const before = await tx.alertSettings.findUnique({ where: { scope: SCOPE } });
    const after = await tx.alertSettings.upsert({
      where: { scope: SCOPE },
      create: { scope: SCOPE, ...input, updatedById: actorId },
      update: { ...input, updatedById: actorId },
    });
    await recordAudit(tx, { actorId, action: "alerts.settings", entity: "alertSettings", entityId: SCOPE, before, after });
    return after;
  });
}

/**
 * Raises an "unhappy" alert for each unit whose answers of the last window cross the rule, unless
 * one was raised for it within the window; tells the head in the same transaction: by email to
 * each active head account, and by the webhook to the unit's posted number, at most once a city
 * day (a head without an account cannot be flooded). How many alerts it raised.
 */
export async function raiseUnhappyAlerts(db: Db, options: { now?: Date; unitIds?: readonly number[]; rule?: AlertRule } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const rule = options.rule ?? (await alertRule(db));
  const windowMs = rule.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  // The index (held, unitId, submittedAt) serves this; held and excluded answers never count.
  // `unitIds`: only these units (the check right after an answer is stored, ./on-answer.server.ts).
  // First counted in SQL (answers, unhappy ones) per unit: only a unit that crosses the rule has
  // its answers read, for the weakest element. Reading every answer of the window on each check
  // cost a busy server three quarters of its survey submissions (bench/README.md).
  if (options.unitIds && !options.unitIds.length) return 0;
  const crossing = (await windowCounts(db, since, now, rule, options.unitIds)).filter((c) => crossesRule(c.answers, c.unhappy, rule)).map((c) => c.unitId);
  if (!crossing.length) return 0;
  const rows = await db.surveyResponse.findMany({
    where: { held: false, excluded: false, submittedAt: { gt: since, lte: now }, unitId: { in: crossing } },
    select: { unitId: true, u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true },
  });
  const byUnit = new Map<number, Answer[]>();
  // Appended in place: copying a unit's list for every answer made each check quadratic in the
  // window's answers (a busy unit's thousands), which cut survey submissions to a quarter.
  for (const { unitId, ...values } of rows) {
    const list = byUnit.get(unitId);
    if (list) list.push(values);
    else byUnit.set(unitId, [values]);
  }
  let raised = 0;
  for (const [unitId, answers] of byUnit) {
    const verdict = judgeWindow(answers, rule);
    if (!verdict.fires) continue;
    if (await db.alert.findFirst({ where: { unitId, kind: "unhappy", createdAt: { gt: since } }, select: { id: true } })) continue;
    const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, headPhone: true, active: true } });
    if (!unit?.active) continue;
    // The window's start rounded down to whole windows: two instances raising at once share the key.
    const windowKey = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
    const values = (t: Translate) => ({
      unit: unit.name,
      minutes: rule.windowMinutes,
      answers: verdict.answers,
      unhappy: verdict.unhappy,
      element: verdict.weakest ? t(`elements.${verdict.weakest}.name`) : "-",
      link: `${baseUrl()}/admin/peringatan?unit=${unit.id}`,
    });
    const created = await createAlert(
      db,
      {
        unitId,
        kind: "unhappy",
        windowKey,
        windowStart: since,
        windowEnd: now,
        answers: verdict.answers,
        unhappy: verdict.unhappy,
        weakestElement: verdict.weakest,
        createdAt: now,
      },
      unit,
      (t) => ({
        subject: t("alerts.notify.subject", values(t)),
        body: t("alerts.notify.body", values(t)),
        phone: (name) => t("alerts.notify.phone", { ...values(t), unit: name }),
      }),
    );
    if (created) raised++;
  }
  return raised;
}

const ELEMENT_COLUMNS = ELEMENT_KEYS.map((k) => Prisma.raw(`"${k}"`));

/**
 * Each unit's answers in the window and how many are unhappy (their answered elements average at
 * most the rule's: rule.ts isUnhappy, in SQL), counted by the database.
 */
async function windowCounts(db: Db, since: Date, now: Date, rule: AlertRule, unitIds?: readonly number[]) {
  const answered = Prisma.join(
    ELEMENT_COLUMNS.map((c) => Prisma.sql`CASE WHEN ${c} IS NULL THEN 0 ELSE 1 END`),
    " + ",
  );
  const total = Prisma.join(
    ELEMENT_COLUMNS.map((c) => Prisma.sql`COALESCE(${c}, 0)`),
    " + ",
  );
  const rows = await db.$queryRaw<{ unitId: number; answers: bigint | number; unhappy: bigint | number }[]>`
    SELECT "unitId", COUNT(*) AS answers,
      SUM(CASE WHEN n > 0 AND total <= CAST(${rule.unhappyMaxAverage + 1e-9} AS DOUBLE PRECISION) * n THEN 1 ELSE 0 END) AS unhappy
    FROM (
      SELECT "unitId", (${answered}) AS n, (${total}) AS total FROM "SurveyResponse"
      WHERE held = ${false} AND excluded = ${false} AND "submittedAt" > ${since} AND "submittedAt" <= ${now}
        ${unitIds ? Prisma.sql`AND "unitId" IN (${Prisma.join([...unitIds])})` : Prisma.empty}
    ) AS window_answers
    GROUP BY "unitId"`;
  return rows.map((r) => ({ unitId: r.unitId, answers: Number(r.answers), unhappy: Number(r.unhappy) }));
}

type NewAlert = Parameters<Db["alert"]["create"]>[0]["data"] & { unitId: number };
type AlertText = { subject: string; body: string; phone: (unitName: string) => string };
/** The alert's text in a language (the translator of the recipient's). */
type AlertTexts = (t: Translate, language: Locale) => AlertText;

/**
 * Creates the alert and queues its messages in one transaction: email to each active head
 * account that has not turned alerts off, in the account's language, and the webhook to the
 * unit's posted number (in Indonesian) at most once a city day (a head without an account cannot
 * be flooded). False when the alert exists (another instance raised it first: the unique key).
 */
async function createAlert(db: Db, data: NewAlert, unit: { id: number; name: string; headPhone: string }, texts: AlertTexts): Promise<boolean> {
  const heads = await db.user.findMany({
    where: { role: "unit_head", unitId: unit.id, active: true, alertsOff: false },
    select: { email: true, language: true },
  });
  const messages: NewMessage[] = [];
  for (const h of heads) {
    const language = userLocale(h.language);
    const text = texts(await translatorFor(language), language);
    messages.push({ channel: "email", recipient: h.email, subject: text.subject, body: text.body });
  }
  const text = texts(await translatorFor(defaultLocale), defaultLocale);
  const now = data.createdAt as Date;
  try {
    await db.$transaction(async (tx) => {
      await tx.alert.create({ data });
      const phoneKey = { recipient: unit.headPhone, kind: "alert.phone", period: cityDay(now) };
      if (unit.headPhone && (await tx.notificationKey.count({ where: phoneKey })) === 0) {
        await tx.notificationKey.create({ data: { ...phoneKey, createdAt: now } });
        messages.push({ channel: "phone", recipient: unit.headPhone, subject: text.subject, body: phoneText({ template: text.phone }, unit.name) });
      }
      await enqueue(tx, messages, now);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false; // another instance raised it, or used today's phone message, first
    throw error;
  }
}

const USUAL_DAYS = 28;

/**
 * From 07:00 WIB of a working day: a "quiet" alert for each active unit that had no counted answer
 * on the previous working day although it usually has `quietMinPerDay` a working day (over the
 * four weeks before). Evaluated once a day (a key in NotificationKey), so the minute's job stays cheap.
 */
export async function raiseQuietAlerts(db: Db, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const nonWorking = await loadNonWorkingDays(db);
  if (!isWorkingDay(now, nonWorking) || now < cityDayAt(cityDay(now), 7)) return 0;
  const day = workingDayBefore(now, nonWorking);
  const check = { recipient: "*", kind: "alert.quiet-check", period: day };
  try {
    await db.notificationKey.create({ data: { ...check, createdAt: now } });
  } catch (error) {
    if (isUniqueViolation(error)) return 0; // already evaluated today
    throw error;
  }
  const rule = await alertRule(db);
  const dayStart = cityDayAt(day);
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);
  const from = new Date(dayStart.getTime() - USUAL_DAYS * 86_400_000);
  let workingDays = 0;
  for (let t = from.getTime() + 12 * 3_600_000; t < dayStart.getTime(); t += 86_400_000) if (isWorkingDay(new Date(t), nonWorking)) workingDays++;
  if (!workingDays) return 0;
  const counted = { held: false, excluded: false };
  const [before, that, units] = await Promise.all([
    db.surveyResponse.groupBy({ by: ["unitId"], where: { ...counted, submittedAt: { gte: from, lt: dayStart } }, _count: { _all: true } }),
    db.surveyResponse.groupBy({ by: ["unitId"], where: { ...counted, submittedAt: { gte: dayStart, lt: dayEnd } }, _count: { _all: true } }),
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, headPhone: true } }),
  ]);
  const usual = new Map(before.map((r) => [r.unitId, r._count._all / workingDays]));
  const answered = new Map(that.map((r) => [r.unitId, r._count._all]));
  const dayLabels = {
    id: new Intl.DateTimeFormat("id-ID", { dateStyle: "full", timeZone: "Asia/Jakarta" }).format(cityDayAt(day, 12)),
    en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "Asia/Jakarta" }).format(cityDayAt(day, 12)),
  };
  let raised = 0;
  for (const unit of units) {
    const perDay = usual.get(unit.id) ?? 0;
    if (!wentQuiet(answered.get(unit.id) ?? 0, perDay, rule)) continue;
    const values = (language: Locale) => ({
      unit: unit.name,
      day: dayLabels[language],
      usual: Math.round(perDay),
      link: `${baseUrl()}/admin/peringatan?unit=${unit.id}`,
    });
    const created = await createAlert(
      db,
      {
        unitId: unit.id,
        kind: "quiet",
        windowKey: day,
        windowStart: dayStart,
        windowEnd: dayEnd,
        answers: Math.round(perDay),
        unhappy: 0,
        weakestElement: null,
        createdAt: now,
      },
      unit,
      (t, language) => ({
        subject: t("alerts.notify.quietSubject", values(language)),
        body: t("alerts.notify.quietBody", values(language)),
        phone: (name) => t("alerts.notify.quietPhone", { ...values(language), unit: name }),
      }),
    );
    if (created) raised++;
  }
  return raised;
}
export type AlertFilter = { unitId?: number; state?: "open" | "acknowledged" };

/** Alerts newest first, within the caller's reach (`scope`: a head's own unit). */
export function listAlerts(db: Db, scope: { unitId?: number }, filter: AlertFilter = {}, take = 200) {
  return db.alert.findMany({
    where: {
      ...(filter.unitId !== undefined ? { unitId: filter.unitId } : {}),
      ...scope,
      ...(filter.state === "open" ? { acknowledgedAt: null } : filter.state === "acknowledged" ? { acknowledgedAt: { not: null } } : {}),
    },
    include: { unit: { select: { id: true, name: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
}

/** The head (or the secretariat) acknowledges an open alert with a note; false when it is not theirs or already acknowledged. */
export async function acknowledgeAlert(
  db: Db,
  id: number,
  note: string,
  actor: { id: number; scope: { unitId?: number } },
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const result = await tx.alert.updateMany({
      where: { id, acknowledgedAt: null, ...actor.scope },
      data: { acknowledgedAt: now, acknowledgedById: actor.id, note },
    });
    if (result.count !== 1) return false;
    await recordAudit(tx, { actorId: actor.id, action: "alert.acknowledge", entity: "alert", entityId: id, after: { note } });
    return true;
  });
}
