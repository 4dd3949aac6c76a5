// One place that turns a validated survey submission into what is stored: the response's row (its
// answers, the respondent's profile, service and comment, channel and idempotency key) and the
// upsert that counts its answers in its unit's monthly aggregate. Used by every channel: the web
// form and the API (lib/survey/record.server.ts) and the kiosk (lib/kiosk/record.server.ts).
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import type { SurveyInput } from "./schema";

type Submission = Pick<SurveyInput, "answers" | "profile" | "service" | "comment">;

/** The SurveyResponse row of a submission; the caller adds what its channel stores besides. */
export function responseRow(input: Submission, row: { unitId: number; submittedAt: Date; channel: "web" | "api" | "kiosk"; idempotencyKey: string | null }) {
  return {
    unitId: row.unitId,
    submittedAt: row.submittedAt,
    ...input.answers,
    gender: input.profile?.gender ?? null,
    ageBand: input.profile?.ageBand ?? null,
    education: input.profile?.education ?? null,
    occupation: input.profile?.occupation ?? null,
    service: input.service ?? null,
    comment: input.comment ?? null,
    channel: row.channel,
    idempotencyKey: row.idempotencyKey,
  };
}

/** The MonthlyAggregate upsert that adds one respondent and their answers to the unit's month. */
export function aggregateUpsert(unitId: number, month: string, answers: SurveyInput["answers"]) {
  return {
    where: { unitId_month: { unitId, month } },
    create: {
      unitId,
      month,
      respondents: 1,
      ...Object.fromEntries(
        ELEMENT_KEYS.flatMap((k) => [
          [`${k}Count`, 1],
          [`${k}Sum`, answers[k]],
        ]),
      ),
    },
    update: {
      respondents: { increment: 1 },
      ...Object.fromEntries(
        ELEMENT_KEYS.flatMap((k) => [
          [`${k}Count`, { increment: 1 }],
          [`${k}Sum`, { increment: answers[k] }],
        ]),
      ),
    },
  };
}
