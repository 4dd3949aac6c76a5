import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { fmtDate } from "@/lib/i18n/format";
import { STATUSES, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import { listCases } from "@/lib/complaints/cases.server";
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
      <form method="get" className="filters">
        <label>
          {t("admin.filter")}
          <select name="status" defaultValue={status ?? ""}>
            <option value="">{t("admin.all")}</option>
            <option value="open">{t("admin.open")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="overdue" value="1" defaultChecked={overdueOnly} /> {t("admin.overdueOnly")}
        </label>
        <button type="submit">{t("admin.show")}</button>
      </form>
      <p>{t("admin.shown", { count: cases.length })}</p>
      <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.code")}</th>
              <th scope="col">{t("admin.unit")}</th>
              <th scope="col">{t("admin.category")}</th>
              <th scope="col">{tch("case.channel")}</th>
              <th scope="col">{t("admin.status")}</th>
              <th scope="col">{t("admin.received")}</th>
              <th scope="col">{t("admin.flags")}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id} data-case={c.trackingCode}>
                <th scope="row">
                  <Link href={`/admin/pengaduan/${c.id}`}>{c.trackingCode}</Link>
                </th>
                <td>{c.unit.name}</td>
                <td>{t(`categories.${c.category as "other"}`)}</td>
                <td>{tch(`channels.${c.channel}`)}</td>
                <td>{t(`status.${c.status}`)}</td>
                <td>{fmtDate(c.receivedAt)}</td>
                <td>
                  {c.overdue.length > 0 && <span className="flag flag-overdue">{t("admin.overdue", { stages: c.overdue.map((s) => t(`stages.${s}`)).join(", ") })}</span>}
                  {c.overdue.length > 0 && c.escalate && " · "}
                  {c.escalate && <span className="flag flag-escalate">{t("admin.escalate")}</span>}
                  {c.inspectorate && <span className="flag flag-escalate"> {tch("case.inspectorateFlag")}</span>}
                  {!c.inspectorate && c.reopenCount > 0 && <span className="flag"> {tch("case.reopenedFlag")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
