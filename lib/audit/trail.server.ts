// Reading the audit log in the workspace (/admin/audit): the filters a query string may set (actor,
// action, entity, a day range in the city's time), one page of entries newest first, and the
// choices the filter form offers.
import type { Db, Prisma } from "@/lib/db/db.server";
import { recordId } from "@/lib/http/record-id";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { actor?: string; action?: string; entity?: string; from?: string; to?: string; page: number };

const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** The filters of a query string, with anything malformed left out (never an error). */
export function auditFilters(q: { actor?: string; action?: string; entity?: string; from?: string; to?: string; page?: string }): AuditFilters {
  return {
    actor: q.actor,
    action: q.action?.slice(0, 60) || undefined,
    entity: q.entity?.slice(0, 60) || undefined,
    from: day(q.from),
    to: day(q.to),
    page: Math.max(1, Math.min(10_000, Number(q.page) || 1)),
  };
}

/** The address of another page of the same filtered list. */
export function auditPageLink(f: AuditFilters, page: number) {
  const { actor, action, entity, from, to } = f;
  const params = new URLSearchParams(Object.entries({ actor, action, entity, from, to, page: String(page) }).filter((e): e is [string, string] => !!e[1]));
  return `/admin/audit?${params}`;
}

export async function auditTrail(db: Db, f: AuditFilters) {
  const actorId = recordId(f.actor) ?? undefined;
  const where: Prisma.AuditLogWhereInput = {
    ...(actorId ? { actorId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: new Date(`${f.from}T00:00:00+07:00`) } : {}),
            ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [rows, total, actors, actions, entities] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditLog.count({ where }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
  ]);
  return {
    rows,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    choices: { actors, actions: actions.map((a) => a.action), entities: entities.map((e) => e.entity) },
  };
}

export type AuditTrail = Awaited<ReturnType<typeof auditTrail>>;
