// GET /admin/ekspor/plans?period=2026-Q3[&unit=<slug>][&format=xlsx]: one row per action of the
// period's improvement plans (a year's or a semester's: those of its quarters), with the plan's
// status and dates, as CSV or XLSX.
import { unitScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/db.server";
import { exportRoute } from "@/lib/exports/route.server";
import { planPeriodKeys } from "@/lib/exports/query";
import { tableResponse, type XlsxColumn } from "@/lib/exports/xlsx.server";

const COLUMNS: XlsxColumn[] = [
  { header: "plan_id", kind: "number" },
  { header: "unit", kind: "text", width: 28 },
  { header: "period", kind: "text" },
  { header: "plan_status", kind: "text" },
  { header: "approved_at", kind: "datetime", width: 18 },
  { header: "action_id", kind: "number" },
  { header: "element", kind: "text", width: 8 },
  { header: "description", kind: "text", width: 50 },
  { header: "responsible", kind: "text", width: 28 },
  { header: "due_on", kind: "date", width: 12 },
  { header: "action_status", kind: "text", width: 14 },
  { header: "dropped_reason", kind: "text", width: 30 },
  { header: "evidence", kind: "text", width: 40 },
];

export const GET = exportRoute(async ({ user, period, unit, format, fileName }) => {
  const plans = await db.improvementPlan.findMany({
    where: { period: { in: planPeriodKeys(period) }, ...unitScope(user), ...(unit ? { unit: { slug: unit } } : {}) },
    include: { unit: { select: { slug: true } }, actions: { orderBy: { id: "asc" } } },
    orderBy: [{ period: "asc" }, { id: "asc" }],
  });
  const rows = plans.flatMap((p) =>
    p.actions.map((a) => [
      p.id,
      p.unit.slug,
      p.period,
      p.status,
      p.approvedAt,
      a.id,
      a.element,
      a.description,
      a.responsible,
      a.dueOn,
      a.status,
      a.droppedReason,
      a.evidence,
    ]),
  );
  return tableResponse(format, fileName("rencana"), `rencana ${period.key}`, COLUMNS, rows);
});
