// The desk's case list at a city's volume (issue 28): one page of the cases in the user's scope
// that match the URL's search and filters, with the total, every condition in the database's
// where (the scope first), so a page costs O(page) with the indexes of docs/complaints.md, never
// a read of every case.
import { dbProvider, type Db, type DbProvider, type Prisma } from "@/lib/db/db.server";
import { deadlineState, FINAL } from "@/lib/complaints/lifecycle";
import { cityMidnight } from "@/lib/time/clock";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";
import { overdueStartBefore, PAGE_SIZE, searchTerm, STAGES, type CaseQuery } from "./case-query";
import type { CaseListRow } from "./cases.server";
import { DEADLINE_TIMES, settingsAt, type SettingsAt } from "./queries.server";

/**
 * One page, the count of all that match, and whether that count stopped at COUNT_BOUND (a search
 * or a filter matching more: then `total` is the bound, `pages` unknown beyond it, and a full page
 * has a next one).
 */
export type CasePage = { rows: CaseListRow[]; total: number; page: number; pages: number; bounded: boolean };

/**
 * A search or a filter counts its matches up to this many: past it the desk reads "more than
 * 1,000" (Gmail's "many": nobody pages through twenty pages of a search, they narrow it), and the
 * count stops reading after 1,001 matches (a word found in 16,000 descriptions, a filter over a
 * city's cases). The plain list of the scope counts exactly, from the index alone.
 */
export const COUNT_BOUND = 1_000;

const OPEN = { notIn: [...FINAL] };

/**
 * The exact count of a scope's plain list (no search, no filter), kept per public data version as
 * the count up to an id, plus the cases of the scope after that id counted on each request (a
 * range of the primary key: the few filed since). A citizen's filing adds a case without bumping
 * the version (it shows in public figures within the cache's lifetime); every other change of
 * which cases a scope holds (a hold released, a case moved or erased) is a staff write that
 * bumps it. The first page is the desk's most read page, and its count read the scope's whole
 * index (45 ms at 200,000 cases, on both cores). A filing still uncommitted when the kept count is
 * taken, with an id below it, is counted from the next version or within the cache's lifetime.
 */
const scopeTotals = new VersionedCache<{ upToId: number; count: number }>(100);

async function scopeTotal(db: Db, scope: { unitId?: number }, where: Prisma.ComplaintWhereInput, version: number): Promise<number> {
  const kept = await scopeTotals.get(JSON.stringify(scope), version, async () => {
    const upToId = (await db.complaint.aggregate({ _max: { id: true } }))._max.id ?? 0;
    return { upToId, count: await db.complaint.count({ where: { AND: [where, { id: { lte: upToId } }] } }) };
  });
  return kept.count + (await db.complaint.count({ where: { AND: [where, { id: { gt: kept.upToId } }] } }));
}

/** The start of city day "YYYY-MM-DD", or of the day `plus` days after it. */
function cityDayStart(day: string, plus = 0): Date {
  const [y, m, d] = day.split("-").map(Number);
  return cityMidnight(y, m, d + plus);
}

/** Deadlines that run from before `at`: the receipt, or the last reopening (always after the receipt). */
const startBefore = (at: Date): Prisma.ComplaintWhereInput => ({ OR: [{ reopenedAt: null, receivedAt: { lt: at } }, { reopenedAt: { lt: at } }] });

/** The where of one query: the scope, then each filter; a search by contact reaches only the cases in scope. */
export function caseWhere(
  scope: { unitId?: number },
  query: CaseQuery,
  context: { now: Date; settings: { verifyDays: number; answerDays: number; closeDays: number }; provider: DbProvider },
): Prisma.ComplaintWhereInput {
  const and: Prisma.ComplaintWhereInput[] = [{ ...scope }];
  if (query.unit) and.push({ unit: { slug: query.unit } });
  if (query.status) and.push({ status: query.status === "open" ? OPEN : query.status });
  if (query.channel) and.push({ channel: query.channel });
  if (query.inspectorate !== null) and.push({ inspectorateAt: query.inspectorate ? { not: null } : null });
  if (query.reopened) and.push({ reopenCount: { gt: 0 } });
  if (query.from) and.push({ receivedAt: { gte: cityDayStart(query.from) } });
  if (query.to) and.push({ receivedAt: { lt: cityDayStart(query.to, 1) } });
  const overdue = (stage: (typeof STAGES)[number]): Prisma.ComplaintWhereInput => {
    const before = overdueStartBefore(stage, context.now, context.settings);
    if (stage === "verify") return { AND: [{ verifiedAt: null, status: { in: ["received", "verifying"] } }, startBefore(before)] };
    if (stage === "answer") return { AND: [{ answeredAt: null, status: OPEN }, startBefore(before)] };
    return { AND: [{ closedAt: null, status: OPEN }, startBefore(before)] };
  };
  // Overdue in any stage is exactly a next deadline in the past (lib/complaints/next-due.ts): an index range.
  if (query.overdue) and.push(query.overdue === "any" ? { nextDueAt: { lt: context.now } } : overdue(query.overdue));
  const term = query.q ? searchTerm(query.q) : null;
  if (term?.kind === "code") and.push({ trackingCode: term.code });
  if (term?.kind === "phone") and.push({ reporter: { is: { phoneKey: term.digits } } });
  if (term?.kind === "email") and.push({ reporter: { is: { email: { in: [...new Set([term.email, term.lower])] } } } });
  if (term?.kind === "words") {
    // PostgreSQL compares text case-sensitively unless told; SQLite's LIKE already ignores ASCII case.
    const mode = context.provider === "postgresql" ? { mode: "insensitive" as const } : {};
    for (const word of term.words) and.push({ description: { contains: word, ...mode } });
  }
  if (query.q && !term) and.push({ id: -1 }); // a search for nothing findable finds nothing
  return { AND: and };
}

/** Whether the query narrows the scope's list (a filter beyond the scope, the sort aside). */
function caseWhereFilters(q: CaseQuery): boolean {
  return !!(q.unit || q.status || q.channel || q.overdue || q.inspectorate !== null || q.reopened || q.from || q.to);
}

/**
 * One page of the cases in `scope` matching `query`, and how many match in all. Sorted by the
 * nearest deadline by default (Complaint.nextDueAt, kept by every step; the final cases, which
 * owe none, last), on the index (nextDueAt, id); or the newest first.
 */
export async function findCases(
  db: Db,
  scope: { unitId?: number },
  query: CaseQuery,
  options: {
    now?: Date;
    provider?: DbProvider;
    pageSize?: number;
    countBound?: number;
    settings?: SettingsAt;
    /** The public data version, when `db` is the app's database: the plain list's count is then kept per version. */
    version?: number;
  } = {},
): Promise<CasePage> {
  const now = options.now ?? new Date();
  const size = options.pageSize ?? PAGE_SIZE;
  const settings = options.settings ?? (await settingsAt(db, now));
  const where = caseWhere(scope, query, { now, settings, provider: options.provider ?? dbProvider });
  const narrowed = query.q !== null || caseWhereFilters(query);
  const bound = options.countBound ?? COUNT_BOUND;
  const orderBy: Prisma.ComplaintOrderByWithRelationInput[] =
    query.sort === "newest" ? [{ receivedAt: "desc" }, { id: "desc" }] : [{ nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  // The page's ids first, then its rows by id: a deep page (offset 100,000) then walks only the
  // index (nextDueAt, id), an index-only scan on PostgreSQL, instead of reading every skipped row
  // (27 ms against 228 ms at 200,000 cases, docs/complaints.md).
  const pageIds = async (page: number) =>
    (await db.complaint.findMany({ where, select: { id: true }, orderBy, skip: (page - 1) * size, take: size })).map((r) => r.id);
  // The asked page is read beside the count; only a page past the last (an old link) is read again.
  // A bounded count is a LIMIT without order (lib/db/unordered-count.ts): it stops at bound + 1.
  const count = () =>
    !narrowed && options.version !== undefined
      ? scopeTotal(db, scope, where, options.version)
      : db.complaint.count({ where, ...(narrowed ? { take: bound + 1 } : {}) });
  const [counted, asked] = await Promise.all([count(), pageIds(query.page)]);
  const bounded = narrowed && counted > bound;
  const total = bounded ? bound : counted;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = bounded ? query.page : Math.min(query.page, pages);
  const ids = page === query.page ? asked : await pageIds(page);
  const found = await db.complaint.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      trackingCode: true,
      category: true,
      ...DEADLINE_TIMES,
      escalate: true,
      channel: true,
      inspectorateAt: true,
      reopenCount: true,
      unit: { select: { slug: true, name: true } },
    },
  });
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  return {
    total,
    page,
    pages,
    bounded,
    rows: rows.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      unit: r.unit,
      category: r.category,
      status: r.status,
      receivedAt: r.receivedAt,
      escalate: r.escalate,
      channel: r.channel,
      inspectorate: r.inspectorateAt !== null,
      reopenCount: r.reopenCount,
      ...deadlineState(r, settings, now),
    })),
  };
}
