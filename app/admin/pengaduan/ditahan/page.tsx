// The secretariat's review of complaints held beyond the per-network limit (docs/complaints.md,
// "Hold, don't drop"): each with why it was held and its text, released to the unit or rejected
// as spam with a reason the reporter reads. Held cases are nobody else's yet: not in the unit
// head's list, figures or deadlines.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { heldComplaints } from "@/lib/complaints/holds.server";
import { db } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { rejectHeldComplaintAction, releaseHeldComplaintAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.holds"))("title") };
}

export default async function HeldComplaintsPage() {
  await requirePermission("complaint:hold:review", { from: "/admin/pengaduan/ditahan" });
  const t = await getTranslations("complaints.holds");
  const tc = await getTranslations("complaints.categories");
  const { rows, total } = await heldComplaints(db);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {total === 0 ? <p id="held-empty">{t("empty")}</p> : <p id="held-total">{t("count", { count: total })}</p>}
      {rows.map((c) => {
        const headingId = `held-${c.id}`;
        return (
          <article key={c.id} aria-labelledby={headingId} className="held-complaint" data-code={c.trackingCode}>
            <h2 id={headingId}>
              {c.trackingCode} · {c.unit.name}
            </h2>
            <dl className="facts">
              <dt>{t("filedAt")}</dt>
              <dd>{fmtDateTime(c.heldAt)}</dd>
              <dt>{t("why")}</dt>
              <dd className="held-why">{t("reasons.network", { nth: c.heldNth ?? 0 })}</dd>
              <dt>{t("category")}</dt>
              <dd>{tc(c.category)}</dd>
              <dt>{t("description")}</dt>
              <dd className="held-text">{c.description}</dd>
            </dl>
            <div className="held-actions">
              <ActionForm
                id={`release-${c.id}`}
                action={releaseHeldComplaintAction}
                submit={t("release")}
                fields={[{ name: "complaintId", label: "id", type: "hidden", defaultValue: String(c.id) }]}
              />
              <details>
                <summary>{t("reject")}</summary>
                <ActionForm
                  id={`reject-${c.id}`}
                  action={rejectHeldComplaintAction}
                  submit={t("reject")}
                  fields={[
                    { name: "complaintId", label: "id", type: "hidden", defaultValue: String(c.id) },
                    { name: "reason", label: t("rejectReason"), type: "textarea", required: true },
                  ]}
                />
              </details>
            </div>
          </article>
        );
      })}
    </>
  );
}
