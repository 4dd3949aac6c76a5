import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { STATUSES, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import { listCases } from "@/lib/complaints/cases.server";
import { CaseFilters, CaseTable } from "@/lib/complaints/workspace/case-list";
import { db } from "@/lib/db/db.server";
import { ones } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.admin"))("title") };
}

// The cases of the user's scope: a unit head sees their own unit's only (the scope is in the query).
export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<{ status?: string; overdue?: string }> }) {
  const user = await requirePermission("complaint:read", { from: "/admin/pengaduan" });
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  const q = ones(await searchParams);
  const status: ComplaintStatus | "open" | undefined = q.status === "open" ? "open" : STATUSES.find((s) => s === q.status);
  const overdueOnly = q.overdue === "1";
  const cases = await listCases(db, unitScope(user), { status, overdueOnly });
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {can(user, "complaint:handle") && (
        <p>
          <Link href="/admin/pengaduan/catat" id="record-link">
            {tch("record.link")}
          </Link>
        </p>
      )}
      <CaseFilters status={status} overdueOnly={overdueOnly} />
      <p>{t("admin.shown", { count: cases.length })}</p>
      <CaseTable cases={cases} />
    </>
  );
}
