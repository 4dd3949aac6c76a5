// The handlers' view of complaints: a row of the case list (the list itself is findCases,
// lib/complaints/case-list.server.ts), where a case is (for the authorisation check), the whole case
// with its history, verdicts and possible duplicates (the scope enforced in the query). Its JSON is
// lib/complaints/json.ts.
import type { Db } from "@/lib/db/db.server";
import { deadlineState, type ComplaintStatus, type Stage } from "@/lib/complaints/lifecycle";
import { DUPLICATE_WINDOW_DAYS, possibleDuplicates } from "@/lib/complaints/duplicates";
import { isRecordId } from "@/lib/http/record-id";
import { settingsAt } from "./queries.server";
import { REACHED_UNIT } from "./reached";

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
      events: { include: { actor: { select: { name: true, role: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      verdicts: { select: { round: true, satisfied: true, reason: true, createdAt: true }, orderBy: { round: "asc" } },
    },
  });
  if (!row) return null;
  const settings = await settingsAt(db, now);
  const duplicates = await possibleDuplicatesOf(db, row);
  const duplicateOf = row.duplicateOfId ? await db.complaint.findUnique({ where: { id: row.duplicateOfId }, select: { id: true, trackingCode: true } }) : null;
  return { ...row, ...deadlineState(row, settings, now), possibleDuplicates: duplicates, duplicateOf };
}

/** Cases of the same unit with the same reporter contact within the window (lib/complaints/duplicates.ts). */
export async function possibleDuplicatesOf(
  db: Db,
  c: { id: number; unitId: number; receivedAt: Date; reporter: { phone: string | null; email: string | null } | null },
) {
  if (!c.reporter) return [];
  const window = DUPLICATE_WINDOW_DAYS * 86_400_000;
  const candidates = await db.complaint.findMany({
    where: {
      unitId: c.unitId,
      id: { not: c.id },
      receivedAt: { gte: new Date(c.receivedAt.getTime() - window), lte: new Date(c.receivedAt.getTime() + window) },
      reporter: { isNot: null },
      ...REACHED_UNIT, // a held case is not the unit's to see yet
    },
    select: {
      id: true,
      unitId: true,
      trackingCode: true,
      status: true,
      receivedAt: true,
      duplicateOfId: true,
      reporter: { select: { phone: true, email: true } },
    },
    take: 200,
  });
  return possibleDuplicates(c, candidates).map(({ id, trackingCode, status, receivedAt, duplicateOfId }) => ({
    id,
    trackingCode,
    status,
    receivedAt,
    duplicateOfId,
  }));
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;
