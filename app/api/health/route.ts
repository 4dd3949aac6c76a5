// Load-balancer health check: 200 when this instance can reach its database, 503 otherwise.
import { NextResponse } from "next/server";
import { db, dbProvider } from "@/lib/db/db.server";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.unitType.count();
    return NextResponse.json({ status: "ok", database: dbProvider }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json({ status: "unavailable", database: dbProvider }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
