import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { openContactReportsOf } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { fmtDate, fmtDateTime } from "@/lib/i18n/format";
import { markCheckedAction, updateUnitAction } from "@/app/admin/unit/actions";
import { unitFields } from "@/app/admin/unit/unit-fields";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("edit") };
}

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requirePermission("unit:manage", { from: `/admin/unit/${raw}` });
  const id = recordId(raw);
  const unit = id !== null ? await db.unit.findUnique({ where: { id } }) : null;
  if (!unit) notFound();
  const t = await getTranslations("admin.units");
  const [fields, reports] = await Promise.all([unitFields(unit), openContactReportsOf(db, unit.id)]);
  return (
    <div className="narrow">
      <h1>{t("editTitle", { unit: unit.name })}</h1>
      <p>
        <Link href="/admin/unit">{t("back")}</Link>
      </p>
      <ActionForm
        id="unit-edit"
        action={updateUnitAction}
        fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(unit.id) }, ...fields]}
        submit={t("save")}
      />
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reports")}</h2>
        <p>{t("reportsText", { checked: unit.headPhoneCheckedAt ? fmtDate(unit.headPhoneCheckedAt) : "–" })}</p>
        {reports.length === 0 ? (
          <p>{t("reportsNone")}</p>
        ) : (
          <ul aria-label={t("reportsOpen", { count: reports.length })}>
            {reports.map((r) => (
              <li key={r.id}>{fmtDateTime(r.createdAt)}</li>
            ))}
          </ul>
        )}
        {/* Calling the number and stamping the date resolves every open report. */}
        <form action={markCheckedAction}>
          <input type="hidden" name="id" value={unit.id} />
          <button type="submit">{t("markChecked")}</button>
        </form>
      </section>
    </div>
  );
}
