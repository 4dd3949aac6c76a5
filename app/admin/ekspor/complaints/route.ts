// GET /admin/ekspor/complaints?period=2026-Q3[&unit=<slug>][&format=xlsx]: the period's complaint
// cases (received in it) as CSV or XLSX: unit, channel, category, status, dates, measure, severity
// and flags, and from the history what a reopening clears on the case: the first and latest
// verification and answer, the latest measure, the reopenings and the Inspektorat. Never the reporter, the contact, the tracking code (the reporter's handle), the text
// of the complaint or the staff named; nor a LAPOR! case's ticket number, which is the reporter's
// handle on SP4N-LAPOR! as the tracking code is here (the case page shows it to its handlers).
import { unitScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/db.server";
import { exportRoute } from "@/lib/exports/route.server";
import { tableResponse, type XlsxColumn } from "@/lib/exports/xlsx.server";
import { boundsOf } from "@/lib/scores/period";
import { REACHED_UNIT } from "@/lib/complaints/reached";
import { historyFacts } from "@/lib/exports/complaint-history";

const COLUMNS: XlsxColumn[] = [
  { header: "id", kind: "number" },
  { header: "unit", kind: "text", width: 28 },
  { header: "channel", kind: "text", width: 10 },
  { header: "category", kind: "text", width: 16 },
  { header: "status", kind: "text", width: 16 },
  { header: "received_at", kind: "datetime", width: 18 },
  { header: "verified_at", kind: "datetime", width: 18 },
  { header: "answered_at", kind: "datetime", width: 18 },
  { header: "closed_at", kind: "datetime", width: 18 },
  { header: "action", kind: "text", width: 18 },
  { header: "severity", kind: "text" },
  { header: "escalate", kind: "boolean" },
  { header: "anonymous", kind: "boolean" },
  { header: "first_verified_at", kind: "datetime", width: 18 },
  { header: "last_verified_at", kind: "datetime", width: 18 },
  { header: "first_answered_at", kind: "datetime", width: 18 },
  { header: "last_answered_at", kind: "datetime", width: 18 },
  { header: "action_recorded", kind: "text", width: 18 },
  { header: "reopen_count", kind: "number" },
  { header: "inspectorate", kind: "boolean" },
];

export const GET = exportRoute(async ({ user, period, unit, format, fileName }) => {
  const { start, end } = boundsOf(period);
  const rows = await db.complaint.findMany({
    // Never a case held for review, or rejected as spam while held: it never reached the unit (lib/complaints/reached.ts).
    where: { receivedAt: { gte: start, lt: end }, ...REACHED_UNIT, ...unitScope(user), ...(unit ? { unit: { slug: unit } } : {}) },
    select: {
      id: true,
      unit: { select: { slug: true } },
      channel: true,
      category: true,
      status: true,
      receivedAt: true,
      verifiedAt: true,
      answeredAt: true,
      closedAt: true,
      action: true,
      severity: true,
      escalate: true,
      anonymous: true,
      reopenCount: true,
      inspectorateAt: true,
      events: { select: { fromStatus: true, toStatus: true, createdAt: true, answer: true, action: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
    orderBy: { id: "asc" },
  });
  return tableResponse(
    format,
    fileName("pengaduan"),
    `pengaduan ${period.key}`,
    COLUMNS,
    rows.map((c) => {
      const h = historyFacts(c.events);
      return [
        c.id,
        c.unit.slug,
        c.channel,
        c.category,
        c.status,
        c.receivedAt,
        c.verifiedAt,
        c.answeredAt,
        c.closedAt,
        c.action,
        c.severity,
        c.escalate,
        c.anonymous,
        h.firstVerified,
        h.lastVerified,
        h.firstAnswered,
        h.lastAnswered,
        c.action ?? h.action,
        c.reopenCount,
        c.inspectorateAt !== null,
      ];
    }),
  );
});
