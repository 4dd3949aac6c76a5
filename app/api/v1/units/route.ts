// GET /api/v1/units: the public directory of active units with the head's name and posted
// contact number (public by the deputy mayor's order). Open data, from the per-instance cache.
import { NextResponse } from "next/server";
import { getUnitDirectory } from "@/lib/public/cache.server";

export async function GET() {
  const units = await getUnitDirectory();
  return NextResponse.json(
    {
      units: units.map((u) => ({
        slug: u.slug,
        name: u.name,
        type: u.type,
        typeName: u.typeName,
        kecamatan: u.kecamatan,
        headName: u.headName,
        headTitle: u.headTitle,
        phone: u.headPhone,
        phoneCheckedAt: u.headPhoneCheckedAt,
        escalation: u.escalation,
        complaints: u.complaints,
        url: `/unit/${u.slug}`,
        surveyUrl: `/s/${u.slug}`,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=30" } },
  );
}
