import { describe, expect, it } from "vitest";
import type { PublicComplaint } from "@/lib/complaints/tracking.server";
import { caseView, complaintForm, trackForm, verdictSection } from "./page";

// Keys come back as they are, with their values, so the markup can be checked without the message files.
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}${JSON.stringify(values)}` : key);
const hostile = `</p><script>alert(1)</script><img src=x onerror=alert(2)>"'`;

describe("complaint pages", () => {
  const complaint: PublicComplaint = {
    trackingCode: "ABCD-EFGH-JKMN",
    status: "action_taken",
    unit: { slug: "rshd", name: hostile },
    category: "staff_behaviour",
    receivedAt: new Date("2026-11-02T03:00:00Z"),
    verifiedAt: null,
    answeredAt: new Date("2026-11-04T03:00:00Z"),
    closedAt: null,
    answer: hostile,
    answerDueBy: null,
    history: [{ status: "received", at: new Date("2026-11-02T03:00:00Z"), note: hostile, answer: hostile }],
    reopenCount: 0,
    inspectorate: false,
    duplicateOf: null,
    verdict: { open: true, deadline: new Date("2026-11-18T03:00:00Z"), given: false, refusal: null },
  };

  it("escape every value of the tracking page", () => {
    const out = caseView(complaint, true, t, (d) => d.toISOString()).value;
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain('id="tracking-code">ABCD-EFGH-JKMN<');
    expect(out).not.toContain("complaints.track.verified"); // dates not reached are left out
    expect(out).not.toContain("case-duplicate-of");
  });

  it("link the case a duplicate was merged into", () => {
    const out = caseView({ ...complaint, status: "rejected", duplicateOf: "PQRS-TUVW-XYZ2" }, false, t, (d) => d.toISOString()).value;
    expect(out).toContain('<a href="/lacak/PQRS-TUVW-XYZ2">PQRS-TUVW-XYZ2</a>');
  });

  it("escape what the citizen typed when the form comes back with errors", () => {
    const values = { unit: "rshd", description: hostile, staffName: hostile, phone: hostile, anonymous: "on", response: "12" };
    const out = complaintForm(
      [{ slug: "rshd", name: "RSHD", type: { nameId: "Rumah sakit", nameEn: "Hospital" } }],
      { values, errors: { description: ["too short"] } },
      t,
      "id",
      "2026-11-22",
    ).value;
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toContain('<option value="rshd" selected>RSHD</option>');
    expect(out).toContain('name="anonymous" value="on" checked');
    expect(out).toContain('<input type="hidden" name="response" value="12">');
    expect(out).toContain(
      'id="description" name="description" rows="6" maxlength="4000" required aria-describedby="description-hint description-error" aria-invalid="true"',
    );
    // Required fields are marked and carry `required`; the optional ones do not.
    expect(out).toMatch(/<input type="date" id="occurredOn" [^>]* required /);
    expect(out).toContain('<select id="unit" name="unit" required');
    expect(out).not.toMatch(/id="staffName"[^>]* required/);
    expect(trackForm(hostile, hostile, t).value).not.toContain("<script>");
  });

  it("offer the verdict form without JavaScript while the window is open, and escape what the reporter typed", () => {
    const out = verdictSection(complaint, { values: { satisfied: "no", reason: hostile }, errors: { reason: ["required"] } }, null, t, (d) =>
      d.toISOString(),
    ).value;
    expect(out).toContain('<form method="post" action="/lacak/ABCD-EFGH-JKMN" novalidate>');
    expect(out).toContain('value="no" required checked');
    expect(out).not.toContain("<script>");
    expect(out).toContain("2026-11-18T03:00:00.000Z");
  });

  it("say why no verdict can be given once it was given or the window passed", () => {
    // The section when no verdict may be given now: whether one was, and why not.
    const closed = (given: boolean, refusal: PublicComplaint["verdict"]["refusal"]) =>
      verdictSection({ ...complaint, verdict: { open: false, deadline: null, given, refusal } }, { values: {}, errors: {} }, null, t, String).value;
    const given = closed(true, "alreadyJudged");
    expect(given).toContain('id="verdict-closed">complaintChannels.verdict.given<');
    expect(given).not.toContain("<form");
    const late = closed(false, "windowClosed");
    expect(late).toContain("complaintChannels.verdict.windowClosed");
    const unanswered = closed(false, "notAnswered");
    expect(unanswered).toBe("");
  });
});

describe("the complaint form's date field", () => {
  // The phone's date picker shows the day in its own format; a hint naming a typed format
  // ("YYYY-MM-DD") contradicts it.
  it.each(["id", "en"] as const)("names no typed format in its hint (%s)", async (locale) => {
    const { translatorFor } = await import("@/lib/i18n/translator.server");
    const out = complaintForm([], { values: {}, errors: {} }, await translatorFor(locale), locale, "2026-11-22").value;
    const hint = /<p class="hint" id="occurredOn-hint">([^<]*)<\/p>/.exec(out)?.[1];
    expect(hint).toBeTruthy();
    expect(hint).not.toMatch(/YYYY|TTTT|\d{4}-\d{2}-\d{2}/);
  });
});
