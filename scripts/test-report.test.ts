import { describe, expect, it } from "vitest";
import { playwrightCounts, playwrightTests, slowest, vitestCounts, vitestTests } from "./test-report.mjs";

const vitest = {
  numPassedTests: 2,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    { assertionResults: [{ fullName: "a b", title: "b", duration: 5 }] },
    { assertionResults: [{ fullName: "c", title: "c", duration: 50 }, { title: "d" }] },
  ],
};
const playwright = {
  stats: { expected: 3, unexpected: 0, flaky: 1, skipped: 2 },
  suites: [
    {
      title: "x.spec.ts",
      file: "x.spec.ts",
      specs: [{ title: "top", file: "x.spec.ts", tests: [{ results: [{ duration: 7 }] }] }],
      suites: [
        { title: "group", file: "x.spec.ts", specs: [{ title: "inner", file: "x.spec.ts", tests: [{ results: [{ duration: 30 }, { duration: 12 }] }] }] },
      ],
    },
  ],
};

describe("the test reports of a run", () => {
  it("reads every vitest test with its duration (a missing one as 0)", () => {
    expect(vitestTests(vitest, "unit")).toEqual([
      { title: "unit: a b", ms: 5 },
      { title: "unit: c", ms: 50 },
      { title: "unit: d", ms: 0 },
    ]);
  });

  it("reads Playwright's nested suites, naming the file and the describe blocks, summing a test's results", () => {
    expect(playwrightTests(playwright)).toEqual([
      { title: "e2e: x.spec.ts › top", ms: 7 },
      { title: "e2e: x.spec.ts › group › inner", ms: 42 },
    ]);
  });

  it("lists the slowest first, at most n", () => {
    const all = [...vitestTests(vitest, "unit"), ...playwrightTests(playwright)];
    expect(slowest(all, 2).map((t) => t.ms)).toEqual([50, 42]);
    expect(slowest(all).length).toBe(5);
  });

  it("counts each runner's tests", () => {
    expect(vitestCounts(vitest)).toEqual({ passed: 2, failed: 1, skipped: 1 });
    expect(playwrightCounts(playwright)).toEqual({ passed: 4, failed: 0, skipped: 2 });
  });
});
