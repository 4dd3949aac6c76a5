// GET /admin/ekspor/plans?period=2026-Q3[&unit=<slug>][&format=xlsx]: one row per action of the
// period's improvement plans, with the plan's status and dates, as CSV or XLSX.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/db.server";
import { exportPeriod, exportQuerySchema } from "@/lib/exports/query";
import { tableResponse, type XlsxColumn } from "@/lib/exports/xlsx.server";
import { validationError } from "@/lib/http/api-errors";

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

export async function GET(request: NextRequest) {
  const auth = await authorizeApi("export:read");
  if (auth.response) return auth.response;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const period = exportPeriod(parsed.data.period);
  const plans = await db.improvementPlan.findMany({
    where: { period: period.key, ...unitScope(auth.user), ...(parsed.data.unit ? { unit: { slug: parsed.data.unit } } : {}) },
    include: { unit: { select: { slug: true } }, actions: { orderBy: { id: "asc" } } },
    orderBy: { id: "asc" },
  });
  const rows = plans.flatMap((p) =>
    p.actions.map((a) => [p.id, p.unit.slug, p.period, p.status, p.approvedAt, a.id, a.element, a.description, a.responsible, a.dueOn, a.status, a.droppedReason, a.evidence]),
  );
  const name = `rencana-${period.key}${parsed.data.unit ? `-${parsed.data.unit}` : ""}`;
  return tableResponse(parsed.data.format, name, `rencana ${period.key}`, COLUMNS, rows);
}
