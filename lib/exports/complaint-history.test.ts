import { describe, expect, it } from "vitest";
import { historyFacts } from "./complaint-history";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));

describe("historyFacts", () => {
  it("keeps a reopened case's first and latest verification and answer and its measure", () => {
    const events = [
      { fromStatus: null, toStatus: "received", createdAt: at(1), answer: null, action: null },
      { fromStatus: "received", toStatus: "verifying", createdAt: at(2), answer: null, action: null },
      { fromStatus: "verifying", toStatus: "substantiated", createdAt: at(3), answer: null, action: null },
      { fromStatus: "substantiated", toStatus: "action_taken", createdAt: at(4), answer: "Petugas ditegur.", action: "sanction_referral" },
      { fromStatus: "action_taken", toStatus: "verifying", createdAt: at(6), answer: null, action: null }, // reopened by the reporter
      { fromStatus: "verifying", toStatus: "substantiated", createdAt: at(8), answer: null, action: null },
      { fromStatus: "substantiated", toStatus: "substantiated", createdAt: at(9), answer: "Jawaban kedua.", action: null },
    ];
    expect(historyFacts(events)).toEqual({ firstVerified: at(3), lastVerified: at(8), firstAnswered: at(4), lastAnswered: at(9), action: "sanction_referral" });
  });

  it("is empty for a case just received", () => {
    expect(historyFacts([{ fromStatus: null, toStatus: "received", createdAt: at(1), answer: null, action: null }])).toEqual({
      firstVerified: null,
      lastVerified: null,
      firstAnswered: null,
      lastAnswered: null,
      action: null,
    });
  });
});
