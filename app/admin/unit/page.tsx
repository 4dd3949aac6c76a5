import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { openContactReports } from "@/lib/units/manage.server";
import { db } from "@/lib/db/db.server";
import { fmtDate } from "@/lib/i18n/format";
import { markCheckedAction, setUnitActiveAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitsPage() {
  await requirePermission("unit:manage", { from: "/admin/unit" });
  const t = await getTranslations("admin.units");
  const kiosk = await getTranslations("kiosk.admin");
  const [units, reports] = await Promise.all([
    db.unit.findMany({ include: { type: true, kecamatan: true }, orderBy: [{ active: "desc" }, { name: "asc" }] }),
    openContactReports(db),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href="/admin/unit/baru">{t("create")}</Link>
      </p>
      <WorkspaceTable
        scroll
        rows={units}
        rowKey={(u) => u.id}
        columns={[
          {
            header: t("name"),
            rowHeader: true,
            cell: (u) => (
              <>
                <a href={`/admin/unit/${u.id}`}>{u.name}</a>
                <br />
                <span className="muted">{u.slug}</span>
              </>
            ),
          },
          {
            header: t("type"),
            cell: (u) => (
              <>
                {u.type.nameId}
                {u.kecamatan ? ` · ${u.kecamatan.name}` : ""}
              </>
            ),
          },
          { header: t("headName"), cell: (u) => u.headName },
          { header: t("headPhone"), cell: (u) => u.headPhone },
          { header: t("checkedAt"), cell: (u) => fmtDate(u.headPhoneCheckedAt) },
          {
            header: t("reports"),
            cell: (u) => (
              <>
                {reports.get(u.id) ?? 0}
                <form action={markCheckedAction} className="inline-form">
                  <input type="hidden" name="id" value={u.id} />
                  <button type="submit" className="small" aria-label={t("markCheckedFor", { unit: u.name })}>
                    {t("markChecked")}
                  </button>
                </form>
              </>
            ),
          },
          { header: t("status"), cell: (u) => (u.active ? t("activeState") : t("inactiveState")) },
          {
            header: t("actions"),
            cell: (u) => (
              <>
                <a href={`/admin/unit/${u.id}/poster`} aria-label={t("posterFor", { unit: u.name })}>
                  {t("poster")}
                </a>{" "}
                ·{" "}
                <a href={`/admin/unit/${u.id}/kode`} aria-label={t("codesFor", { unit: u.name })}>
                  {t("codes")}
                </a>{" "}
                ·{" "}
                <a href={`/admin/unit/${u.id}/kiosk`} aria-label={`${kiosk("navLink")}: ${u.name}`}>
                  {kiosk("navLink")}
                </a>
                <form action={setUnitActiveAction} className="inline-form">
                  <input type="hidden" name="id" value={u.id} />
                  <input type="hidden" name="active" value={u.active ? "false" : "true"} />
                  <button type="submit" className="small secondary" aria-label={(u.active ? t("deactivateFor") : t("activateFor")) + " " + u.name}>
                    {u.active ? t("deactivate") : t("activate")}
                  </button>
                </form>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
