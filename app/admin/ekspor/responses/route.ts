// GET /admin/ekspor/responses?period=2026-Q3[&unit=<slug>][&format=xlsx]: the survey responses as
// CSV or XLSX (typed cells), read in pages of 5,000 rows (keyset on id) and streamed, so a million
// rows never sit in memory. Holds no complaint data, and so no reporter's contact. Held answers
// are exported too (stored, not yet counted), marked with the signals that held them, so the
// file's rows can be told apart as the scores tell them apart.
import { unitScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/db.server";
import { exportRoute } from "@/lib/exports/route.server";
import { csvResponse, xlsxResponse, type XlsxCell, type XlsxColumn } from "@/lib/exports/xlsx.server";
import { validationError } from "@/lib/http/api-errors";
import { toCsv } from "@/lib/http/csv";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { boundsOf } from "@/lib/scores/period";

const PAGE = 5000;
const COLUMNS: XlsxColumn[] = [
  { header: "id", kind: "number" },
  { header: "unit", kind: "text", width: 28 },
  { header: "submitted_at", kind: "datetime", width: 18 },
  ...ELEMENT_KEYS.map((k): XlsxColumn => ({ header: k, kind: "number", width: 6 })),
  ...["gender", "age_band", "education", "occupation", "service"].map((h): XlsxColumn => ({ header: h, kind: "text", width: 14 })),
  { header: "comment", kind: "text", width: 50 },
  { header: "channel", kind: "text" },
  { header: "verified", kind: "boolean" },
  { header: "excluded", kind: "boolean" },
  { header: "excluded_reason", kind: "text", width: 30 },
  { header: "held", kind: "boolean" },
  { header: "held_signals", kind: "text", width: 24 },
];
const HEADER = COLUMNS.map((c) => c.header);

export const GET = exportRoute(async ({ user, period, unit: slug, format, fileName }) => {
  const { start, end } = boundsOf(period);
  let unitId: number | undefined;
  if (slug) {
    const unit = await db.unit.findUnique({ where: { slug }, select: { id: true } });
    if (!unit) return validationError({ unit: ["unknown unit"] });
    unitId = unit.id;
  }
  const where = { submittedAt: { gte: start, lt: end }, ...unitScope(user), ...(unitId ? { unitId } : {}) };
  const slugs = new Map((await db.unit.findMany({ select: { id: true, slug: true } })).map((u) => [u.id, u.slug]));

  /** The rows in pages, typed (dates as Date, answers as numbers). */
  async function* pages(): AsyncGenerator<XlsxCell[][]> {
    let cursor = 0;
    for (;;) {
      const rows = await db.surveyResponse.findMany({ where: { ...where, id: { gt: cursor } }, orderBy: { id: "asc" }, take: PAGE });
      yield rows.map((r) => [
        r.id,
        slugs.get(r.unitId),
        r.submittedAt,
        ...ELEMENT_KEYS.map((k) => r[k]),
        r.gender,
        r.ageBand,
        r.education,
        r.occupation,
        r.service,
        r.comment,
        r.channel,
        r.verified,
        r.excluded,
        r.excludedReason,
        r.held,
        r.heldSignals,
      ]);
      if (rows.length < PAGE) return;
      cursor = rows[rows.length - 1].id;
    }
  }

  const name = fileName("respons");
  if (format === "xlsx") return xlsxResponse(`${name}.xlsx`, `respons ${period.key}`, COLUMNS, pages());
  const encoder = new TextEncoder();
  const source = pages();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) return controller.close();
      const csv = toCsv(
        HEADER,
        next.value.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
      );
      // toCsv always writes the header line; keep it only once.
      controller.enqueue(encoder.encode(headerSent ? csv.slice(csv.indexOf("\r\n") + 2) : csv));
      headerSent = true;
    },
  });
  return csvResponse(`${name}.csv`, stream);
});
