// POST /api/v1/kiosk/heartbeat {"pending": 3}: a paired kiosk says it is alive and how many
// answers wait in its queue (shown in the workspace). 204; 401 for an unknown or revoked token.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/db.server";
import { readJson } from "@/lib/http/read-json";
import { validationError } from "@/lib/http/api-errors";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { findDeviceByToken, recordHeartbeat } from "@/lib/kiosk/devices.server";
import { kioskTokenOf } from "@/lib/kiosk/secrets";

const heartbeatSchema = z.strictObject({ pending: z.number().int().min(0).max(1_000_000) });

export async function POST(request: NextRequest) {
  const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
  const token = kioskTokenOf(request);
  const device = token ? await findDeviceByToken(db, token) : null;
  if (!device) return NextResponse.json({ error: "kiosk_unpaired", message: t("kiosk.errors.unpaired") }, { status: 401 });
  const body = await readJson(request, 1024);
  const parsed = body.ok ? heartbeatSchema.safeParse(body.value) : null;
  if (!parsed?.success) return validationError({ pending: [t("kiosk.errors.pending")] }, t("kiosk.errors.pending"));
  await recordHeartbeat(db, device.id, parsed.data.pending);
  return new Response(null, { status: 204 });
}
