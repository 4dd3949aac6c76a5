import { describe, expect, it } from "vitest";
import {
  allowedNext,
  canTransition,
  checkStep,
  deadlineState,
  escalationFor,
  normalizeStaffName,
  stampsOf,
  STATUSES,
  TRANSITIONS,
  UNIT_REPEAT_THRESHOLD,
  type CaseTimes,
  type ComplaintStatus,
  type StepInput,
} from "./lifecycle";

const LEGAL: [ComplaintStatus, ComplaintStatus][] = [
  ["received", "verifying"],
  ["received", "rejected"],
  ["verifying", "substantiated"],
  ["verifying", "unsubstantiated"],
  ["substantiated", "action_taken"],
  ["unsubstantiated", "closed"],
  ["action_taken", "closed"],
];

/** A complete step for `to`, so only the transition itself can make it fail. */
function fullStep(to: ComplaintStatus): StepInput {
  return {
    to,
    reason: "alasan",
    evidence: to === "substantiated" || to === "unsubstantiated" ? "rekaman CCTV" : null,
    answer: "jawaban",
    action: to === "action_taken" ? "verbal_reprimand" : null,
    severity: to === "action_taken" ? "minor" : null,
  };
}

describe("transitions", () => {
  it("are exactly the lifecycle of domain.md section 2", () => {
    const all = STATUSES.flatMap((from) => allowedNext(from).map((to) => [from, to]));
    expect(all.sort()).toEqual([...LEGAL].sort());
  });

  const illegal = STATUSES.flatMap((from) =>
    STATUSES.filter((to) => to !== from && !LEGAL.some(([f, t]) => f === from && t === to)).map((to) => [from, to] as const),
  );
  it.each(illegal)("refuses %s → %s on the server's check", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const result = checkStep(from, true, fullStep(to));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.form ?? result.errors.to).toMatch(/illegalTransition|finalStatus/);
  });

  it.each(LEGAL)("allows %s → %s with what it must record", (from, to) => {
    expect(checkStep(from, false, fullStep(to))).toEqual({ ok: true, kind: "transition" });
  });

  it("has 35 illegal ordered pairs and no way out of closed or rejected", () => {
    expect(illegal).toHaveLength(7 * 6 - LEGAL.length);
    expect(TRANSITIONS.closed).toEqual([]);
    expect(TRANSITIONS.rejected).toEqual([]);
    expect(checkStep("closed", true, { to: "closed", answer: "lagi" })).toEqual({ ok: false, errors: { form: "finalStatus" } });
  });

  it("requires why, the evidence of a verdict, the measure and its severity", () => {
    expect(checkStep("received", false, { to: "verifying" })).toEqual({ ok: false, errors: { reason: "reasonRequired" } });
    expect(checkStep("verifying", false, { to: "substantiated", reason: "ok", evidence: "  " })).toEqual({
      ok: false,
      errors: { evidence: "evidenceRequired" },
    });
    expect(checkStep("substantiated", true, { to: "action_taken", reason: "ok" })).toEqual({
      ok: false,
      errors: { action: "actionRequired", severity: "severityRequired" },
    });
    expect(checkStep("received", false, { to: "rejected", reason: "spam" })).toEqual({ ok: false, errors: { answer: "answerRequired" } });
  });

  it("refuses fields that do not belong to the step", () => {
    expect(checkStep("received", false, { to: "verifying", reason: "ok", evidence: "x", action: "advice", severity: "minor" })).toEqual({
      ok: false,
      errors: { evidence: "notAllowedHere", action: "notAllowedHere", severity: "notAllowedHere" },
    });
  });

  it("closes only a case the reporter has had an answer to", () => {
    expect(checkStep("action_taken", false, { to: "closed", reason: "selesai" })).toEqual({ ok: false, errors: { answer: "answerRequired" } });
    expect(checkStep("action_taken", true, { to: "closed", reason: "selesai" }).ok).toBe(true);
    expect(checkStep("unsubstantiated", false, { to: "closed", reason: "selesai", answer: "Tidak terbukti." }).ok).toBe(true);
  });

  it("notes or answers without a change of status in every open status, never in a final one", () => {
    for (const status of STATUSES) {
      expect(checkStep(status, false, { to: status, publicNote: "Sedang kami periksa." })).toEqual(
        status === "closed" || status === "rejected" ? { ok: false, errors: { form: "finalStatus" } } : { ok: true, kind: "note" },
      );
      expect(checkStep(status, false, { to: status, answer: "Petugas sudah ditegur." }).ok).toBe(status !== "closed" && status !== "rejected");
    }
    expect(checkStep("verifying", false, { to: "verifying", answer: "Jawaban.", publicNote: "x" })).toEqual({ ok: true, kind: "answer" });
    expect(checkStep("verifying", false, { to: "verifying", evidence: "Foto kuitansi." })).toEqual({ ok: true, kind: "note" });
    expect(checkStep("verifying", false, { to: "verifying", publicNote: " " })).toEqual({ ok: false, errors: { publicNote: "noteRequired" } });
    expect(checkStep("verifying", false, { to: "verifying", publicNote: "x", action: "advice" })).toEqual({ ok: false, errors: { action: "notAllowedHere" } });
  });
});

describe("the answer is an act of its own", () => {
  const decide = (to: ComplaintStatus, extra: Partial<StepInput> = {}): StepInput => ({ ...fullStep(to), answer: null, ...extra });
  it.each(["unsubstantiated", "action_taken", "closed"] as const)("refuses a step to %s without the answer of this round", (to) => {
    const from = LEGAL.find(([, t]) => t === to)![0];
    expect(checkStep(from, false, decide(to))).toEqual({ ok: false, errors: { answer: "answerRequired" } });
    // A progress note is not the answer.
    expect(checkStep(from, false, decide(to, { publicNote: "Pengaduan Anda sedang kami periksa." }))).toEqual({
      ok: false,
      errors: { answer: "answerRequired" },
    });
    // The answer given with the step, or earlier in this round, is enough.
    expect(checkStep(from, false, decide(to, { answer: "Jawaban." })).ok).toBe(true);
    expect(checkStep(from, true, decide(to)).ok).toBe(true);
  });
  it("lets the steps before the decision go without an answer", () => {
    expect(checkStep("received", false, decide("verifying")).ok).toBe(true);
    expect(checkStep("verifying", false, decide("substantiated")).ok).toBe(true);
  });
  it("needs a rejection's own answer even after an earlier one", () => {
    expect(checkStep("received", true, decide("rejected"))).toEqual({ ok: false, errors: { answer: "answerRequired" } });
  });
});

describe("a case with the Inspektorat", () => {
  const head = { inspectorate: true, inspector: false };
  const inspector = { inspectorate: true, inspector: true };
  it.each(["substantiated", "unsubstantiated"] as const)("refuses the step to %s to anyone but an inspector", (to) => {
    expect(checkStep("verifying", false, fullStep(to), head)).toEqual({ ok: false, errors: { form: "inspectorateDecides" } });
    expect(checkStep("verifying", false, fullStep(to), inspector)).toEqual({ ok: true, kind: "transition" });
  });
  it("refuses action, closure and the answer to the head, but not a progress note or evidence", () => {
    expect(checkStep("substantiated", false, fullStep("action_taken"), head).ok).toBe(false);
    expect(checkStep("action_taken", true, fullStep("closed"), head).ok).toBe(false);
    expect(checkStep("verifying", false, { to: "verifying", answer: "Jawaban." }, head)).toEqual({ ok: false, errors: { form: "inspectorateDecides" } });
    expect(checkStep("verifying", false, { to: "verifying", publicNote: "Berkas kami kirim ke Inspektorat." }, head)).toEqual({ ok: true, kind: "note" });
    expect(checkStep("verifying", false, { to: "verifying", evidence: "Rekaman CCTV." }, head)).toEqual({ ok: true, kind: "note" });
    expect(checkStep("verifying", false, { to: "verifying", answer: "Jawaban." }, inspector)).toEqual({ ok: true, kind: "answer" });
  });
  it("leaves a case not with the Inspektorat to its handlers", () => {
    expect(checkStep("verifying", false, fullStep("substantiated"), { inspectorate: false, inspector: false }).ok).toBe(true);
  });
});

describe("stamps", () => {
  const now = new Date("2026-11-02T03:00:00Z");
  it("mark the verdict, the first answer and the closure", () => {
    expect(stampsOf({ to: "substantiated", answer: "ya" }, { answeredAt: null }, now)).toEqual({ verifiedAt: now, answeredAt: now });
    expect(stampsOf({ to: "closed", answer: "lagi" }, { answeredAt: new Date(0) }, now)).toEqual({ closedAt: now });
    expect(stampsOf({ to: "rejected", answer: "duplikat" }, { answeredAt: null }, now)).toEqual({ answeredAt: now });
    expect(stampsOf({ to: "verifying" }, { answeredAt: null }, now)).toEqual({});
  });
  it("never take a progress note for the answer", () => {
    expect(stampsOf({ to: "verifying", publicNote: "Pengaduan Anda sedang kami periksa." }, { answeredAt: null }, now)).toEqual({});
    expect(stampsOf({ to: "action_taken", publicNote: "Sedang diproses." }, { answeredAt: null }, now)).toEqual({});
  });
});

describe("deadlines with a controllable clock", () => {
  const settings = { verifyDays: 5, answerDays: 14, closeDays: 30 };
  // Monday 2 November 2026, 10:00 in Bengkulu.
  const receivedAt = new Date("2026-11-02T03:00:00Z");
  const open = (over: Partial<CaseTimes> = {}): CaseTimes => ({ status: "received", receivedAt, verifiedAt: null, answeredAt: null, closedAt: null, ...over });
  const at = (iso: string) => new Date(iso);

  it("give five working days to verify, skipping the weekend", () => {
    const { deadlines } = deadlineState(open(), settings, receivedAt);
    expect(deadlines.verifyBy.toISOString()).toBe("2026-11-09T03:00:00.000Z"); // next Monday
    expect(deadlines.answerBy.toISOString()).toBe("2026-11-16T03:00:00.000Z");
    expect(deadlines.closeBy.toISOString()).toBe("2026-12-02T03:00:00.000Z");
  });

  it("a Friday case is due to be verified the Friday after", () => {
    const friday = new Date("2026-11-06T09:00:00Z");
    expect(deadlineState(open({ receivedAt: friday }), settings, friday).deadlines.verifyBy.toISOString()).toBe("2026-11-13T09:00:00.000Z");
  });

  it("flag nothing until a deadline passes, then exactly the stages not done", () => {
    expect(deadlineState(open(), settings, at("2026-11-09T03:00:00Z")).overdue).toEqual([]); // at the deadline, not past it
    expect(deadlineState(open(), settings, at("2026-11-09T03:00:01Z")).overdue).toEqual(["verify"]);
    expect(deadlineState(open({ status: "verifying" }), settings, at("2026-11-16T03:00:01Z")).overdue).toEqual(["verify", "answer"]);
    expect(deadlineState(open({ status: "verifying" }), settings, at("2026-12-02T03:00:01Z")).overdue).toEqual(["verify", "answer", "close"]);
  });

  it("stop counting a stage once it is done", () => {
    const verified = open({ status: "substantiated", verifiedAt: at("2026-11-05T00:00:00Z") });
    expect(deadlineState(verified, settings, at("2026-11-20T00:00:00Z")).overdue).toEqual(["answer"]);
    const answered = { ...verified, status: "action_taken" as const, answeredAt: at("2026-11-10T00:00:00Z") };
    expect(deadlineState(answered, settings, at("2026-11-20T00:00:00Z")).overdue).toEqual([]);
    expect(deadlineState(answered, settings, at("2026-12-03T00:00:00Z")).overdue).toEqual(["close"]);
  });

  it("owe nothing on closed or rejected cases", () => {
    const late = at("2027-06-01T00:00:00Z");
    expect(deadlineState(open({ status: "rejected" }), settings, late).overdue).toEqual([]);
    expect(deadlineState(open({ status: "closed", closedAt: late }), settings, late).overdue).toEqual([]);
  });

  it("follow the settings in force", () => {
    const strict = { verifyDays: 1, answerDays: 2, closeDays: 3 };
    expect(deadlineState(open(), strict, at("2026-11-03T03:00:01Z")).overdue).toEqual(["verify"]);
    expect(deadlineState(open(), strict, at("2026-11-05T03:00:01Z")).overdue).toEqual(["verify", "answer", "close"]);
  });
});

describe("escalation", () => {
  it("escalates the same staff member, however the name is written", () => {
    expect(normalizeStaffName("  Budi,  S.Kom ")).toBe("budi s kom");
    expect(escalationFor("budi s.kom", [{ staffName: "BUDI S KOM" }])).toEqual({ escalate: true, reasons: ["staff"] });
    expect(escalationFor("Budi", [{ staffName: "Ani" }])).toEqual({ escalate: false, reasons: [] });
    expect(escalationFor(null, [{ staffName: null }])).toEqual({ escalate: false, reasons: [] });
  });

  it("escalates a unit that keeps repeating", () => {
    const earlier = Array.from({ length: UNIT_REPEAT_THRESHOLD }, () => ({ staffName: null }));
    expect(escalationFor(null, earlier.slice(1))).toEqual({ escalate: false, reasons: [] });
    expect(escalationFor(null, earlier)).toEqual({ escalate: true, reasons: ["unit"] });
    expect(escalationFor("Ani", [{ staffName: "ani" }, { staffName: "Budi" }]).reasons).toEqual(["staff", "unit"]);
  });
});
