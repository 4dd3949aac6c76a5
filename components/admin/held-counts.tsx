// The dashboard's count of held survey answers per unit (README "Against ballot stuffing"), with
// a link to the review queue for those who may open it. Scoped like every unit read.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { heldCountsByUnit } from "@/lib/survey/held.server";
import { db } from "@/lib/db/db.server";

export async function HeldCountsSection({ user }: { user: CurrentUser }) {
  const t = await getTranslations("hold.admin");
  const counts = await heldCountsByUnit(db, unitScope(user));
  const units = counts.size
    ? await db.unit.findMany({ where: { id: { in: [...counts.keys()] }, ...(user.role === "unit_head" ? { id: user.unitId ?? -1 } : {}) }, select: { id: true, slug: true, name: true } })
    : [];
  const rows = units.map((u) => ({ ...u, count: counts.get(u.id) ?? 0 })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="held-heading">
      <h2 id="held-heading">{t("dashboardHeading")}</h2>
      {rows.length === 0 ? (
        <p>{t("dashboardNone")}</p>
      ) : (
        <>
          <p>{t("dashboardIntro")}</p>
          <table id="held-counts">
            <thead>
              <tr>
                <th scope="col">{t("dashboardUnit")}</th>
                <th scope="col">{t("dashboardCount")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{can(user, "response:held:read") ? <Link href={`/admin/respons/ditahan?unit=${r.slug}`}>{r.name}</Link> : r.name}</th>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {can(user, "response:held:read") && (
        <p>
          <Link href="/admin/respons/ditahan">{t("dashboardLink")}</Link>
        </p>
      )}
    </section>
  );
}
