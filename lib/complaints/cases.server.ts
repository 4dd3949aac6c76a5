// Complaints in the database: filing (with the reporter's contact kept apart, the first history
// event and the unit head's notification in one transaction), the public view by tracking code,
// the handlers' lists and case pages limited to their scope, and the lifecycle's steps, each
// appended to the case's history and never edited. The rules themselves are lib/complaints/.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "../cache/public-version.server";
import {
  checkStep, deadlineState, ESCALATION_WINDOW_DAYS, escalationFor, FINAL, stampsOf, type ComplaintStatus, type Stage, type StepCheck, type StepInput,
} from "@/lib/complaints/lifecycle";
import { newTrackingCode, parseTrackingCode } from "@/lib/complaints/tracking-code";
import { checkVerdict, reopening, roundAnsweredAt, verdictDeadline, type VerdictError, type VerdictState } from "@/lib/complaints/verdict";
import { deadlineStart } from "@/lib/complaints/deadlines";
import { DUPLICATE_WINDOW_DAYS, possibleDuplicates } from "@/lib/complaints/duplicates";
import { translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { enqueue, type NewMessage } from "@/lib/notifications/outbox.server";
import { consume, type Limit } from "@/lib/security/rate-limit.server";
import { currentQuarter } from "@/lib/scores/period";
import type { ComplaintInput } from "@/lib/complaints/schema";
import type { RecordedComplaintInput, VerdictInput } from "@/lib/complaints/recorded-schema";
import type { RecordedChannel } from "@/lib/complaints/channels";
import { settingsFor } from "../scores/read-model.server";
import { isRecordId } from "@/lib/http/record-id";

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
export type RecordOutcome = { ok: true; id: number; trackingCode: string } | { ok: false; reason: "unknown_unit" } | { ok: false; reason: "lapor_ticket_taken"; id: number };

/**
 * `channel` "web" (the form, the default) or "api"; `recorded` when a handler records a complaint
 * received elsewhere: its channel, when it was received (deadlines run from then), the LAPOR!
 * ticket, and the recorder, who is the actor of the first event. Recorded cases skip the
 * citizens' rate limit; the caller has checked the recorder's right to the unit.
 */
export type FileContext = {
  clientKey: string;
  now?: Date;
  t?: Translate;
  channel?: "web" | "api";
  recorded?: { channel: RecordedChannel; receivedAt: Date; laporTicket?: string; actorId: number };
};

/** A citizen's complaint, from the web form or the API. */
export async function fileComplaint(db: Db, input: ComplaintInput, context: Omit<FileContext, "recorded">): Promise<FileOutcome> {
  return createComplaint(db, input, context) as Promise<FileOutcome>;
}

/** A complaint received elsewhere, recorded by a handler (who may handle `input.unit`: checked by the caller). */
export async function recordComplaint(
  db: Db, input: RecordedComplaintInput, actorId: number, options: { now?: Date; t?: Translate } = {},
): Promise<RecordOutcome> {
  const recorded = { channel: input.channel, receivedAt: input.receivedAt, laporTicket: input.laporTicket, actorId };
  return createComplaint(db, input, { clientKey: "", ...options, recorded }) as Promise<RecordOutcome>;
}

async function createComplaint(db: Db, input: ComplaintInput | RecordedComplaintInput, context: FileContext): Promise<FileOutcome | RecordOutcome> {
  const unit = await db.unit.findFirst({ where: { slug: input.unit, active: true }, select: { id: true, name: true, headPhone: true } });
  if (!unit) return { ok: false, reason: "unknown_unit" };
  const recorded = context.recorded;
  if (recorded?.laporTicket) {
    const taken = await db.complaint.findUnique({ where: { laporTicket: recorded.laporTicket }, select: { id: true } });
    if (taken) return { ok: false, reason: "lapor_ticket_taken", id: taken.id };
  }
  const limit = recorded ? null : complaintLimit();
  if (limit) {
    const result = await consume("complaint-client", context.clientKey, limit);
    if (!result.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  const now = context.now ?? new Date();
  const receivedAt = recorded?.receivedAt ?? now;
  const t = context.t ?? (await translatorFor("id"));
  // The survey of the same visit is linked only when it is of the same unit (ids are guessable).
  const surveyId = "surveyResponseId" in input ? input.surveyResponseId : undefined;
  const surveyResponseId = surveyId
    ? ((await db.surveyResponse.findFirst({ where: { id: surveyId, unitId: unit.id }, select: { id: true } }))?.id ?? null)
    : null;
  // The head's workspace account by email; a head without an account on their posted number
  // (through the webhook gateway), so that every new case reaches the head directly.
  const heads = await headRecipients(db, unit);
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
            receivedAt,
            surveyResponseId,
            channel: recorded?.channel ?? context.channel ?? "web",
            laporTicket: recorded?.laporTicket ?? null,
            // The anonymous choice stores no contact at all, not even an empty row.
            reporter: contact ? { create: { name: contact.name ?? null, phone: contact.phone || null, email: contact.email || null } } : undefined,
            // A recorded case's first event is the recorder's, at the time of recording.
            events: { create: { fromStatus: null, toStatus: "received", createdAt: now, actorId: recorded?.actorId ?? null } },
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
        if (recorded) {
          await recordAudit(tx, { actorId: recorded.actorId, action: "complaint.record", entity: "complaint", entityId: created.id, after: { channel: recorded.channel, receivedAt: receivedAt.toISOString(), laporTicket: recorded.laporTicket ?? null } });
        }
        return created.id;
      });
      return { ok: true, id, trackingCode };
    } catch (error) {
      if (recorded?.laporTicket && isUniqueViolation(error, "laporTicket")) {
        // Another handler recorded the same ticket a moment ago.
        const taken = await db.complaint.findUnique({ where: { laporTicket: recorded.laporTicket }, select: { id: true } });
        if (taken) return { ok: false, reason: "lapor_ticket_taken", id: taken.id };
      }
      // A clash of 59-bit random codes is all but impossible; retry once or twice rather than fail.
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

type Recipient = { channel: "email" | "phone"; recipient: string };

/**
 * The unit head's workspace accounts by email; a head without an account on their posted number
 * (through the webhook gateway), so that every case reaches the head directly.
 */
async function headRecipients(db: Db, unit: { id: number; headPhone: string }): Promise<Recipient[]> {
  const accounts = await db.user.findMany({ where: { role: "unit_head", unitId: unit.id, active: true }, select: { email: true } });
  return accounts.length ? accounts.map((a) => ({ channel: "email", recipient: a.email })) : [{ channel: "phone", recipient: unit.headPhone }];
}

async function roleRecipients(db: Db, role: "inspector" | "admin"): Promise<Recipient[]> {
  const users = await db.user.findMany({ where: { role, active: true }, select: { email: true } });
  return users.map((u) => ({ channel: "email", recipient: u.email }));
}

export type VerdictOutcome = { ok: true; reopened: boolean; inspectorate: boolean } | { ok: false; error: VerdictError | "notFound" };

/**
 * The reporter's verdict on the case's current answer (anyone holding the tracking code): once
 * per answer, within the settings' verdictDays. "Not satisfied" reopens the case, closed or not,
 * to verifying with new deadlines from now, appends the reopening to the history and notifies the
 * head; the second reopening also assigns the case to the Inspektorat and notifies every
 * inspector. The verdict's reason is internal: the handlers see it, no public page does.
 */
export async function submitVerdict(db: Db, code: unknown, input: VerdictInput, options: { now?: Date; t?: Translate } = {}): Promise<VerdictOutcome> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) return { ok: false, error: "notFound" };
  const now = options.now ?? new Date();
  const row = await db.complaint.findUnique({
    where: { trackingCode },
    select: {
      id: true, trackingCode: true, status: true, receivedAt: true, reopenedAt: true, reopenCount: true, inspectorateAt: true,
      unit: { select: { id: true, name: true, headPhone: true } },
      events: { select: { toStatus: true, createdAt: true } },
      verdicts: { select: { round: true } },
    },
  });
  if (!row) return { ok: false, error: "notFound" };
  const settings = await settingsFor(db, currentQuarter(now).key);
  const check = checkVerdict(verdictStateOf(row), now, settings.verdictDays);
  if (!check.ok) return { ok: false, error: check.error };
  const t = options.t ?? (await translatorFor("id"));
  const reason = input.reason?.trim() || null;
  const change = input.satisfied ? null : reopening(row.reopenCount, now);
  const toInspectorate = !!change?.toInspectorate && row.inspectorateAt === null;
  const recipients = change ? [...(await headRecipients(db, row.unit)), ...(toInspectorate ? await roleRecipients(db, "inspector") : [])] : [];
  try {
    await db.$transaction(async (tx) => {
      await tx.complaintVerdict.create({ data: { complaintId: row.id, round: row.reopenCount, satisfied: input.satisfied, reason, createdAt: now } });
      if (!change) return;
      const { status, reopenCount, reopenedAt, verifiedAt, answeredAt, closedAt, publicAnswer, action, severity } = change;
      const data = { status, reopenCount, reopenedAt, verifiedAt, answeredAt, closedAt, publicAnswer, action, severity };
      const moved = await tx.complaint.updateMany({
        where: { id: row.id, status: row.status, reopenCount: row.reopenCount },
        data: { ...data, ...(toInspectorate ? { inspectorateAt: now } : {}) },
      });
      if (moved.count !== 1) throw new StaleCaseError(String(row.id));
      await tx.complaintEvent.create({
        data: {
          complaintId: row.id, fromStatus: row.status, toStatus: "verifying", actorId: null, createdAt: now,
          reason: t("complaintChannels.verdict.eventReason", { reason: reason ?? "" }),
          publicNote: t(toInspectorate ? "complaintChannels.verdict.reopenedInspectorateNote" : "complaintChannels.verdict.reopenedNote"),
        },
      });
      const link = `${baseUrl()}/admin/pengaduan/${row.id}`;
      await enqueue(
        tx,
        recipients.map((r) => ({
          ...r,
          subject: t(toInspectorate ? "complaintChannels.notify.inspectorateSubject" : "complaintChannels.notify.reopenedSubject", { code: row.trackingCode, unit: row.unit.name }),
          body: t("complaintChannels.notify.reopenedBody", { code: row.trackingCode, unit: row.unit.name, link }),
          complaintId: row.id,
        })),
        now,
      );
    });
  } catch (error) {
    // Two verdicts on one answer at once: the unique (case, round) lets only one in.
    if (isUniqueViolation(error) || error instanceof StaleCaseError) return { ok: false, error: "alreadyJudged" };
    throw error;
  }
  return { ok: true, reopened: !!change, inspectorate: toInspectorate };
}

function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: string }).code !== "P2002") return false;
  if (!field) return true;
  return JSON.stringify((error as { meta?: unknown }).meta ?? "").includes(field);
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
  reopenCount: number;
  inspectorate: boolean; // assigned to the Inspektorat after a second reopening
  /** The reporter's verdict on the current answer: whether it may be given now, and until when. */
  verdict: { open: boolean; deadline: Date | null; given: boolean; refusal: VerdictError | null };
};

export async function getPublicComplaint(db: Db, code: unknown, now = new Date()): Promise<PublicComplaint | null> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) return null;
  // An explicit select: nothing that is not listed here can reach a public page.
  const row = await db.complaint.findUnique({
    where: { trackingCode },
    select: {
      trackingCode: true, status: true, category: true, receivedAt: true, reopenedAt: true, reopenCount: true, inspectorateAt: true,
      verifiedAt: true, answeredAt: true, closedAt: true, publicAnswer: true,
      unit: { select: { slug: true, name: true } },
      events: { select: { toStatus: true, createdAt: true, publicNote: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      verdicts: { select: { round: true } },
    },
  });
  if (!row) return null;
  const settings = await settingsFor(db, currentQuarter(now).key);
  const open = !row.answeredAt && !FINAL.has(row.status);
  const answerDueBy = open ? deadlineState(row, settings, now).deadlines.answerBy : null;
  const state = verdictStateOf(row);
  const check = checkVerdict(state, now, settings.verdictDays);
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
    reopenCount: row.reopenCount,
    inspectorate: row.inspectorateAt !== null,
    verdict: {
      open: check.ok,
      deadline: verdictDeadline(state, settings.verdictDays),
      given: state.judgedRounds.includes(state.round),
      refusal: check.ok ? null : check.error,
    },
  };
}

function verdictStateOf(row: {
  status: ComplaintStatus; receivedAt: Date; reopenedAt: Date | null; reopenCount: number; events: { toStatus: ComplaintStatus; createdAt: Date }[]; verdicts: { round: number }[];
}): VerdictState {
  return {
    status: row.status,
    round: row.reopenCount,
    answeredRoundAt: roundAnsweredAt(row.events, deadlineStart(row)),
    judgedRounds: row.verdicts.map((v) => v.round),
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
    reopenCount: c.reopenCount,
    inspectorate: c.inspectorate,
    verdict: { open: c.verdict.open, given: c.verdict.given, deadline: c.verdict.deadline?.toISOString() ?? null },
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
  channel: string;
  inspectorate: boolean;
  reopenCount: number;
};

export type CaseFilter = { status?: ComplaintStatus | "open"; overdueOnly?: boolean; take?: number };

/** Cases in the actor's scope (pass `unitScope(actor)`), newest first, with overdue stages. */
export async function listCases(db: Db, scope: { unitId?: number }, filter: CaseFilter = {}, now = new Date()): Promise<CaseListRow[]> {
  const settings = await settingsFor(db, currentQuarter(now).key);
  const status = filter.status === "open" ? { notIn: [...FINAL] } : filter.status;
  const rows = await db.complaint.findMany({
    where: { ...scope, ...(status ? { status } : {}) },
    select: {
      id: true, trackingCode: true, category: true, status: true, receivedAt: true, reopenedAt: true, verifiedAt: true, answeredAt: true, closedAt: true, escalate: true,
      channel: true, inspectorateAt: true, reopenCount: true,
      unit: { select: { slug: true, name: true } },
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: filter.overdueOnly ? undefined : (filter.take ?? 200),
  });
  const list = rows.map((r) => {
    const { deadlines, overdue } = deadlineState(r, settings, now);
    return {
      id: r.id, trackingCode: r.trackingCode, unit: r.unit, category: r.category, status: r.status, receivedAt: r.receivedAt, escalate: r.escalate, overdue, deadlines,
      channel: r.channel, inspectorate: r.inspectorateAt !== null, reopenCount: r.reopenCount,
    };
  });
  return filter.overdueOnly ? list.filter((r) => r.overdue.length > 0).slice(0, filter.take ?? 200) : list;
}

/** Where a case is, for the authorisation check before anything else is read. */
export async function caseUnitId(db: Db, id: number): Promise<number | null> {
  if (!isRecordId(id)) return null;
  return (await db.complaint.findUnique({ where: { id }, select: { unitId: true } }))?.unitId ?? null;
}

/** The whole case for the users handling it, contact included. `scope` is enforced in the query. */
export async function getCase(db: Db, id: number, scope: { unitId?: number }, now = new Date()) {
  if (!isRecordId(id)) return null;
  const row = await db.complaint.findFirst({
    where: { id, ...scope },
    include: {
      unit: { select: { slug: true, name: true } },
      reporter: { select: { name: true, phone: true, email: true } },
      events: { include: { actor: { select: { name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      verdicts: { select: { round: true, satisfied: true, reason: true, createdAt: true }, orderBy: { round: "asc" } },
    },
  });
  if (!row) return null;
  const settings = await settingsFor(db, currentQuarter(now).key);
  const duplicates = await possibleDuplicatesOf(db, row);
  const duplicateOf = row.duplicateOfId ? await db.complaint.findUnique({ where: { id: row.duplicateOfId }, select: { id: true, trackingCode: true } }) : null;
  return { ...row, ...deadlineState(row, settings, now), possibleDuplicates: duplicates, duplicateOf };
}

/** Cases of the same unit with the same reporter contact within the window (lib/complaints/duplicates.ts). */
async function possibleDuplicatesOf(db: Db, c: { id: number; unitId: number; receivedAt: Date; reporter: { phone: string | null; email: string | null } | null }) {
  if (!c.reporter) return [];
  const window = DUPLICATE_WINDOW_DAYS * 86_400_000;
  const candidates = await db.complaint.findMany({
    where: { unitId: c.unitId, id: { not: c.id }, receivedAt: { gte: new Date(c.receivedAt.getTime() - window), lte: new Date(c.receivedAt.getTime() + window) }, reporter: { isNot: null } },
    select: { id: true, unitId: true, trackingCode: true, status: true, receivedAt: true, duplicateOfId: true, reporter: { select: { phone: true, email: true } } },
    take: 200,
  });
  return possibleDuplicates(c, candidates).map(({ id, trackingCode, status, receivedAt, duplicateOfId }) => ({ id, trackingCode, status, receivedAt, duplicateOfId }));
}

export type DuplicateOutcome = { ok: true } | { ok: false; error: "notFound" | "notDuplicate" | "finalStatus" | "reasonRequired" | "stale" };

/**
 * Closes a case as a duplicate of another possible duplicate (same unit, same contact, within
 * the window): status rejected (outside the score), the other case linked, the reason recorded
 * and the reporter told which case goes on. Both cases are loaded within the actor's scope.
 */
export async function closeAsDuplicate(db: Db, id: number, otherId: number, reason: string, actor: { id: number; scope: { unitId?: number } }, options: { now?: Date; t?: Translate } = {}): Promise<DuplicateOutcome> {
  const now = options.now ?? new Date();
  if (!reason.trim()) return { ok: false, error: "reasonRequired" };
  const current = await db.complaint.findFirst({
    where: { id, ...actor.scope },
    select: { id: true, unitId: true, status: true, receivedAt: true, trackingCode: true, reporter: { select: { phone: true, email: true } } },
  });
  if (!current) return { ok: false, error: "notFound" };
  if (FINAL.has(current.status)) return { ok: false, error: "finalStatus" };
  const other = (await possibleDuplicatesOf(db, current)).find((d) => d.id === otherId && d.duplicateOfId === null);
  if (!other) return { ok: false, error: "notDuplicate" };
  const t = options.t ?? (await translatorFor("id"));
  const note = t("complaintChannels.duplicates.publicNote", { code: other.trackingCode, link: `${baseUrl()}/lacak/${other.trackingCode}` });
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.complaint.updateMany({ where: { id, status: current.status }, data: { status: "rejected", duplicateOfId: other.id, publicAnswer: note } });
      if (moved.count !== 1) throw new StaleCaseError(String(id));
      await tx.complaintEvent.create({
        data: { complaintId: id, fromStatus: current.status, toStatus: "rejected", actorId: actor.id, reason: t("complaintChannels.duplicates.eventReason", { code: other.trackingCode, reason: reason.trim() }), publicNote: note, createdAt: now },
      });
      await recordAudit(tx, { actorId: actor.id, action: "complaint.duplicate", entity: "complaint", entityId: id, before: { status: current.status }, after: { status: "rejected", duplicateOf: other.id } });
      await bumpPublicVersion(tx); // the duplicate leaves the public counts at once
    });
  } catch (error) {
    if (error instanceof StaleCaseError) return { ok: false, error: "stale" };
    throw error;
  }
  return { ok: true };
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
    channel: c.channel,
    laporTicket: c.laporTicket,
    reopenCount: c.reopenCount,
    reopenedAt: c.reopenedAt?.toISOString() ?? null,
    inspectorateAt: c.inspectorateAt?.toISOString() ?? null,
    duplicateOf: c.duplicateOf?.trackingCode ?? null,
    possibleDuplicates: c.possibleDuplicates.map((d) => d.trackingCode),
    verdicts: c.verdicts.map((v) => ({ round: v.round, satisfied: v.satisfied, reason: v.reason, at: v.createdAt.toISOString() })),
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

/**
 * Tells the escalation contact (the unit's escalation line, by phone through the webhook) and the
 * secretariat (every active admin, by email) of each case still unverified past its verification
 * deadline, once per case: the case is stamped in the same transaction, and only an unstamped
 * case can be stamped, so two runs at once cannot both send. Run from `npm run outbox:deliver`
 * (cron, every minute); `now` is the controllable clock of the tests.
 */
export async function notifyOverdueVerifications(db: Db, options: { now?: Date; t?: Translate } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const settings = await settingsFor(db, currentQuarter(now).key);
  // Working days are never fewer than calendar days: nothing received after this can be overdue yet.
  const latestStart = new Date(now.getTime() - settings.verifyDays * 86_400_000);
  const candidates = await db.complaint.findMany({
    where: {
      status: { in: ["received", "verifying"] }, verifiedAt: null, overdueNotifiedAt: null,
      OR: [{ reopenedAt: null, receivedAt: { lte: latestStart } }, { reopenedAt: { lte: latestStart } }],
    },
    select: {
      id: true, trackingCode: true, status: true, receivedAt: true, reopenedAt: true, verifiedAt: true, answeredAt: true, closedAt: true,
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
    const recipients: Recipient[] = [...(c.unit.escalationPhone ? [{ channel: "phone" as const, recipient: c.unit.escalationPhone }] : []), ...secretariat];
    const deadline = deadlineState(c, settings, now).deadlines.verifyBy;
    const values = { code: c.trackingCode, unit: c.unit.name, received: format.format(deadlineStart(c)), deadline: format.format(deadline), link: `${baseUrl()}/admin/pengaduan/${c.id}` };
    const stamped = await db.$transaction(async (tx) => {
      const claim = await tx.complaint.updateMany({ where: { id: c.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (claim.count !== 1) return false;
      await enqueue(tx, recipients.map((r) => ({ ...r, subject: t("complaintChannels.notify.overdueSubject", values), body: t("complaintChannels.notify.overdueBody", values), complaintId: c.id })), now);
      return true;
    });
    if (stamped) sent++;
  }
  return sent;
}
