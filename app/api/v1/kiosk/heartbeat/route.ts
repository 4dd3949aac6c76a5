// POST /api/v1/kiosk/heartbeat {"pending": 3}: a paired kiosk says it is alive and how many
// answers wait in its queue (shown in the workspace). 204; 401 for an unknown or revoked token.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/db.server";
import { validationError } from "@/lib/http/api-errors";
import { apiTranslator, parseJsonBody } from "@/lib/http/api-request.server";
import { findDeviceByToken, recordHeartbeat } from "@/lib/kiosk/devices.server";
import { kioskTokenOf } from "@/lib/kiosk/secrets";

const heartbeatSchema = z.strictObject({ pending: z.number().int().min(0).max(1_000_000) });

export async function POST(request: NextRequest) {
  const t = await apiTranslator(request);
  const token = kioskTokenOf(request);
  const device = token ? await findDeviceByToken(db, token) : null;
  if (!device) return NextResponse.json({ error: "kiosk_unpaired", message: t("kiosk.errors.unpaired") }, { status: 401 });
  const parsed = await parseJsonBody(request, heartbeatSchema, { unreadable: "pending", maxBytes: 1024 });
  if (!parsed.ok) return validationError({ pending: [t("kiosk.errors.pending")] }, t("kiosk.errors.pending"));
  await recordHeartbeat(db, device.id, parsed.data.pending);
  return new Response(null, { status: 204 });
}
