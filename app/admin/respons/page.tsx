import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { FilterForm, InputFilter, SelectFilter } from "@/components/admin/filters";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { db } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { boundsOf, currentQuarter, parsePeriod } from "@/lib/scores/period";
import { excludeAction } from "./actions";
import { ones } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.responses"))("title") };
}

const SHOWN = 100;

export default async function ResponsesPage({ searchParams }: { searchParams: Promise<{ unit?: string; period?: string; kecualikan?: string }> }) {
  await requirePermission("response:exclude", { from: "/admin/respons" });
  const t = await getTranslations("admin.responses");
  const holdT = await getTranslations("hold.admin");
  const q = ones(await searchParams);
  const units = await db.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
  const unit = units.find((u) => u.slug === q.unit) ?? units[0];
  const period = (q.period && parsePeriod(q.period)) || currentQuarter(new Date());
  const { start, end } = boundsOf(period);
  // One row's exclusion form at a time, opened by its link (`kecualikan=<id>`): a form on each of
  // the hundred rows made the page 224 KB, a client component each.
  const excluding = Number(q.kecualikan);
  const excludeHref = (id: number) => `/admin/respons?${new URLSearchParams({ unit: unit!.slug, period: period.key, kecualikan: String(id) })}#exclude-${id}`;
  const responses = unit
    ? await db.surveyResponse.findMany({
        where: { unitId: unit.id, submittedAt: { gte: start, lt: end } },
        orderBy: { submittedAt: "desc" },
        take: SHOWN,
      })
    : [];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm submit={t("show")}>
        <SelectFilter label={t("unit")} name="unit" defaultValue={unit?.slug} options={units.map((u) => ({ value: u.slug, label: u.name }))} />
        <InputFilter label={t("period")} name="period" defaultValue={period.key} />
      </FilterForm>
      <p>{t("shown", { count: responses.length, max: SHOWN })}</p>
      <WorkspaceTable
        scroll
        rows={responses}
        rowKey={(r) => r.id}
        columns={[
          { header: t("id"), rowHeader: true, cell: (r) => r.id },
          {
            header: t("submitted"),
            cell: (r) => (
              <>
                {fmtDateTime(r.submittedAt)}
                <br />
                <span className="muted">
                  {r.channel}
                  {r.verified ? ` · ${t("verified")}` : ""}
                </span>
              </>
            ),
          },
          { header: t("answers"), cellProps: { className: "answers" }, cell: (r) => ELEMENT_KEYS.map((k) => r[k] ?? "·").join(" ") },
          { header: t("comment"), cell: (r) => r.comment ?? "" },
          {
            header: t("status"),
            cell: (r) =>
              r.excluded ? (
                <span>
                  {t("excludedState")}: {r.excludedReason}
                </span>
              ) : (
                <>
                  {r.held && (
                    <p>
                      <a href={`/admin/respons/ditahan?unit=${unit!.slug}`}>{holdT("heldState")}</a>
                    </p>
                  )}
                  {r.id === excluding ? (
                    <ActionForm
                      id={`exclude-${r.id}`}
                      action={excludeAction}
                      submit={t("excludeSubmit")}
                      fields={[
                        { name: "responseId", label: "id", type: "hidden", defaultValue: String(r.id) },
                        { name: "reason", label: t("reason"), type: "textarea", required: true },
                      ]}
                    />
                  ) : (
                    <a href={excludeHref(r.id)} aria-label={t("excludeFor", { id: r.id })}>
                      {t("exclude")}
                    </a>
                  )}
                </>
              ),
          },
        ]}
      />
    </>
  );
}
