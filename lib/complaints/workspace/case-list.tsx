// The complaint desk's list of cases: the search box and filters (a GET form: every view is a
// URL), the table of cases with their flags (overdue stages, escalation, the Inspektorat,
// reopenings), and the pages.
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { FilterForm, InputFilter, SelectFilter } from "@/components/admin/filters";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { STATUSES } from "@/lib/complaints/lifecycle";
import { CHANNELS } from "@/lib/complaints/channels";
import { caseQueryHref, SORTS, STAGES, type CaseQuery } from "@/lib/complaints/case-query";
import type { CaseListRow } from "@/lib/complaints/cases.server";
import { fmt, fmtDate } from "@/lib/i18n/format";

export async function CaseFilters({ query, units }: { query: CaseQuery; units: { slug: string; name: string }[] }) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  const tl = await getTranslations("complaints.list");
  return (
    <FilterForm submit={t("admin.show")} label={tl("filters")}>
      <span className="filter-search">
        <label htmlFor="case-search">{tl("search")}</label>
        <input id="case-search" type="search" name="q" defaultValue={query.q ?? ""} aria-describedby="case-search-hint" />
        <span className="hint" id="case-search-hint">
          {tl("searchHint")}
        </span>
      </span>
      {units.length > 1 && (
        <SelectFilter
          label={t("admin.unit")}
          name="unit"
          defaultValue={query.unit ?? ""}
          all={t("admin.all")}
          options={units.map((u) => ({ value: u.slug, label: u.name }))}
        />
      )}
      <SelectFilter
        label={t("admin.filter")}
        name="status"
        defaultValue={query.status ?? ""}
        all={t("admin.all")}
        options={[{ value: "open", label: t("admin.open") }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <SelectFilter
        label={tch("case.channel")}
        name="channel"
        defaultValue={query.channel ?? ""}
        all={t("admin.all")}
        options={CHANNELS.map((c) => ({ value: c, label: tch(`channels.${c}`) }))}
      />
      <SelectFilter
        label={tl("overdue")}
        name="overdue"
        defaultValue={query.overdue ?? ""}
        all={t("admin.all")}
        options={[{ value: "any", label: tl("overdueAny") }, ...STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))]}
      />
      <SelectFilter
        label={tl("inspectorate")}
        name="inspektorat"
        defaultValue={query.inspectorate === null ? "semua" : query.inspectorate ? "ya" : "tidak"}
        options={[
          { value: "semua", label: t("admin.all") },
          { value: "ya", label: tl("inspectorateYes") },
          { value: "tidak", label: tl("inspectorateNo") },
        ]}
      />
      <label>
        <input type="checkbox" name="reopened" value="1" defaultChecked={query.reopened} /> {tl("reopened")}
      </label>
      <InputFilter label={tl("from")} name="from" type="date" defaultValue={query.from ?? ""} />
      <InputFilter label={tl("to")} name="to" type="date" defaultValue={query.to ?? ""} />
      <SelectFilter label={tl("sort")} name="sort" defaultValue={query.sort} options={SORTS.map((s) => ({ value: s, label: tl(`sorts.${s}`) }))} />
    </FilterForm>
  );
}

/** Previous and next page links, and where this page is among all. */
export async function CasePager({
  query,
  page,
  pages,
  total,
  bounded = false,
  full = false,
  inspector,
}: {
  query: CaseQuery;
  page: number;
  pages: number;
  total: number;
  bounded?: boolean; // the count stopped at its bound: more match than `total`
  full?: boolean; // this page is full (with a bounded count, a next page may follow)
  inspector: boolean;
}) {
  const hasNext = bounded ? full : page < pages;
  const tl = await getTranslations("complaints.list");
  return (
    <nav aria-label={tl("pages")} className="pager" id="case-pager">
      <p id="case-count">
        {bounded
          ? tl("countMore", { total: fmt(total, 0), page: fmt(page, 0) })
          : tl("count", { total: fmt(total, 0), page: fmt(page, 0), pages: fmt(pages, 0) })}
      </p>
      {page > 1 && (
        <Link href={caseQueryHref(query, { page: page - 1 }, { inspector })} rel="prev">
          {tl("previous")}
        </Link>
      )}
      {page > 1 && hasNext && " · "}
      {hasNext && (
        <Link href={caseQueryHref(query, { page: page + 1 }, { inspector })} rel="next" id="case-next">
          {tl("next")}
        </Link>
      )}
    </nav>
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
        // A plain anchor on every row, not Link (components/admin/link.tsx).
        { header: t("admin.code"), rowHeader: true, cell: (c) => <a href={`/admin/pengaduan/${c.id}`}>{c.trackingCode}</a> },
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
