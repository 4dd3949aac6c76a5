// Leaving a survey response out of every score, with the reason: the monthly aggregate is kept
// equal to a recount of the counted responses, and a held answer's hold ends.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";

export class NotFoundError extends Error {}

/**
 * Leaves a response out of every score: marks it excluded with the reason and subtracts its
 * answers from its month's aggregate, in one transaction, so the aggregate always equals a
 * recount of the counted responses. `scope` limits which units' responses may be touched.
 */
export async function excludeResponse(db: Db, responseId: number, reason: string, actorId: number | null, scope: { unitId?: number } = {}, now = new Date()) {
  return db.$transaction(async (tx) => {
    const response = await tx.surveyResponse.findFirst({ where: { id: responseId, excluded: false, ...scope } });
    if (!response) throw new NotFoundError(String(responseId));
    // A held answer is not in the aggregate (lib/survey/held.server.ts): excluding it ends the hold
    // and subtracts nothing. The claim fails if it was released or excluded meanwhile.
    const claimed = await tx.surveyResponse.updateMany({
      where: { id: responseId, excluded: false, held: response.held },
      data: {
        excluded: true,
        excludedReason: reason,
        excludedAt: now,
        excludedById: actorId,
        ...(response.held ? { held: false, reviewedAt: now, reviewedById: actorId, reviewOutcome: "excluded", reviewReason: reason } : {}),
      },
    });
    if (claimed.count !== 1) throw new NotFoundError(String(responseId)); // excluded concurrently
    if (response.held) {
      await recordAudit(tx, {
        actorId,
        action: "response.exclude-held",
        entity: "response",
        entityId: responseId,
        before: { held: true, ids: [responseId] },
        after: { held: false, outcome: "excluded", reason, unitIds: [response.unitId], count: 1 },
      });
      return;
    }
    const decrement: Record<string, { decrement: number }> = { respondents: { decrement: 1 } };
    for (const key of ELEMENT_KEYS) {
      const answer = response[key];
      if (answer == null) continue;
      decrement[`${key}Count`] = { decrement: 1 };
      decrement[`${key}Sum`] = { decrement: answer };
    }
    const month = cityMonth(response.submittedAt);
    await tx.monthlyAggregate.updateMany({ where: { unitId: response.unitId, month }, data: decrement });
    await recordAudit(tx, {
      actorId,
      action: "response.exclude",
      entity: "response",
      entityId: responseId,
      before: { excluded: false },
      after: { excluded: true, reason, month, unitId: response.unitId },
    });
    await bumpPublicVersion(tx);
  });
}
