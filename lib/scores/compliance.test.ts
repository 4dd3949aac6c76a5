import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cityScore,
  complaintHandlingComponent,
  complianceScore,
  DEFAULT_SETTINGS,
  minimumSample,
  ranks,
  satisfactionComponent,
  standardsComponent,
  substantiatedPerThousand,
  withSettingDefaults,
  zone,
  type Checklist,
  type ComplaintTimes,
} from "./compliance";
import { complaintDeadlines } from "@/lib/complaints/deadlines";
import { OMBUDSMAN_2013 } from "./zones";

describe("Krejcie-Morgan minimum sample", () => {
  it.each([
    [10, 10],
    [50, 44],
    [100, 80],
    [200, 132],
    [500, 217],
    [1000, 278],
    [2000, 322],
    [5000, 357],
    [10000, 370],
    [100000, 383],
    [1000000, 384],
  ])("N=%i -> %i", (population, expected) => {
    expect(minimumSample(population, 30)).toBe(expected);
  });
  it("uses the configurable floor when the service volume is unknown", () => {
    expect(minimumSample(null, 30)).toBe(30);
    expect(minimumSample(undefined, 45)).toBe(45);
    expect(minimumSample(0, 30)).toBe(30);
  });
  it("never asks for more respondents than there are users", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), (n) => {
        expect(minimumSample(n, 30)).toBeLessThanOrEqual(n);
      }),
    );
  });
});

describe("components", () => {
  it("rescales the converted IKM 25-100 to 0-100", () => {
    expect(satisfactionComponent(25)).toBe(0);
    expect(satisfactionComponent(100)).toBe(100);
    expect(satisfactionComponent(62.5)).toBe(50);
    expect(satisfactionComponent(null)).toBeNull();
  });

  it("scores the standards checklist as the share of items in place", () => {
    const none: Checklist = {
      publishedStandard: false,
      servicePledge: false,
      headContactActive: false,
      complaintChannel: false,
      accessibleFacilities: false,
      queueSystem: false,
      skmPublished: false,
    };
    expect(standardsComponent(none)).toBe(0);
    expect(standardsComponent({ ...none, publishedStandard: true })).toBeCloseTo(100 / 7, 10);
    expect(standardsComponent(Object.fromEntries(Object.keys(none).map((k) => [k, true])) as Checklist)).toBe(100);
    expect(standardsComponent(null)).toBeNull();
  });

  describe("complaint handling", () => {
    const settings = DEFAULT_SETTINGS;
    const deadlinesOf = (c: ComplaintTimes) => complaintDeadlines(c.receivedAt, settings);
    const monday = new Date("2026-03-02T03:00:00Z"); // Monday 10:00 WIB
    const day = 86_400_000;
    const at = (days: number) => new Date(monday.getTime() + days * day);

    it("averages the shares verified, answered and closed within deadline", () => {
      const complaints: ComplaintTimes[] = [
        { receivedAt: monday, verifiedAt: at(2), answeredAt: at(10), closedAt: at(20) }, // all on time
        { receivedAt: monday, verifiedAt: at(9), answeredAt: at(20), closedAt: at(40) }, // all late (5 working days = day 7)
      ];
      expect(complaintHandlingComponent(complaints, deadlinesOf, at(60))).toBe(50);
    });

    it("does not count a pending step before its deadline, and counts it against the unit after", () => {
      const pending: ComplaintTimes = { receivedAt: monday, verifiedAt: null, answeredAt: null, closedAt: null };
      expect(complaintHandlingComponent([pending], deadlinesOf, at(1))).toBeNull();
      expect(complaintHandlingComponent([pending], deadlinesOf, at(8))).toBe(0); // verification overdue only
      const onTime: ComplaintTimes = { receivedAt: monday, verifiedAt: at(1), answeredAt: null, closedAt: null };
      expect(complaintHandlingComponent([onTime], deadlinesOf, at(2))).toBe(100);
    });

    it("is null without complaints", () => {
      expect(complaintHandlingComponent([], deadlinesOf, monday)).toBeNull();
    });
  });
});

describe("compliance score", () => {
  it("weighs the components 50/25/25 by default", () => {
    expect(complianceScore({ satisfaction: 80, complaints: 60, standards: 40 }, DEFAULT_SETTINGS)).toBe(65);
  });
  it("renormalises the weights of missing components", () => {
    expect(complianceScore({ satisfaction: 80, complaints: null, standards: 40 }, DEFAULT_SETTINGS)).toBeCloseTo((80 * 50 + 40 * 25) / 75, 10);
    expect(complianceScore({ satisfaction: 80, complaints: null, standards: null }, DEFAULT_SETTINGS)).toBe(80);
  });
  it("has no score without satisfaction", () => {
    expect(complianceScore({ satisfaction: null, complaints: 100, standards: 100 }, DEFAULT_SETTINGS)).toBeNull();
  });
  it("follows configured weights", () => {
    expect(complianceScore({ satisfaction: 100, complaints: 0, standards: 0 }, { weightSatisfaction: 1, weightComplaints: 1, weightStandards: 2 })).toBe(25);
  });
  it("stays within 0-100", () => {
    const c = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const w = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), c, c, w, w, w, (s, k, t, a, b, d) => {
        const score = complianceScore({ satisfaction: s, complaints: k, standards: t }, { weightSatisfaction: a, weightComplaints: b, weightStandards: d });
        if (score === null) return;
        expect(score).toBeGreaterThanOrEqual(-1e-9);
        expect(score).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

describe("zones", () => {
  it.each([
    [0, "red"],
    [50.99, "red"],
    [50.994, "red"],
    [50.995, "yellow"],
    [51, "yellow"],
    [80.99, "yellow"],
    [80.994, "yellow"],
    [80.995, "green"],
    [81, "green"],
    [100, "green"],
  ])("%s -> %s with the Ombudsman's 2013-2021 bands", (score, expected) => {
    expect(zone(score, { zoneScheme: OMBUDSMAN_2013 })).toBe(expected);
  });
  it("follows thresholds frozen before schemes existed", () => {
    expect(zone(60, withSettingDefaults({ zoneRedMax: 60, zoneYellowMax: 70 }))).toBe("red");
    expect(zone(70.5, withSettingDefaults({ zoneRedMax: 60, zoneYellowMax: 70 }))).toBe("green");
  });
  it("puts Bengkulu's 2017 result, 38.70, in the red", () => {
    expect(zone(38.7, DEFAULT_SETTINGS)).toBe("red");
  });
});

describe("ranking and the city score", () => {
  it("ranks by score, ties share a rank, insufficient samples are not ranked", () => {
    const items = [
      { score: 70, sufficient: true },
      { score: 90, sufficient: true },
      { score: 95, sufficient: false },
      { score: 70.001, sufficient: true }, // equal to 70 at 2 decimals
      { score: 50, sufficient: true },
      { score: null, sufficient: true },
    ];
    expect(ranks(items)).toEqual([2, 1, null, 2, 4, null]);
  });
  it("averages the ranked units", () => {
    expect(cityScore([40, 60, 80])).toBe(60);
    expect(cityScore([])).toBeNull();
  });
  it("shows substantiated complaints per 1,000 respondents", () => {
    expect(substantiatedPerThousand(3, 1500)).toBe(2);
    expect(substantiatedPerThousand(3, 0)).toBeNull();
  });
});
