// GET /admin/ekspor/responses?period=2026-Q3[&unit=<slug>]: the survey responses as CSV,
// streamed in pages of 5,000 rows (keyset on id), so a million rows never sit in memory.
// Holds no complaint data, and so no reporter's contact.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi } from "@/lib/auth/guards.server";
import { unitScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db.server";
import { exportPeriod, exportQuerySchema } from "@/lib/admin/export-query";
import { validationError } from "@/lib/http/api-errors";
import { toCsv } from "@/lib/http/csv";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";
import { boundsOf } from "@/lib/scoring/period";

const PAGE = 5000;
const HEADER = ["id", "unit", "submitted_at", ...ELEMENT_KEYS, "gender", "age_band", "education", "occupation", "service", "comment", "channel", "verified", "excluded", "excluded_reason"];

export async function GET(request: NextRequest) {
  const auth = await authorizeApi("export:read");
  if (auth.response) return auth.response;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const period = exportPeriod(parsed.data.period);
  const { start, end } = boundsOf(period);
  let unitId: number | undefined;
  if (parsed.data.unit) {
    const unit = await db.unit.findUnique({ where: { slug: parsed.data.unit }, select: { id: true } });
    if (!unit) return validationError({ unit: ["unknown unit"] });
    unitId = unit.id;
  }
  const where = { submittedAt: { gte: start, lt: end }, ...unitScope(auth.user), ...(unitId ? { unitId } : {}) };
  const slugs = new Map((await db.unit.findMany({ select: { id: true, slug: true } })).map((u) => [u.id, u.slug]));
  const encoder = new TextEncoder();
  let cursor = 0;
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const rows = await db.surveyResponse.findMany({ where: { ...where, id: { gt: cursor } }, orderBy: { id: "asc" }, take: PAGE });
      const csv = toCsv(
        HEADER,
        rows.map((r) => [
          r.id, slugs.get(r.unitId), r.submittedAt.toISOString(), ...ELEMENT_KEYS.map((k) => r[k]), r.gender, r.ageBand, r.education, r.occupation, r.service, r.comment,
          r.channel, r.verified, r.excluded, r.excludedReason,
        ]),
      );
      // toCsv always writes the header line; keep it only once.
      controller.enqueue(encoder.encode(headerSent ? csv.slice(csv.indexOf("\r\n") + 2) : csv));
      headerSent = true;
      if (rows.length < PAGE) controller.close();
      else cursor = rows[rows.length - 1].id;
    },
  });
  const name = `respons-${period.key}${parsed.data.unit ? `-${parsed.data.unit}` : ""}.csv`;
  return new NextResponse(stream, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } });
}
