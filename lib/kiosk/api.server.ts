// The kiosk's branch of POST /api/v1/surveys: a request carrying a device token (the kiosk
// screen's cookie, or `Authorization: Bearer` for other kiosk clients) is answered here. No limit
// per client address (a shared device); the device's own limits instead (./record.server.ts).
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/db.server";
import { translatedValidationError, validationError } from "@/lib/http/api-errors";
import type { Translate } from "@/lib/i18n/translator.server";
import { flatFieldErrors } from "@/lib/survey/schema";
import { kioskSurveySchema } from "@/lib/kiosk/schema";
import { findDeviceByToken } from "./devices.server";
import { recordKioskResponse } from "./record.server";
import { MAX_RECORD_ID } from "@/lib/http/record-id";

/** A queue size the device reports is stored in an Int column: a larger claim is stored as its limit. */
const MAX_QUEUE_REPORTED = MAX_RECORD_ID;

export async function kioskSurveyResponse(
  request: NextRequest,
  body: { ok: true; value: unknown } | { ok: false },
  token: string,
  idempotencyKey: string | null,
  t: () => Promise<Translate>,
): Promise<NextResponse> {
  const device = await findDeviceByToken(db, token);
  if (!device) return unpaired(await t());
  if (!idempotencyKey) {
    const message = (await t())("kiosk.errors.keyRequired");
    return validationError({ idempotencyKey: [message] }, message);
  }
  const parsed = body.ok ? kioskSurveySchema.safeParse(body.value) : null;
  if (!parsed?.success) {
    const codes = parsed ? flatFieldErrors(parsed.error) : { body: ["body"] };
    const translate = await t();
    // The answers' messages are the survey's; the device time's is the kiosk's.
    return translatedValidationError(codes, (key) => translate(key === "survey.errors.madeAt" ? "kiosk.errors.madeAt" : key), "survey.errors");
  }
  const pending = Number(request.headers.get("x-kiosk-pending"));
  const { madeAt, ...input } = parsed.data;
  const outcome = await recordKioskResponse(db, input, {
    device,
    madeAt,
    idempotencyKey,
    pending: Number.isInteger(pending) && pending >= 0 ? Math.min(pending, MAX_QUEUE_REPORTED) : undefined,
  });
  if (outcome.ok)
    return NextResponse.json({ id: outcome.id, verified: false }, { status: 201, headers: outcome.replayed ? { "Idempotent-Replayed": "true" } : {} });

  const translate = await t();
  switch (outcome.reason) {
    case "unpaired":
      return unpaired(translate);
    case "wrong_unit":
      return validationError({ unit: [translate("kiosk.errors.wrongUnit")] }, translate("kiosk.errors.wrongUnit"));
    case "future":
    case "too_old":
      return validationError({ madeAt: [translate(`kiosk.errors.${outcome.reason}`)] }, translate(`kiosk.errors.${outcome.reason}`));
    case "too_soon":
      return NextResponse.json({ error: "kiosk_too_soon", message: translate("kiosk.errors.tooSoon", { seconds: outcome.seconds }) }, { status: 429 });
    case "hourly":
      return NextResponse.json({ error: "kiosk_hourly_limit", message: translate("kiosk.errors.hourly", { max: outcome.max }) }, { status: 429 });
  }
}

function unpaired(t: Translate) {
  return NextResponse.json({ error: "kiosk_unpaired", message: t("kiosk.errors.unpaired") }, { status: 401 });
}
