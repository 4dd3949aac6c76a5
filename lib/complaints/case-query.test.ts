import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./deadlines";
import { caseQueryHref, overdueStartBefore, parseCaseQuery, phoneKey, searchTerm } from "./case-query";

describe("the search box", () => {
  it("finds a tracking code with or without dashes, in any case", () => {
    expect(searchTerm("ABCD-EFGH-JKMN")).toEqual({ kind: "code", code: "ABCD-EFGH-JKMN" });
    expect(searchTerm(" abcd efgh jkmn ")).toEqual({ kind: "code", code: "ABCD-EFGH-JKMN" });
  });
  it("reads a phone number in any spelling as the same digits", () => {
    for (const typed of ["081277773101", "0812-7777-3101", "+62 812-7777-3101", "62 812 7777 3101", "(0812) 7777 3101"]) {
      expect(searchTerm(typed)).toEqual({ kind: "phone", digits: "6281277773101" });
    }
    expect(phoneKey("+62 812-7777-3101")).toBe("6281277773101");
    expect(phoneKey(null)).toBeNull();
  });
  it("reads an email in lower case, and otherwise words of the description", () => {
    expect(searchTerm("Siti.Pelapor@Example.org")).toEqual({ kind: "email", email: "Siti.Pelapor@Example.org", lower: "siti.pelapor@example.org" });
    expect(searchTerm("  loket, pungutan!  a ")).toEqual({ kind: "words", words: ["loket", "pungutan"] });
    expect(searchTerm("   ")).toBeNull();
    expect(searchTerm("2026")).toEqual({ kind: "words", words: ["2026"] });
  });
});

describe("the list's URL", () => {
  it("reads every filter and falls back to everything on values it does not know", () => {
    expect(
      parseCaseQuery({
        q: " RSHD ",
        unit: "rshd",
        status: "open",
        channel: "whatsapp",
        overdue: "answer",
        inspektorat: "ya",
        reopened: "1",
        from: "2026-01-01",
        to: "2026-03-31",
        sort: "newest",
        page: "3",
      }),
    ).toEqual({
      q: "RSHD",
      unit: "rshd",
      status: "open",
      channel: "whatsapp",
      overdue: "answer",
      inspectorate: true,
      reopened: true,
      from: "2026-01-01",
      to: "2026-03-31",
      sort: "newest",
      page: 3,
    });
    expect(parseCaseQuery({ status: "x", channel: "fax", overdue: "soon", from: "kemarin", page: "-1", sort: "random", unit: "<b>" })).toMatchObject({
      status: null,
      channel: null,
      overdue: null,
      from: null,
      page: 1,
      sort: "deadline",
      unit: null,
    });
    // The old "overdue only" checkbox still works.
    expect(parseCaseQuery({ overdue: "1" }).overdue).toBe("any");
  });
  it("opens the inspector's list on the Inspektorat's cases, and shows all on request", () => {
    expect(parseCaseQuery({}, { inspector: true }).inspectorate).toBe(true);
    expect(parseCaseQuery({ inspektorat: "semua" }, { inspector: true }).inspectorate).toBeNull();
    expect(parseCaseQuery({}).inspectorate).toBeNull();
  });
  it("writes every view back as a URL that reads as the same view", () => {
    const query = parseCaseQuery({ q: "0812 7777", unit: "rshd", overdue: "verify", page: "2" });
    const href = caseQueryHref(query, { page: 3 });
    expect(href).toBe("/admin/pengaduan?q=0812+7777&unit=rshd&overdue=verify&page=3");
    expect(parseCaseQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({ ...query, page: 3 });
    // A change of filter goes back to the first page.
    expect(caseQueryHref(query, { channel: "phone" })).not.toContain("page=");
    expect(caseQueryHref(parseCaseQuery({}, { inspector: true }), { inspectorate: null }, { inspector: true })).toBe("/admin/pengaduan?inspektorat=semua");
  });
});

describe("overdue thresholds", () => {
  const settings = { verifyDays: 5, answerDays: 14, closeDays: 30 };
  const now = new Date("2026-11-18T03:00:00Z"); // a Wednesday
  it("put the answer and closure thresholds the deadline's days before now", () => {
    expect(overdueStartBefore("answer", now, settings)).toEqual(new Date("2026-11-04T03:00:00Z"));
    expect(overdueStartBefore("close", now, settings)).toEqual(new Date("2026-10-19T03:00:00Z"));
  });
  it("put the verification threshold exactly where addWorkingDays passes now", () => {
    const threshold = overdueStartBefore("verify", now, settings);
    expect(addWorkingDays(new Date(threshold.getTime() - 1), 5) < now).toBe(true);
    expect(addWorkingDays(threshold, 5) < now).toBe(false);
    // Over a weekend: 5 working days back from a Wednesday is the Wednesday before.
    expect(threshold).toEqual(new Date("2026-11-11T03:00:00Z"));
  });
});
