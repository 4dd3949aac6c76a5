// POST /api/v1/surveys: a survey response as JSON, for kiosks and other clients (docs/api.md, "Survey
// API"). 201 { id } once it is committed (a repeated Idempotency-Key: the first result again);
// 400 with field errors (nothing stored); 404 for an unknown unit; 429 with Retry-After beyond the
// rate limits. A paired kiosk's requests (device token) go to lib/kiosk/api.server.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getActiveUnitBySlug } from "@/lib/units/units.server";
import { db } from "@/lib/db/db.server";
import { notFound, tooManyRequests, translatedValidationError, validationError } from "@/lib/http/api-errors";
import { readJson } from "@/lib/http/read-json";
import { requestLocale, translatorFor } from "@/lib/i18n/translator.server";
import { clientKey } from "@/lib/security/rate-limit.server";
import { kioskSurveyResponse } from "@/lib/kiosk/api.server";
import { kioskTokenOf } from "@/lib/kiosk/secrets";
import { recordResponse } from "@/lib/survey/record.server";
import { idempotencyKeySchema } from "@/lib/kiosk/schema";
import { flatFieldErrors, surveySchema } from "@/lib/survey/schema";

export async function POST(request: NextRequest) {
  const body = await readJson(request);
  const keyHeader = request.headers.get("idempotency-key");
  if (keyHeader !== null && !idempotencyKeySchema.safeParse(keyHeader).success) {
    const message = (await translatorFor(requestLocale(request, { acceptLanguage: true })))("kiosk.errors.idempotencyKey");
    return validationError({ idempotencyKey: [message] }, message);
  }
  const kioskToken = kioskTokenOf(request);
  if (kioskToken) return kioskSurveyResponse(request, body, kioskToken, keyHeader, () => translatorFor(requestLocale(request, { acceptLanguage: true })));

  const parsed = body.ok ? surveySchema.safeParse(body.value) : null;
  if (!parsed?.success) {
    const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
    return translatedValidationError(parsed ? flatFieldErrors(parsed.error) : { body: ["body"] }, t, "survey.errors");
  }

  const outcome = await recordResponse(db, parsed.data, {
    channel: "api",
    clientKey: clientKey(request.headers),
    idempotencyKey: keyHeader ?? undefined,
    resolveUnitId: async (slug) => (await getActiveUnitBySlug(slug))?.id ?? null,
  });
  if (outcome.ok)
    return NextResponse.json(
      { id: outcome.id, verified: outcome.verified },
      { status: 201, headers: outcome.replayed ? { "Idempotent-Replayed": "true" } : {} },
    );

  const t = await translatorFor(requestLocale(request, { acceptLanguage: true }));
  switch (outcome.reason) {
    case "unknown_unit":
      return notFound(t("survey.unknownUnit"));
    case "rate_limited":
      return tooManyRequests(t("survey.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), outcome.retryAfterSeconds);
    case "visit_code": {
      const message = t("survey.errors.visitCodeUsed");
      return validationError({ visitCode: [message] }, message);
    }
  }
}
