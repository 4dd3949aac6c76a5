// The complaint desk's list of cases: the status and overdue filter, and the table of cases with
// their flags (overdue stages, escalation, the Inspektorat, reopenings).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm, SelectFilter } from "@/components/admin/filters";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { STATUSES } from "@/lib/complaints/lifecycle";
import type { CaseFilter, CaseListRow } from "@/lib/complaints/cases.server";
import { fmtDate } from "@/lib/i18n/format";

export async function CaseFilters({ status, overdueOnly }: Omit<CaseFilter, "take">) {
  const t = await getTranslations("complaints");
  return (
    <FilterForm submit={t("admin.show")}>
      <SelectFilter
        label={t("admin.filter")}
        name="status"
        defaultValue={status ?? ""}
        all={t("admin.all")}
        options={[{ value: "open", label: t("admin.open") }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <label>
        <input type="checkbox" name="overdue" value="1" defaultChecked={overdueOnly} /> {t("admin.overdueOnly")}
      </label>
    </FilterForm>
  );
}

export async function CaseTable({ cases }: { cases: CaseListRow[] }) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  return (
    <WorkspaceTable
      scroll
      rows={cases}
      rowKey={(c) => c.id}
      rowProps={(c) => ({ "data-case": c.trackingCode })}
      columns={[
        { header: t("admin.code"), rowHeader: true, cell: (c) => <Link href={`/admin/pengaduan/${c.id}`}>{c.trackingCode}</Link> },
        { header: t("admin.unit"), cell: (c) => c.unit.name },
        { header: t("admin.category"), cell: (c) => t(`categories.${c.category as "other"}`) },
        { header: tch("case.channel"), cell: (c) => tch(`channels.${c.channel}`) },
        { header: t("admin.status"), cell: (c) => t(`status.${c.status}`) },
        { header: t("admin.received"), cell: (c) => fmtDate(c.receivedAt) },
        {
          header: t("admin.flags"),
          cell: (c) => (
            <>
              {c.overdue.length > 0 && (
                <span className="flag flag-overdue">{t("admin.overdue", { stages: c.overdue.map((s) => t(`stages.${s}`)).join(", ") })}</span>
              )}
              {c.overdue.length > 0 && c.escalate && " · "}
              {c.escalate && <span className="flag flag-escalate">{t("admin.escalate")}</span>}
              {c.inspectorate && <span className="flag flag-escalate"> {tch("case.inspectorateFlag")}</span>}
              {!c.inspectorate && c.reopenCount > 0 && <span className="flag"> {tch("case.reopenedFlag")}</span>}
            </>
          ),
        },
      ]}
    />
  );
}
