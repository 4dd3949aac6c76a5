import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/complaints/reached";
import { PAGE_SIZE, parseCaseQuery } from "@/lib/complaints/case-query";
import { findCases } from "@/lib/complaints/case-list.server";
import { pageSettingsAt } from "@/lib/complaints/queries.server";
import { CaseFilters, CasePager, CaseTable } from "@/lib/complaints/workspace/case-list";
import { db } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { ones } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.admin"))("title") };
}

// The cases of the user's scope, a page at a time: a unit head sees their own unit's only (the
// scope is in the query); the search and filters are the URL (lib/complaints/case-query.ts).
export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("complaint:read", { from: "/admin/pengaduan" });
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  const inspector = user.role === "inspector";
  const query = parseCaseQuery(ones(await searchParams), { inspector });
  const scope = caseScope(user);
  const reviewsHolds = can(user, "complaint:hold:review");
  const now = new Date();
  const version = await readPublicVersion();
  const settings = await pageSettingsAt(now, version);
  const [found, units, held] = await Promise.all([
    findCases(db, scope, query, { now, settings, version }),
    db.unit.findMany({ where: scope.unitId ? { id: scope.unitId } : { active: true }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    // Held complaints are not in the list (lib/complaints/reached.ts): the secretariat reviews them on their own page.
    reviewsHolds ? db.complaint.count({ where: { status: "held" } }) : 0,
  ]);
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
      {reviewsHolds && (
        <p>
          <Link href="/admin/pengaduan/ditahan" id="held-link">
            {t("holds.link", { count: held })}
          </Link>
        </p>
      )}
      <CaseFilters query={query} units={units} />
      <CasePager
        query={query}
        page={found.page}
        pages={found.pages}
        total={found.total}
        bounded={found.bounded}
        full={found.rows.length === PAGE_SIZE}
        inspector={inspector}
      />
      <CaseTable cases={found.rows} />
    </>
  );
}
