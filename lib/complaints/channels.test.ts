import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLaporTicket, receivedAtProblem } from "./channels";
import { contactKeys, possibleDuplicates } from "./duplicates";
import { displayPhone, mailtoReply, replyLinks, replyMessage } from "./reply";
import { checkVerdict, reopening, roundAnsweredAt, verdictDeadline } from "./verdict";

const now = new Date("2026-11-30T03:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe("a complaint received elsewhere", () => {
  it("may be back-dated up to 30 days, never into the future", () => {
    expect(receivedAtProblem(days(-3), now)).toBeNull();
    expect(receivedAtProblem(days(-30), now)).toBeNull();
    expect(receivedAtProblem(days(-30.01), now)).toBe("tooOld");
    expect(receivedAtProblem(new Date(now.getTime() + 60_000), now)).toBeNull(); // a minute of clock skew
    expect(receivedAtProblem(days(1), now)).toBe("future");
  });
  it("keeps one LAPOR! ticket form however it is typed", () => {
    expect(normalizeLaporTicket(" lpr-2026 11 001 ")).toBe("LPR-202611001");
  });
});

describe("reply links", () => {
  const message = replyMessage({
    trackingCode: "ABCD-EFGH-JKMN",
    trackingUrl: "https://rapor.example/lacak/ABCD-EFGH-JKMN",
    unitName: "RSHD",
    answer: "Sudah ditegur.",
  });
  it("open WhatsApp and SMS on the 62… number with the code, the link and the answer", () => {
    const links = replyLinks("0812-3456-7890", message)!;
    expect(links.whatsapp.startsWith("https://wa.me/6281234567890?text=")).toBe(true);
    expect(links.sms.startsWith("sms:+6281234567890?body=")).toBe(true);
    const text = decodeURIComponent(links.whatsapp.split("?text=")[1]);
    expect(text).toContain("ABCD-EFGH-JKMN");
    expect(text).toContain("https://rapor.example/lacak/ABCD-EFGH-JKMN");
    expect(text).toContain("Sudah ditegur.");
    expect(replyLinks("+62 812 3456 7890", message)!.number).toBe("6281234567890");
    expect(replyLinks("6281234567890", message)!.number).toBe("6281234567890");
  });
  it("leave the answer out until there is one, and give no links without a phone", () => {
    expect(replyMessage({ trackingCode: "X", trackingUrl: "u", unitName: "U" })).not.toContain("Jawaban");
    expect(replyLinks(null, message)).toBeNull();
    expect(replyLinks("siti@example.org", message)).toBeNull();
  });
});

describe("possible duplicates", () => {
  const base = { id: 1, unitId: 7, receivedAt: now, reporter: { phone: "0812-3456-7890", email: null } };
  it("match the same contact of the same unit within 3 days, however the number is written", () => {
    const others = [
      { id: 2, unitId: 7, receivedAt: days(-2.9), reporter: { phone: "+6281234567890", email: null } },
      { id: 3, unitId: 7, receivedAt: days(-3.1), reporter: { phone: "081234567890", email: null } },
      { id: 4, unitId: 8, receivedAt: days(-1), reporter: { phone: "081234567890", email: null } },
      { id: 5, unitId: 7, receivedAt: days(1), reporter: { phone: "081299999999", email: null } },
      { id: 6, unitId: 7, receivedAt: days(2), reporter: null },
    ];
    expect(possibleDuplicates(base, others).map((o) => o.id)).toEqual([2]);
  });
  it("match emails case-insensitively and never an anonymous case", () => {
    expect(contactKeys({ email: " Siti@Example.org" })).toEqual(["mail:siti@example.org"]);
    expect(possibleDuplicates({ ...base, reporter: null }, [{ ...base, id: 2 }])).toEqual([]);
  });
  it("is symmetric (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.boolean(), (offset, sameUnit) => {
        const a = base;
        const b = { ...base, id: 2, unitId: sameUnit ? 7 : 8, receivedAt: days(offset) };
        expect(possibleDuplicates(a, [b]).length).toBe(possibleDuplicates(b, [a]).length);
      }),
    );
  });
});

describe("the reporter's verdict", () => {
  const answered = { status: "action_taken" as const, round: 0, answeredRoundAt: days(-2), judgedRounds: [] };
  it("is open once answered, closed or not, within the window", () => {
    expect(checkVerdict(answered, now, 14)).toEqual({ ok: true });
    expect(checkVerdict({ ...answered, status: "closed" }, now, 14)).toEqual({ ok: true });
    expect(verdictDeadline(answered, 14)).toEqual(days(12));
  });
  it("is refused before an answer, a second time on the same answer, and after the window", () => {
    expect(checkVerdict({ ...answered, status: "verifying", answeredRoundAt: null }, now, 14)).toEqual({ ok: false, error: "notAnswered" });
    expect(checkVerdict({ ...answered, status: "rejected" }, now, 14)).toEqual({ ok: false, error: "notAnswered" });
    expect(checkVerdict({ ...answered, judgedRounds: [0] }, now, 14)).toEqual({ ok: false, error: "alreadyJudged" });
    expect(checkVerdict(answered, days(12.01), 14)).toEqual({ ok: false, error: "windowClosed" });
    // A new answer after a reopening can be judged again.
    expect(checkVerdict({ ...answered, round: 1, judgedRounds: [0] }, now, 14)).toEqual({ ok: true });
  });
  it("finds the answer of the current round only", () => {
    const events = [
      { toStatus: "unsubstantiated" as const, createdAt: days(-20), answer: "Tidak terbukti." },
      { toStatus: "verifying" as const, createdAt: days(-10) },
      { toStatus: "substantiated" as const, createdAt: days(-5) },
      { toStatus: "action_taken" as const, createdAt: days(-4), answer: "Petugas ditegur." },
    ];
    expect(roundAnsweredAt(events, days(-25))).toEqual(days(-20));
    expect(roundAnsweredAt(events, days(-10))).toEqual(days(-4));
    expect(roundAnsweredAt(events.slice(0, 3), days(-10))).toBeNull();
  });
  it("opens the verdict only on the answer, never on a progress note", () => {
    const noted = [
      { toStatus: "verifying" as const, createdAt: days(-9), answer: null },
      { toStatus: "verifying" as const, createdAt: days(-8), answer: "  " },
      { toStatus: "substantiated" as const, createdAt: days(-6) },
      { toStatus: "action_taken" as const, createdAt: days(-5) },
    ];
    // An older case moved to action taken with only a progress note: no verdict until the answer.
    expect(roundAnsweredAt(noted, days(-10))).toBeNull();
    // The answer given afterwards opens it from that moment; an answer before the decision, from the decision.
    expect(roundAnsweredAt([...noted, { toStatus: "action_taken" as const, createdAt: days(-2), answer: "Jawaban." }], days(-10))).toEqual(days(-2));
    expect(roundAnsweredAt([{ toStatus: "verifying" as const, createdAt: days(-7), answer: "Jawaban." }, ...noted.slice(2)], days(-10))).toEqual(days(-5));
  });
  it("reopens to verifying with the round's stamps cleared; the second reopening goes to the Inspektorat", () => {
    const first = reopening(0, now);
    expect(first).toMatchObject({
      status: "verifying",
      reopenCount: 1,
      reopenedAt: now,
      verifiedAt: null,
      answeredAt: null,
      closedAt: null,
      publicAnswer: null,
      toInspectorate: false,
    });
    expect(reopening(1, now).toInspectorate).toBe(true);
  });
});

describe("the reporter's contact on the desk", () => {
  it("shows every spelling of a number in one form", () => {
    for (const typed of ["081277773101", "+6281277773101", "62 812 7777 3101", "0812-7777-3101"]) expect(displayPhone(typed)).toBe("+62 812-7777-3101");
    expect(displayPhone("0812345678")).toBe("+62 812-3456-78");
    expect(displayPhone("siti@example.org")).toBe("siti@example.org");
  });
  it("offers a one-tap email reply with the same text", () => {
    const link = mailtoReply("siti.pelapor@example.org", "Pengaduan ABCD-EFGH-JKMN", "Baris satu\nJawaban kami: ya & tidak")!;
    expect(link).toBe("mailto:siti.pelapor@example.org?subject=Pengaduan%20ABCD-EFGH-JKMN&body=Baris%20satu%0AJawaban%20kami%3A%20ya%20%26%20tidak");
    expect(mailtoReply(null, "s", "m")).toBeNull();
    expect(mailtoReply("bukan email", "s", "m")).toBeNull();
  });
});
