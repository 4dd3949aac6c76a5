// The workspace home's pointer to the complaints held for review (docs/complaints.md, "Hold,
// don't drop"): for the secretariat, who alone reviews them, and only when there are some.
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/db.server";

export async function HeldComplaintsSection({ user }: { user: CurrentUser }) {
  if (!can(user, "complaint:hold:review")) return null;
  const count = await db.complaint.count({ where: { status: "held" } });
  if (count === 0) return null;
  const t = await getTranslations("complaints.holds");
  return (
    <section aria-labelledby="held-complaints-heading">
      <h2 id="held-complaints-heading">{t("title")}</h2>
      <p>
        <Link href="/admin/pengaduan/ditahan" id="held-complaints-link">
          {t("link", { count })}
        </Link>
      </p>
    </section>
  );
}
