// The workspace's list of improvement plans: unit and period, status, number of actions, last change.
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import type { listPlans } from "@/lib/plans/plans.server";
import { fmtDate } from "@/lib/i18n/format";

type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

export async function PlanTable({ plans }: { plans: PlanRow[] }) {
  const t = await getTranslations("plans");
  return (
    <WorkspaceTable
      scroll
      empty={t("none")}
      rows={plans}
      rowKey={(p) => p.id}
      rowProps={(p) => ({ "data-plan": p.id })}
      columns={[
        {
          header: t("unit"),
          rowHeader: true,
          cell: (p) => (
            <Link href={`/admin/rencana/${p.id}`}>
              {p.unit.name} · {p.period}
            </Link>
          ),
        },
        { header: t("period"), cell: (p) => p.period },
        { header: t("status"), cell: (p) => t(`statuses.${p.status}`) },
        { header: t("actionsCount"), cell: (p) => p._count.actions },
        { header: t("updated"), cell: (p) => fmtDate(p.updatedAt) },
      ]}
    />
  );
}
