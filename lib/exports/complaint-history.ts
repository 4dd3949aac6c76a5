// What a complaint's export reads from its history (ComplaintEvent, append-only): a reopening
// clears the case's verifiedAt and answeredAt and moves it back to verifying, but the first and
// latest verification and answer and the measure recorded stay in the history. Pure.

export type HistoryEvent = { fromStatus: string | null; toStatus: string; createdAt: Date; answer: string | null; action: string | null };

/** From a case's history (oldest first): the first and latest verification (a step to a verdict, not a note beside one) and answer, and the latest measure recorded. */
export function historyFacts(events: HistoryEvent[]) {
  const verified = events
    .filter((e) => e.fromStatus !== e.toStatus && (e.toStatus === "substantiated" || e.toStatus === "unsubstantiated"))
    .map((e) => e.createdAt);
  const answered = events.filter((e) => e.answer).map((e) => e.createdAt);
  const action = events.filter((e) => e.action).at(-1)?.action ?? null;
  return {
    firstVerified: verified[0] ?? null,
    lastVerified: verified.at(-1) ?? null,
    firstAnswered: answered[0] ?? null,
    lastAnswered: answered.at(-1) ?? null,
    action,
  };
}
