// GET /admin/privasi/unduh?code=<tracking code>: everything held about that case's reporter as
// one JSON file (lib/privacy/erasure.server.ts, reporterData), for the secretariat only; each
// download is in the audit log.
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApi } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { reporterData } from "@/lib/privacy/erasure.server";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const auth = await authorizeApi("privacy:manage");
  if (auth.response) return auth.response;
  const document = await reporterData(db, request.nextUrl.searchParams.get("code"), auth.user.id);
  if (!document) return NextResponse.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new NextResponse(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rapor-pelapor-${document.trackingCode}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
