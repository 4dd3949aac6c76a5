import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { ones } from "@/lib/http/search-params";
import { auditFilters, auditTrail } from "@/lib/audit/trail.server";
import { AuditFilterForm, AuditPagination, AuditTable } from "@/lib/audit/workspace/audit-trail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type Search = { actor?: string; action?: string; entity?: string; from?: string; to?: string; page?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("audit:read", { from: "/admin/audit" });
  const t = await getTranslations("admin.audit");
  const filters = auditFilters(ones(await searchParams));
  const { rows, total, pages, choices } = await auditTrail(db, filters);
  return (
    <>
      <h1>{t("title")}</h1>
      <AuditFilterForm filters={filters} choices={choices} />
      <p>{t("count", { total, page: filters.page, pages })}</p>
      <AuditTable rows={rows} />
      <AuditPagination filters={filters} pages={pages} />
    </>
  );
}
