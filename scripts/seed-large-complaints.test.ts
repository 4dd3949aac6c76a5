import { describe, expect, it } from "vitest";
import { phoneKey } from "@/lib/complaints/case-query";
import { TRANSITIONS } from "@/lib/complaints/lifecycle";
import { stampDays } from "@/lib/complaints/deadlines";
import { nextDueAt } from "@/lib/complaints/next-due";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import { largeComplaint, mixedPhone, unitWeights } from "@/prisma/seed/large-complaints";
import { prng } from "@/prisma/seed/random";

const now = new Date("2026-12-01T00:00:00Z");
const settings = { verifyDays: 5, answerDays: 14, closeDays: 30 };
const units = [{ quality: 1.8 }, { quality: 3.2 }, { quality: 2.5 }];

describe("the large seed's complaints", () => {
  const random = prng(7);
  const cases = Array.from({ length: 3000 }, (_, i) => largeComplaint(random, i, units, unitWeights(units), now, settings));

  it("spread over three years, every unit and the schema's channels", () => {
    const oldest = Math.min(...cases.map((c) => c.receivedAt.getTime()));
    expect(now.getTime() - oldest).toBeGreaterThan(2.5 * 365 * 86_400_000);
    expect(cases.every((c) => c.receivedAt <= now)).toBe(true);
    expect(new Set(cases.map((c) => c.unitIndex)).size).toBe(3);
    expect(new Set(cases.map((c) => c.channel))).toEqual(new Set(["web", "api", "phone", "whatsapp", "in_person", "letter", "lapor"]));
  });

  it("walk the lifecycle: each event a legal step from the last, the stored status the last event's", () => {
    for (const c of cases) {
      expect(c.events[0]).toMatchObject({ fromStatus: null, toStatus: "received" });
      for (let k = 1; k < c.events.length; k++) {
        const e = c.events[k];
        expect(e.fromStatus).toBe(c.events[k - 1].toStatus);
        expect(e.at.getTime()).toBeGreaterThanOrEqual(c.events[k - 1].at.getTime());
        // A reopening (the reporter's verdict) moves an answered case back to verifying.
        if (e.actor) expect(TRANSITIONS[e.fromStatus!]).toContain(e.toStatus);
      }
      expect(c.status).toBe(c.events[c.events.length - 1].toStatus);
      expect(c.nextDueAt).toEqual(nextDueAt(c, settings));
      expect(c).toMatchObject(stampDays(c));
      expect([c.verdictCount, c.satisfiedVerdictCount]).toEqual([c.verdicts.length, c.verdicts.filter((v) => v.satisfied).length]);
      expect(parseTrackingCode(c.trackingCode)).toBe(c.trackingCode);
    }
  });

  it("hold every state: open, closed, rejected, reopened, with the Inspektorat", () => {
    const statuses = new Set(cases.map((c) => c.status));
    for (const s of ["received", "verifying", "action_taken", "closed", "rejected"]) expect(statuses).toContain(s);
    expect(cases.some((c) => c.reopenCount > 0)).toBe(true);
    expect(cases.some((c) => c.inspectorateAt !== null && c.reopenCount >= 2)).toBe(true);
    expect(cases.every((c) => (c.status === "closed") === (c.closedAt !== null))).toBe(true);
  });

  it("write phones in mixed spellings, with the search key the app stores", () => {
    const r = prng(3);
    const phones = Array.from({ length: 200 }, () => mixedPhone(r));
    expect(new Set(phones.map((p) => p.replace(/\d/g, "9"))).size).toBeGreaterThan(3);
    for (const p of phones) expect(phoneKey(p)).toMatch(/^62\d{9,12}$/);
    for (const c of cases.filter((c) => c.reporter?.phone)) expect(c.reporter!.phoneKey).toBe(phoneKey(c.reporter!.phone));
  });
});
