// GET /api/v1/units/<slug>/plans: a unit's approved improvement plans, newest period first, with
// each plan's results (NRR before and after per planned element). Open data: approved plans only.
import { NextResponse, type NextRequest } from "next/server";
import { getPublicPlans } from "@/lib/plans/cache.server";
import { notFound } from "@/lib/http/api-errors";
import { apiTranslator } from "@/lib/http/api-request.server";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const plans = await getPublicPlans(slug);
  if (!plans) return notFound((await apiTranslator(request))("public.unit.notFound"));
  return NextResponse.json({ unit: slug, method: { url: "/metode" }, plans }, { headers: { "Cache-Control": "public, max-age=30" } });
}
