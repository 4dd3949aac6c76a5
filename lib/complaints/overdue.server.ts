// The overdue-verification notices: the escalation contact and the secretariat hear, once per
// case, of each case still unverified past its deadline. Run by `npm run outbox:deliver`.
import type { Db } from "@/lib/db/db.server";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { deadlineStart } from "@/lib/complaints/deadlines";
import { translatorFor } from "@/lib/i18n/translator.server";
import { enqueue } from "@/lib/notifications/outbox.server";
import { DEADLINE_TIMES, settingsAt, type NoticeOptions } from "./queries.server";
import { baseUrl, roleRecipients, type Recipient } from "./recipients.server";

/**
 * Tells the escalation contact (the unit's escalation line, by phone through the webhook) and the
 * secretariat (every active admin, by email) of each case still unverified past its verification
 * deadline, once per case: the case is stamped in the same transaction, and only an unstamped
 * case can be stamped, so two runs at once cannot both send. Run from `npm run outbox:deliver`
 * (cron, every minute); `now` is the controllable clock of the tests.
 */
export async function notifyOverdueVerifications(db: Db, options: NoticeOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const settings = await settingsAt(db, now);
  // Working days are never fewer than calendar days: nothing received after this can be overdue yet.
  const latestStart = new Date(now.getTime() - settings.verifyDays * 86_400_000);
  const candidates = await db.complaint.findMany({
    where: {
      status: { in: ["received", "verifying"] },
      verifiedAt: null,
      overdueNotifiedAt: null,
      OR: [{ reopenedAt: null, receivedAt: { lte: latestStart } }, { reopenedAt: { lte: latestStart } }],
    },
    select: {
      id: true,
      trackingCode: true,
      ...DEADLINE_TIMES,
      unit: { select: { name: true, escalationName: true, escalationPhone: true } },
    },
    orderBy: { id: "asc" },
    take: 500,
  });
  const overdue = candidates.filter((c) => deadlineState(c, settings, now).overdue.includes("verify"));
  if (overdue.length === 0) return 0;
  const t = options.t ?? (await translatorFor("id"));
  const secretariat = await roleRecipients(db, "admin");
  const format = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
  let sent = 0;
  for (const c of overdue) {
    const recipients: Recipient[] = [
      ...(c.unit.escalationPhone ? [{ channel: "phone" as const, recipient: c.unit.escalationPhone, language: "id" as const }] : []),
      ...secretariat,
    ];
    const deadline = deadlineState(c, settings, now).deadlines.verifyBy;
    const values = {
      code: c.trackingCode,
      unit: c.unit.name,
      received: format.format(deadlineStart(c)),
      deadline: format.format(deadline),
      link: `${baseUrl()}/admin/pengaduan/${c.id}`,
    };
    const stamped = await db.$transaction(async (tx) => {
      const claim = await tx.complaint.updateMany({ where: { id: c.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (claim.count !== 1) return false;
      await enqueue(
        tx,
        recipients.map((r) => ({
          ...r,
          subject: t("complaintChannels.notify.overdueSubject", values),
          body: t("complaintChannels.notify.overdueBody", values),
          complaintId: c.id,
        })),
        now,
      );
      return true;
    });
    if (stamped) sent++;
  }
  return sent;
}
