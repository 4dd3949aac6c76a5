// After a Playwright run: the seeded templates of the extra servers' databases (e2e/servers.ts).
import { dropTemplates } from "./servers";

export default async function teardown() {
  if (process.env.E2E_TEMPLATE_RUN) await dropTemplates(process.env.E2E_TEMPLATE_RUN);
}
