// The audit log page's pieces: the filter form, the table of entries (the record before and
// after as JSON) and the links to the previous and next pages.
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { FilterForm, InputFilter, SelectFilter } from "@/components/admin/filters";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { auditPageLink, type AuditFilters, type AuditTrail } from "@/lib/audit/trail.server";
import { fmtDateTime } from "@/lib/i18n/format";

export async function AuditFilterForm({ filters, choices }: { filters: AuditFilters; choices: AuditTrail["choices"] }) {
  const t = await getTranslations("admin.audit");
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <FilterForm submit={t("filter")} label={t("filters")}>
      <SelectFilter
        label={t("actor")}
        name="actor"
        defaultValue={filters.actor ?? ""}
        all={t("all")}
        options={choices.actors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <SelectFilter label={t("action")} name="action" defaultValue={filters.action ?? ""} all={t("all")} options={plain(choices.actions)} />
      <SelectFilter label={t("entity")} name="entity" defaultValue={filters.entity ?? ""} all={t("all")} options={plain(choices.entities)} />
      <InputFilter label={t("from")} type="date" name="from" defaultValue={filters.from ?? ""} />
      <InputFilter label={t("to")} type="date" name="to" defaultValue={filters.to ?? ""} />
    </FilterForm>
  );
}

const json = (value: unknown) => <code className="json">{value == null ? "–" : JSON.stringify(value)}</code>;

export async function AuditTable({ rows }: { rows: AuditTrail["rows"] }) {
  const t = await getTranslations("admin.audit");
  return (
    <WorkspaceTable
      scroll
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header: t("time"), cell: (r) => fmtDateTime(r.createdAt) },
        { header: t("actor"), cell: (r) => r.actor?.name ?? t("system") },
        { header: t("action"), cell: (r) => r.action },
        {
          header: t("entity"),
          cell: (r) => (
            <>
              {r.entity}
              {r.entityId ? ` #${r.entityId}` : ""}
            </>
          ),
        },
        { header: t("before"), cell: (r) => json(r.before) },
        { header: t("after"), cell: (r) => json(r.after) },
      ]}
    />
  );
}

export async function AuditPagination({ filters, pages }: { filters: AuditFilters; pages: number }) {
  const t = await getTranslations("admin.audit");
  const { page } = filters;
  return (
    <nav aria-label={t("pagination")} className="pagination">
      {page > 1 && <Link href={auditPageLink(filters, page - 1)}>{t("previous")}</Link>}
      {page < pages && <Link href={auditPageLink(filters, page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
