export type TimedTest = { title: string; ms: number };
export type Counts = { passed: number; failed: number; skipped: number };
export function vitestTests(report: unknown, project: string): TimedTest[];
export function playwrightTests(report: unknown): TimedTest[];
export function slowest(tests: TimedTest[], n?: number): TimedTest[];
export function vitestCounts(report: unknown): Counts;
export function playwrightCounts(report: unknown): Counts;
