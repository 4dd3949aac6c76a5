// The test reports of one `npm test` run (vitest's and Playwright's JSON reporters), read into
// counts and a list of the slowest tests, so that the next person sees where the time goes.

/** Every test of a vitest JSON report, with its duration in ms. */
export function vitestTests(report, project) {
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? []).map((t) => ({ title: `${project}: ${t.fullName ?? t.title}`, ms: t.duration ?? 0 })),
  );
}

/** Every test of a Playwright JSON report (its suites nest), with the duration of its results in ms. */
export function playwrightTests(report) {
  const tests = [];
  const walk = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith(".ts") ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const ms = (test.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0);
        tests.push({ title: `e2e: ${spec.file ?? suite.file} › ${[...path, spec.title].join(" › ")}`, ms });
      }
    }
    for (const child of suite.suites ?? []) walk(child, path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return tests;
}

/** The `n` slowest tests, slowest first. */
export function slowest(tests, n = 10) {
  return [...tests].sort((a, b) => b.ms - a.ms).slice(0, n);
}

/** Counts of a vitest JSON report. */
export function vitestCounts(report) {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

/** Counts of a Playwright JSON report (a flaky test passed in the end; retries are off anyway). */
export function playwrightCounts(report) {
  const { stats } = report;
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected, skipped: stats.skipped };
}
