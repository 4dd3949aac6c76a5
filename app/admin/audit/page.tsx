import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { db, type Prisma } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { ones } from "@/lib/http/search-params";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const PAGE_SIZE = 50;
type Search = { actor?: string; action?: string; entity?: string; from?: string; to?: string; page?: string };

const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("audit:read", { from: "/admin/audit" });
  const t = await getTranslations("admin.audit");
  const q = ones(await searchParams);
  const actorId = recordId(q.actor) ?? undefined;
  const action = q.action?.slice(0, 60) || undefined;
  const entity = q.entity?.slice(0, 60) || undefined;
  const from = day(q.from);
  const to = day(q.to);
  const page = Math.max(1, Math.min(10_000, Number(q.page) || 1));
  const where: Prisma.AuditLogWhereInput = {
    ...(actorId ? { actorId } : {}),
    ...(action ? { action } : {}),
    ...(entity ? { entity } : {}),
    ...(from || to
      ? { createdAt: { ...(from ? { gte: new Date(`${from}T00:00:00+07:00`) } : {}), ...(to ? { lt: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [rows, total, actors, actions, entities] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, include: { actor: { select: { name: true, email: true } } } }),
    db.auditLog.count({ where }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (p: number) => {
    const params = new URLSearchParams(Object.entries({ actor: q.actor, action, entity, from, to, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `/admin/audit?${params}`;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <form method="get" className="filters" aria-label={t("filters")}>
        <label>
          {t("actor")}
          <select name="actor" defaultValue={q.actor ?? ""}>
            <option value="">{t("all")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("action")}
          <select name="action" defaultValue={action ?? ""}>
            <option value="">{t("all")}</option>
            {actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.action}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("entity")}
          <select name="entity" defaultValue={entity ?? ""}>
            <option value="">{t("all")}</option>
            {entities.map((e) => (
              <option key={e.entity} value={e.entity}>
                {e.entity}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("from")}
          <input type="date" name="from" defaultValue={from ?? ""} />
        </label>
        <label>
          {t("to")}
          <input type="date" name="to" defaultValue={to ?? ""} />
        </label>
        <button type="submit">{t("filter")}</button>
      </form>
      <p>{t("count", { total, page, pages })}</p>
      <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("time")}</th>
              <th scope="col">{t("actor")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("entity")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{fmtDateTime(r.createdAt)}</td>
                <td>{r.actor?.name ?? t("system")}</td>
                <td>{r.action}</td>
                <td>
                  {r.entity}
                  {r.entityId ? ` #${r.entityId}` : ""}
                </td>
                <td>
                  <code className="json">{r.before == null ? "–" : JSON.stringify(r.before)}</code>
                </td>
                <td>
                  <code className="json">{r.after == null ? "–" : JSON.stringify(r.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pagination")} className="pagination">
        {page > 1 && <Link href={link(page - 1)}>{t("previous")}</Link>}
        {page < pages && <Link href={link(page + 1)}>{t("next")}</Link>}
      </nav>
    </>
  );
}
