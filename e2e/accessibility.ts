// The accessibility check of every spec: axe finds no violation on the page as it stands once it
// has settled. "Settled" includes a non-empty <title>: Next.js streams a workspace page's metadata
// after its body, so right after a server action re-renders the page there is a moment with no
// title, and an axe run in that moment reports a missing title that no reader ever meets.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The page's axe violations, each as `rule: targets` (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
