// Complaints in the database: filing (with the reporter's contact kept apart, the first history
// event and the unit head's notification in one transaction), the public view by tracking code,
// the handlers' lists and case pages limited to their scope, and the lifecycle's steps, each
// appended to the case's history and never edited. The rules themselves are lib/complaints/.
import type { Db } from "@/lib/db.server";
import { recordAudit } from "@/lib/audit.server";
import { bumpPublicVersion } from "./public-version.server";
import {
  checkStep, deadlineState, ESCALATION_WINDOW_DAYS, escalationFor, FINAL, stampsOf, type ComplaintStatus, type Stage, type StepCheck, type StepInput,
} from "@/lib/complaints/lifecycle";
import { newTrackingCode, parseTrackingCode } from "@/lib/complaints/tracking-code";
import { translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { enqueue, type NewMessage } from "@/lib/notifications/outbox.server";
import { consume, type Limit } from "@/lib/rate-limit.server";
import { currentQuarter } from "@/lib/scoring/period";
import type { ComplaintInput } from "@/lib/validation/complaint";
import { settingsFor } from "./scores.server";

/**
 * Filings per client address per hour (COMPLAINT_RATE_LIMIT_PER_CLIENT, default 5);
 * COMPLAINT_RATE_LIMIT=0 turns it off (load tests), like SURVEY_RATE_LIMIT. Read on every call.
 */
export function complaintLimit(env: Record<string, string | undefined> = process.env): Limit | null {
  if (env.COMPLAINT_RATE_LIMIT === "0") return null;
  const points = Number(env.COMPLAINT_RATE_LIMIT_PER_CLIENT ?? 5);
  return { points: Number.isFinite(points) && points > 0 ? points : 5, durationSeconds: 3600 };
}

function baseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.PUBLIC_BASE_URL || env.NEXTAUTH_URL || "").replace(/\/+$/, "");
}

export type FileOutcome =
  | { ok: true; id: number; trackingCode: string }
  | { ok: false; reason: "unknown_unit" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export type FileContext = { clientKey: string; now?: Date; t?: Translate };

export async function fileComplaint(db: Db, input: ComplaintInput, context: FileContext): Promise<FileOutcome> {
  const unit = await db.unit.findFirst({ where: { slug: input.unit, active: true }, select: { id: true, name: true, headPhone: true } });
  if (!unit) return { ok: false, reason: "unknown_unit" };
  const limit = complaintLimit();
  if (limit) {
    const result = await consume("complaint-client", context.clientKey, limit);
    if (!result.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  const now = context.now ?? new Date();
  const t = context.t ?? (await translatorFor("id"));
  // The survey of the same visit is linked only when it is of the same unit (ids are guessable).
  const surveyResponseId = input.surveyResponseId
    ? ((await db.surveyResponse.findFirst({ where: { id: input.surveyResponseId, unitId: unit.id }, select: { id: true } }))?.id ?? null)
    : null;
  // The head's workspace account by email; a head without an account on their posted number
  // (through the webhook gateway), so that every new case reaches the head directly.
  const accounts = await db.user.findMany({ where: { role: "unit_head", unitId: unit.id, active: true }, select: { email: true } });
  const heads: { channel: "email" | "phone"; recipient: string }[] = accounts.length
    ? accounts.map((a) => ({ channel: "email", recipient: a.email }))
    : [{ channel: "phone", recipient: unit.headPhone }];
  const contact = input.anonymous ? null : input.contact;

  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      const id = await db.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: {
            trackingCode,
            unitId: unit.id,
            category: input.category,
            description: input.description,
            occurredAt: new Date(`${input.occurredOn}T00:00:00+07:00`),
            staffName: input.staffName ?? null,
            room: input.room ?? null,
            anonymous: input.anonymous,
            receivedAt: now,
            surveyResponseId,
            // The anonymous choice stores no contact at all, not even an empty row.
            reporter: contact ? { create: { name: contact.name ?? null, phone: contact.phone || null, email: contact.email || null } } : undefined,
            events: { create: { fromStatus: null, toStatus: "received", createdAt: now } },
          },
          select: { id: true },
        });
        const link = `${baseUrl()}/admin/pengaduan/${created.id}`;
        await enqueue(
          tx,
          heads.map((h) => ({
            ...h,
            subject: t("complaints.notify.newSubject", { unit: unit.name }),
            body: t("complaints.notify.newBody", { unit: unit.name, category: t(`complaints.categories.${input.category}`), link }),
            complaintId: created.id,
          })),
          now,
        );
        return created.id;
      });
      return { ok: true, id, trackingCode };
    } catch (error) {
      // A clash of 59-bit random codes is all but impossible; retry once or twice rather than fail.
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** What the reporter (and anyone holding the code) may see: never the contact, the text or internal notes. */
export type PublicComplaint = {
  trackingCode: string;
  status: ComplaintStatus;
  unit: { slug: string; name: string };
  category: string;
  receivedAt: Date;
  verifiedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
  answerDueBy: Date | null; // while no answer is written and the case is open
  history: { status: ComplaintStatus; at: Date; note: string | null }[];
};

export async function getPublicComplaint(db: Db, code: unknown, now = new Date()): Promise<PublicComplaint | null> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) return null;
  // An explicit select: nothing that is not listed here can reach a public page.
  const row = await db.complaint.findUnique({
    where: { trackingCode },
    select: {
      trackingCode: true, status: true, category: true, receivedAt: true, verifiedAt: true, answeredAt: true, closedAt: true, publicAnswer: true,
      unit: { select: { slug: true, name: true } },
      events: { select: { toStatus: true, createdAt: true, publicNote: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  const open = !row.answeredAt && !FINAL.has(row.status);
  const answerDueBy = open ? deadlineState(row, await settingsFor(db, currentQuarter(now).key), now).deadlines.answerBy : null;
  return {
    trackingCode: row.trackingCode,
    status: row.status,
    unit: row.unit,
    category: row.category,
    receivedAt: row.receivedAt,
    verifiedAt: row.verifiedAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    answer: row.publicAnswer,
    answerDueBy,
    history: row.events.map((e) => ({ status: e.toStatus, at: e.createdAt, note: e.publicNote })),
  };
}

/** The JSON of GET /api/v1/complaints/<code>. */
export function publicComplaintJson(c: PublicComplaint) {
  return {
    trackingCode: c.trackingCode,
    status: c.status,
    unit: c.unit,
    category: c.category,
    receivedAt: c.receivedAt.toISOString(),
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    answer: c.answer,
    answerDueBy: c.answerDueBy?.toISOString() ?? null,
    history: c.history.map((h) => ({ status: h.status, at: h.at.toISOString(), note: h.note })),
  };
}

export type CaseListRow = {
  id: number;
  trackingCode: string;
  unit: { slug: string; name: string };
  category: string;
  status: ComplaintStatus;
  receivedAt: Date;
  escalate: boolean;
  overdue: Stage[];
  deadlines: { verifyBy: Date; answerBy: Date; closeBy: Date };
};

export type CaseFilter = { status?: ComplaintStatus | "open"; overdueOnly?: boolean; take?: number };

/** Cases in the actor's scope (pass `unitScope(actor)`), newest first, with overdue stages. */
export async function listCases(db: Db, scope: { unitId?: number }, filter: CaseFilter = {}, now = new Date()): Promise<CaseListRow[]> {
  const settings = await settingsFor(db, currentQuarter(now).key);
  const status = filter.status === "open" ? { notIn: [...FINAL] } : filter.status;
  const rows = await db.complaint.findMany({
    where: { ...scope, ...(status ? { status } : {}) },
    select: {
      id: true, trackingCode: true, category: true, status: true, receivedAt: true, verifiedAt: true, answeredAt: true, closedAt: true, escalate: true,
      unit: { select: { slug: true, name: true } },
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: filter.overdueOnly ? undefined : (filter.take ?? 200),
  });
  const list = rows.map((r) => {
    const { deadlines, overdue } = deadlineState(r, settings, now);
    return { id: r.id, trackingCode: r.trackingCode, unit: r.unit, category: r.category, status: r.status, receivedAt: r.receivedAt, escalate: r.escalate, overdue, deadlines };
  });
  return filter.overdueOnly ? list.filter((r) => r.overdue.length > 0).slice(0, filter.take ?? 200) : list;
}

/** Where a case is, for the authorisation check before anything else is read. */
export async function caseUnitId(db: Db, id: number): Promise<number | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await db.complaint.findUnique({ where: { id }, select: { unitId: true } }))?.unitId ?? null;
}

/** The whole case for the users handling it, contact included. `scope` is enforced in the query. */
export async function getCase(db: Db, id: number, scope: { unitId?: number }, now = new Date()) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.complaint.findFirst({
    where: { id, ...scope },
    include: {
      unit: { select: { slug: true, name: true } },
      reporter: { select: { name: true, phone: true, email: true } },
      events: { include: { actor: { select: { name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  const settings = await settingsFor(db, currentQuarter(now).key);
  return { ...row, ...deadlineState(row, settings, now) };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** The JSON of GET /api/v1/workspace/complaints/<id>. */
export function caseJson(c: CaseDetail) {
  return {
    id: c.id,
    trackingCode: c.trackingCode,
    unit: c.unit,
    category: c.category,
    description: c.description,
    occurredAt: c.occurredAt?.toISOString() ?? null,
    staffName: c.staffName,
    room: c.room,
    anonymous: c.anonymous,
    reporter: c.reporter,
    status: c.status,
    action: c.action,
    severity: c.severity,
    escalate: c.escalate,
    answer: c.publicAnswer,
    receivedAt: c.receivedAt.toISOString(),
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    deadlines: { verifyBy: c.deadlines.verifyBy.toISOString(), answerBy: c.deadlines.answerBy.toISOString(), closeBy: c.deadlines.closeBy.toISOString() },
    overdue: c.overdue,
    events: c.events.map((e) => ({
      from: e.fromStatus, to: e.toStatus, at: e.createdAt.toISOString(), actor: e.actor?.name ?? null, reason: e.reason, evidence: e.evidence, publicNote: e.publicNote, action: e.action, severity: e.severity,
    })),
  };
}

export class CaseNotFoundError extends Error {}
/** The case changed under the handler (another handler moved it first): nothing was written. */
export class StaleCaseError extends Error {}

export type StepOutcome = { ok: true; kind: "transition" | "answer"; status: ComplaintStatus; escalate: boolean } | { ok: false; check: Extract<StepCheck, { ok: false }> };

/**
 * Applies one step of the lifecycle: checks it against the rules, then in one transaction moves
 * the status only if it is still the one the check saw, appends the event (who, when, why),
 * stamps the case, decides escalation on a verdict of "substantiated", audits it, and queues the
 * reporter's notification when they left a contact.
 */
export async function applyStep(db: Db, id: number, step: StepInput, actor: { id: number; scope: { unitId?: number } }, options: { now?: Date; t?: Translate } = {}): Promise<StepOutcome> {
  const now = options.now ?? new Date();
  const t = options.t ?? (await translatorFor("id"));
  const current = await db.complaint.findFirst({
    where: { id, ...actor.scope },
    select: { id: true, unitId: true, status: true, staffName: true, answeredAt: true, publicAnswer: true, trackingCode: true, reporter: { select: { phone: true, email: true } } },
  });
  if (!current) throw new CaseNotFoundError(String(id));
  const check = checkStep(current.status, !!current.publicAnswer, step);
  if (!check.ok) return { ok: false, check };

  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const note = clean(step.publicNote);
  let escalate = false;
  if (step.to === "substantiated") {
    const earlier = await db.complaint.findMany({
      where: { unitId: current.unitId, id: { not: id }, verifiedAt: { gte: new Date(now.getTime() - ESCALATION_WINDOW_DAYS * 86_400_000) }, events: { some: { toStatus: "substantiated" } } },
      select: { staffName: true },
    });
    escalate = escalationFor(current.staffName, earlier).escalate;
  }

  const status = await db.$transaction(async (tx) => {
    const moved = await tx.complaint.updateMany({
      where: { id, status: current.status },
      data: {
        status: step.to,
        ...stampsOf(step, current, now),
        ...(note ? { publicAnswer: note } : {}),
        ...(step.to === "action_taken" ? { action: step.action!, severity: step.severity! } : {}),
        ...(escalate ? { escalate: true } : {}),
      },
    });
    if (moved.count !== 1) throw new StaleCaseError(String(id));
    await tx.complaintEvent.create({
      data: {
        complaintId: id, fromStatus: current.status, toStatus: step.to, actorId: actor.id, reason: clean(step.reason), evidence: clean(step.evidence), publicNote: note,
        action: step.action ?? null, severity: step.severity ?? null, createdAt: now,
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: step.to === current.status ? "complaint.answer" : "complaint.transition", entity: "complaint", entityId: id, before: { status: current.status }, after: { status: step.to, escalate } });
    // The unit page counts received, substantiated and answered complaints.
    await bumpPublicVersion(tx);
    const reporter = current.reporter;
    if (reporter && (reporter.email || reporter.phone)) {
      const link = `${baseUrl()}/lacak/${current.trackingCode}`;
      const message: Omit<NewMessage, "channel" | "recipient"> = {
        subject: t("complaints.notify.updateSubject", { code: current.trackingCode }),
        body: t("complaints.notify.updateBody", { code: current.trackingCode, status: t(`complaints.status.${step.to}`), link }),
        complaintId: id,
      };
      await enqueue(tx, [reporter.email ? { ...message, channel: "email", recipient: reporter.email } : { ...message, channel: "phone", recipient: reporter.phone! }], now);
    }
    return step.to;
  });
  return { ok: true, kind: check.kind, status, escalate };
}

/** The outbox for the admin, newest first. */
export async function listOutbox(db: Db, take = 200) {
  return db.notificationOutbox.findMany({ orderBy: { id: "desc" }, take });
}
