// The weekly digests in the database: what each recipient gets (planDigests, also the workspace's
// preview) and queueing them once per recipient and week (npm run notify:due). Recipients: each
// unit head (their accounts' email without digestOff, else once a week the posted number), the
// secretariat (every active admin without digestOff), each escalation line (its phone).
import type { Db } from "@/lib/db/db.server";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { DEADLINE_TIMES, settingsAt } from "@/lib/complaints/queries.server";
import { baseUrl } from "@/lib/complaints/recipients.server";
import type { Translate } from "@/lib/i18n/translator.server";
import { translatorFor } from "@/lib/i18n/translator.server";
import { weakestElement, type Answer } from "@/lib/alerts/rule";
import { queueOnce } from "@/lib/schedule/once.server";
import { addResponse, emptyTotals } from "@/lib/scores/elements";
import { convertIkm, ikm } from "@/lib/scores/ikm";
import { escalationDigest, headDigest, renderHtml, renderText, secretariatDigest, type Digest, type WeekFigures } from "./content";
import { digestWeek, type DigestWeek } from "./week";

export type PlannedDigest = { role: "head" | "secretariat" | "escalation"; channel: "email" | "phone"; recipient: string; unit?: string; digest: Digest };

const ANSWER = { u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true } as const;

function figures(answers: Answer[]): WeekFigures {
  const totals = emptyTotals();
  for (const a of answers) addResponse(totals, a);
  const value = ikm(totals);
  return { answers: answers.length, ikm: value === null ? null : convertIkm(value) };
}

/** Every digest of the week `week` (its data as of `now`), in recipient order. */
export async function planDigests(db: Db, week: DigestWeek, now: Date, t: Translate): Promise<PlannedDigest[]> {
  const label = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Jakarta" });
  const weekLabel = `${label.format(week.lastWeek.from)} – ${label.format(new Date(week.lastWeek.to.getTime() - 86_400_000))}`;
  const deadlineFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
  const [units, responses, cases, settings, reports, alerts, heads, admins] = await Promise.all([
    db.unit.findMany({
      where: { active: true },
      select: { id: true, name: true, headName: true, headPhone: true, escalationPhone: true },
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
    settingsAt(db, now),
    db.contactReport.groupBy({ by: ["unitId"], where: { resolvedAt: null }, _count: { _all: true } }),
    db.alert.groupBy({ by: ["unitId"], where: { acknowledgedAt: null }, _count: { _all: true } }),
    db.user.findMany({
      where: { role: "unit_head", active: true, digestOff: false, unitId: { not: null } },
      select: { email: true, unitId: true },
      orderBy: { email: "asc" },
    }),
    db.user.findMany({ where: { role: "admin", active: true, digestOff: false }, select: { email: true }, orderBy: { email: "asc" } }),
  ]);
  const lastWeek = new Map<number, Answer[]>();
  const weekBefore = new Map<number, Answer[]>();
  for (const { unitId, submittedAt, ...answer } of responses) {
    const into = submittedAt >= week.lastWeek.from ? lastWeek : weekBefore;
    into.set(unitId, [...(into.get(unitId) ?? []), answer]);
  }
  const casesByUnit = new Map<number, { code: string; deadline: string; overdue: boolean; overdueVerify: boolean }[]>();
  for (const c of cases) {
    const { deadlines, overdue } = deadlineState(c, settings, now);
    const next = !c.verifiedAt ? deadlines.verifyBy : !c.answeredAt ? deadlines.answerBy : deadlines.closeBy;
    const entry = { code: c.trackingCode, deadline: deadlineFormat.format(next), overdue: overdue.length > 0, overdueVerify: overdue.includes("verify") };
    casesByUnit.set(c.unitId, [...(casesByUnit.get(c.unitId) ?? []), entry]);
  }
  const reportsByUnit = new Map(reports.map((r) => [r.unitId, r._count._all]));
  const alertsByUnit = new Map(alerts.map((a) => [a.unitId, a._count._all]));
  const link = `${baseUrl()}/admin`;
  const planned: PlannedDigest[] = [];

  for (const unit of units) {
    const answers = lastWeek.get(unit.id) ?? [];
    const weakest = weakestElement(answers);
    const digest = headDigest(
      {
        unit: unit.name,
        week: weekLabel,
        last: figures(answers),
        before: figures(weekBefore.get(unit.id) ?? []),
        weakest: weakest ? t(`elements.${weakest}.name`) : null,
        openCases: (casesByUnit.get(unit.id) ?? []).map(({ code, deadline, overdue }) => ({ code, deadline, overdue })),
        contactReports: reportsByUnit.get(unit.id) ?? 0,
        openAlerts: alertsByUnit.get(unit.id) ?? 0,
        link,
      },
      t,
    );
    const accounts = heads.filter((h) => h.unitId === unit.id);
    // A head without an account: their posted number, once a week (the key of queueDigests).
    if (accounts.length) for (const a of accounts) planned.push({ role: "head", channel: "email", recipient: a.email, unit: unit.name, digest });
    else if (unit.headPhone) planned.push({ role: "head", channel: "phone", recipient: unit.headPhone, unit: unit.name, digest });
  }

  const city = secretariatDigest(
    {
      week: weekLabel,
      last: figures([...lastWeek.values()].flat()),
      before: figures([...weekBefore.values()].flat()),
      unitsWithoutAnswers: units.filter((u) => !lastWeek.has(u.id)).map((u) => u.name),
      overdueByUnit: units.map((u) => ({ unit: u.name, count: (casesByUnit.get(u.id) ?? []).filter((c) => c.overdue).length })).filter((u) => u.count > 0),
      openAlerts: units.map((u) => ({ unit: u.name, count: alertsByUnit.get(u.id) ?? 0 })).filter((u) => u.count > 0),
      link,
    },
    t,
  );
  for (const a of admins) planned.push({ role: "secretariat", channel: "email", recipient: a.email, digest: city });

  const lines = new Map<string, typeof units>();
  for (const u of units) if (u.escalationPhone) lines.set(u.escalationPhone, [...(lines.get(u.escalationPhone) ?? []), u]);
  for (const [phone, covered] of lines) {
    const digest = escalationDigest(
      {
        week: weekLabel,
        headsOverdue: covered
          .map((u) => ({ unit: u.name, head: u.headName, count: (casesByUnit.get(u.id) ?? []).filter((c) => c.overdueVerify).length }))
          .filter((h) => h.count > 0),
        notAnswering: covered.map((u) => ({ unit: u.name, phone: u.headPhone, count: reportsByUnit.get(u.id) ?? 0 })).filter((n) => n.count > 0),
        link,
      },
      t,
    );
    planned.push({ role: "escalation", channel: "phone", recipient: phone, digest });
  }
  return planned;
}

/** Queues the digests of the latest Monday 07:00 WIB, each once per recipient and week; how many it queued. */
export async function queueDigests(db: Db, options: { now?: Date; t?: Translate } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const week = digestWeek(now);
  // Cheap on the minutes when everything is sent: one key tells this instance the week is done.
  if (await db.notificationKey.count({ where: { recipient: "*", kind: "digest.done", period: week.key } })) return 0;
  const t = options.t ?? (await translatorFor("id"));
  let queued = 0;
  for (const p of await planDigests(db, week, now, t)) {
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
