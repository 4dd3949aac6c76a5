// POST /unit/<slug>/nomor-tidak-aktif: a citizen reports that the head's posted number does not
// answer. Counted for the secretariat (ContactReport, shown in the workspace's unit list), then
// back to the unit page (303) with the outcome, so the plain form works without JavaScript.
// Rate-limited per client address: a handful a day is what a real visitor needs.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { recordContactReport } from "@/lib/public/data.server";
import { getActiveUnitBySlug } from "@/lib/units/units.server";
import { db } from "@/lib/db/db.server";
import { clientKey, consume } from "@/lib/security/rate-limit.server";

const CONTACT_REPORT_LIMIT = { points: Number(process.env.CONTACT_REPORT_LIMIT_PER_DAY ?? 3), durationSeconds: 24 * 60 * 60 };

const slugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);
const formSchema = z.object({ confirm: z.literal("1") });

type Params = { params: Promise<{ slug: string }> };

export async function POST(request: NextRequest, { params }: Params) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return new NextResponse(null, { status: 404 });
  const form = await request.formData().catch(() => null);
  const parsed = formSchema.safeParse(form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : {});
  const back = (state: string) => new NextResponse(null, { status: 303, headers: { Location: `/unit/${slug.data}?lapor=${state}#kontak` } });
  if (!parsed.success) return back("gagal");
  // The unit is checked before counting, so that probing unknown slugs does not use up a visitor's allowance.
  if (!(await getActiveUnitBySlug(slug.data))) return new NextResponse(null, { status: 404 });
  const limit = await consume("contact-report", clientKey(request.headers), CONTACT_REPORT_LIMIT);
  if (!limit.allowed) return back("dibatasi");
  if (!(await recordContactReport(db, slug.data))) return new NextResponse(null, { status: 404 });
  return back("terkirim");
}
