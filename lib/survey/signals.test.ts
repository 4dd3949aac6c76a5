import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressBurstLimit,
  answerVector,
  DEFAULT_HOLD_SETTINGS as S,
  formatSignals,
  holdSettings,
  holdSignals,
  parseSignals,
  reviewWindowStart,
  SERVICE_HOURS_PER_MONTH,
  SIGNALS,
  usualHourlyRate,
  type Observation,
} from "./signals";

const citizen: Observation = { verified: false, browserAnswers: 1, addressAnswers: 1, unitUsualHourly: 2, identicalAnswers: 1, secondsOnPage: 45 };

describe("holdSignals", () => {
  it("counts a citizen's first answer at once", () => {
    expect(holdSignals(citizen, S)).toEqual([]);
  });

  it("holds a browser's answers to one unit beyond the daily allowance, not up to it", () => {
    expect(holdSignals({ ...citizen, browserAnswers: S.perBrowserPerDay }, S)).toEqual([]);
    expect(holdSignals({ ...citizen, browserAnswers: S.perBrowserPerDay + 1 }, S)).toEqual(["browser_repeat"]);
    expect(holdSignals({ ...citizen, browserAnswers: null }, S)).toEqual([]); // API clients carry no cookie
  });

  it("does not hold fifty citizens behind one address, holds a burst far above the unit's usual rate", () => {
    expect(holdSignals({ ...citizen, addressAnswers: 50 }, S)).toEqual([]);
    expect(holdSignals({ ...citizen, addressAnswers: S.addressBurstMin + 1 }, S)).toEqual(["address_burst"]);
    // A busy unit (usual 30 an hour) raises the bar to 10 x its rate.
    expect(holdSignals({ ...citizen, unitUsualHourly: 30, addressAnswers: 250 }, S)).toEqual([]);
    expect(holdSignals({ ...citizen, unitUsualHourly: 30, addressAnswers: 301 }, S)).toEqual(["address_burst"]);
  });

  it("holds identical answer vectors beyond the window's allowance", () => {
    expect(holdSignals({ ...citizen, identicalAnswers: S.identicalMax }, S)).toEqual([]);
    expect(holdSignals({ ...citizen, identicalAnswers: S.identicalMax + 1 }, S)).toEqual(["identical_burst"]);
  });

  it("holds a form sent faster than a person reads it; the API has no page to read", () => {
    expect(holdSignals({ ...citizen, secondsOnPage: S.minSecondsOnPage - 0.5 }, S)).toEqual(["too_fast"]);
    expect(holdSignals({ ...citizen, secondsOnPage: S.minSecondsOnPage }, S)).toEqual([]);
    expect(holdSignals({ ...citizen, secondsOnPage: null }, S)).toEqual([]);
  });

  it("never holds a verified visit code, and holds nothing when holding is off", () => {
    const stuffer: Observation = { verified: false, browserAnswers: 99, addressAnswers: 999, unitUsualHourly: 0, identicalAnswers: 99, secondsOnPage: 0 };
    expect(holdSignals(stuffer, S)).toEqual([...SIGNALS]);
    expect(holdSignals({ ...stuffer, verified: true }, S)).toEqual([]);
    expect(holdSignals(stuffer, { ...S, enabled: false })).toEqual([]);
  });

  it("raising any threshold never adds a signal (property)", () => {
    const obs = fc.record({
      verified: fc.boolean(),
      browserAnswers: fc.option(fc.nat(500), { nil: null }),
      addressAnswers: fc.nat(2000),
      unitUsualHourly: fc.double({ min: 0, max: 100, noNaN: true }),
      identicalAnswers: fc.nat(500),
      secondsOnPage: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(obs, fc.nat(50), (o, extra) => {
        const stricter = holdSignals(o, S);
        const looser = holdSignals(o, {
          ...S,
          perBrowserPerDay: S.perBrowserPerDay + extra,
          addressBurstMin: S.addressBurstMin + extra,
          identicalMax: S.identicalMax + extra,
          minSecondsOnPage: Math.max(0, S.minSecondsOnPage - extra),
        });
        expect(looser.every((s) => stricter.includes(s))).toBe(true);
      }),
    );
  });
});

describe("settings", () => {
  it("reads every threshold from its variable and keeps the default for a missing or malformed one", () => {
    expect(holdSettings({})).toEqual(S);
    expect(holdSettings({ SURVEY_HOLD: "0" }).enabled).toBe(false);
    const set = holdSettings({
      SURVEY_HOLD_PER_BROWSER_PER_DAY: "5",
      SURVEY_HOLD_ADDRESS_BURST_MIN: "300",
      SURVEY_HOLD_ADDRESS_BURST_FACTOR: "4.5",
      SURVEY_HOLD_IDENTICAL_MAX: "20",
      SURVEY_HOLD_IDENTICAL_MINUTES: "30",
      SURVEY_HOLD_MIN_SECONDS: "0",
    });
    expect(set).toEqual({
      enabled: true,
      perBrowserPerDay: 5,
      addressBurstMin: 300,
      addressBurstFactor: 4.5,
      identicalMax: 20,
      identicalWindowMinutes: 30,
      minSecondsOnPage: 0,
    });
    expect(holdSettings({ SURVEY_HOLD_PER_BROWSER_PER_DAY: "lots", SURVEY_HOLD_MIN_SECONDS: "-3", SURVEY_HOLD_IDENTICAL_MAX: " " })).toEqual(S);
  });
});

describe("helpers", () => {
  it("spreads the busiest recent month over its service hours", () => {
    expect(usualHourlyRate([])).toBe(0);
    expect(usualHourlyRate([88, SERVICE_HOURS_PER_MONTH * 3, 10])).toBe(3);
    expect(addressBurstLimit(0, S)).toBe(S.addressBurstMin);
    expect(addressBurstLimit(12.01, S)).toBe(121);
  });

  it("keys answer vectors, stores and reads signal codes, cuts review windows", () => {
    expect(answerVector({ u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 1, u9: 3 })).toBe("432433413");
    expect(answerVector({ u1: 4 })).toBe("4--------");
    expect(formatSignals([])).toBeNull();
    expect(parseSignals(formatSignals(["browser_repeat", "too_fast"]))).toEqual(["browser_repeat", "too_fast"]);
    expect(parseSignals("too_fast,bogus")).toEqual(["too_fast"]);
    expect(parseSignals(null)).toEqual([]);
    expect(reviewWindowStart(new Date("2026-11-30T03:59:59.999Z")).toISOString()).toBe("2026-11-30T03:00:00.000Z");
  });
});
