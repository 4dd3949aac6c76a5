// The dashboard's count of held survey answers per unit (docs/surveys.md, "Against ballot stuffing"), with
// a link to the review queue for those who may open it. Scoped like every unit read.
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { heldCountsByUnit } from "@/lib/survey/held.server";
import { db } from "@/lib/db/db.server";
import { WorkspaceTable } from "@/components/admin/workspace-table";

export async function HeldCountsSection({ user }: { user: CurrentUser }) {
  const t = await getTranslations("hold.admin");
  const counts = await heldCountsByUnit(db, unitScope(user));
  const units = counts.size
    ? await db.unit.findMany({
        where: { id: { in: [...counts.keys()] }, ...(user.role === "unit_head" ? { id: user.unitId ?? -1 } : {}) },
        select: { id: true, slug: true, name: true },
      })
    : [];
  const rows = units.map((u) => ({ ...u, count: counts.get(u.id) ?? 0 })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const opensQueue = can(user, "response:held:read");
  return (
    <section aria-labelledby="held-heading">
      <h2 id="held-heading">{t("dashboardHeading")}</h2>
      {rows.length === 0 ? (
        <p>{t("dashboardNone")}</p>
      ) : (
        <>
          <p>{t("dashboardIntro")}</p>
          <WorkspaceTable
            id="held-counts"
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t("dashboardUnit"),
                rowHeader: true,
                cell: (r) => (opensQueue ? <Link href={`/admin/respons/ditahan?unit=${r.slug}`}>{r.name}</Link> : r.name),
              },
              { header: t("dashboardCount"), cell: (r) => r.count },
            ]}
          />
        </>
      )}
      {opensQueue && (
        <p>
          <Link href="/admin/respons/ditahan">{t("dashboardLink")}</Link>
        </p>
      )}
    </section>
  );
}
