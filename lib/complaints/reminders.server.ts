// The deadline reminders: the working day before a case's verification or answer deadline, its
// handler (the unit head: their account's email, else the unit's posted number) is reminded,
// once per deadline (lib/schedule/once.server.ts). Run by `npm run notify:due`.
import type { Db } from "@/lib/db/db.server";
import { deadlineState, type Stage } from "@/lib/complaints/lifecycle";
import { translatorFor } from "@/lib/i18n/translator.server";
import { cityDay } from "@/lib/time/clock";
import { queueOnce } from "@/lib/schedule/once.server";
import { reminderDue } from "@/lib/schedule/reminders";
import { DEADLINE_TIMES, settingsAt, type NoticeOptions } from "./queries.server";
import { baseUrl, headRecipients } from "./recipients.server";

export type ReminderCounts = { verify: number; answer: number };

/** Queues the reminders due at `now` that were not queued before; how many of each it queued. */
export async function queueDeadlineReminders(db: Db, options: Pick<NoticeOptions, "now"> = {}): Promise<ReminderCounts> {
  const now = options.now ?? new Date();
  const settings = await settingsAt(db, now);
  // Only a case whose deadline can still be ahead: verification in working days takes at most
  // three calendar days for each plus two weeks of holidays.
  const horizonDays = Math.max(settings.answerDays, settings.verifyDays * 3 + 14) + 1;
  const earliest = new Date(now.getTime() - horizonDays * 86_400_000);
  const cases = await db.complaint.findMany({
    where: {
      status: { notIn: ["closed", "rejected", "held"] },
      OR: [{ verifiedAt: null }, { answeredAt: null }],
      AND: [{ OR: [{ reopenedAt: null, receivedAt: { gte: earliest } }, { reopenedAt: { gte: earliest } }] }],
    },
    select: { id: true, trackingCode: true, ...DEADLINE_TIMES, unit: { select: { id: true, name: true, headPhone: true } } },
    orderBy: { id: "asc" },
    take: 2000,
  });
  const counts: ReminderCounts = { verify: 0, answer: 0 };
  if (!cases.length) return counts;
  // Each reminder in its recipient's language (User.language; a posted number: Indonesian).
  const formats = {
    id: new Intl.DateTimeFormat("id-ID", { dateStyle: "full", timeStyle: "short", timeZone: "Asia/Jakarta" }),
    en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "Asia/Jakarta" }),
  };
  for (const c of cases) {
    const { deadlines } = deadlineState(c, settings, now);
    const owed: [Stage, Date][] = [];
    if (!c.verifiedAt && (c.status === "received" || c.status === "verifying")) owed.push(["verify", deadlines.verifyBy]);
    if (!c.answeredAt) owed.push(["answer", deadlines.answerBy]);
    for (const [stage, deadline] of owed) {
      if (!reminderDue(deadline, settings.nonWorkingDays, now)) continue;
      for (const { language, ...r } of await headRecipients(db, c.unit)) {
        const t = await translatorFor(language);
        const values = { code: c.trackingCode, unit: c.unit.name, deadline: formats[language].format(deadline), link: `${baseUrl()}/admin/pengaduan/${c.id}` };
        const queued = await queueOnce(
          db,
          // The deadline's day in the key: a reopened case has new deadlines and is reminded again.
          { recipient: r.recipient, kind: `reminder.${stage}`, period: `complaint:${c.id}:${cityDay(deadline)}` },
          { ...r, subject: t(`schedule.reminder.${stage}Subject`, values), body: t(`schedule.reminder.${stage}Body`, values), complaintId: c.id },
          now,
        );
        if (queued) counts[stage as "verify" | "answer"]++;
      }
    }
  }
  return counts;
}
