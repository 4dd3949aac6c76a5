// Every printed link is the public address (issue 28): while PUBLIC_BASE_URL is unset and
// NEXTAUTH_URL names this machine (as on the end-to-end server, http://127.0.0.1:<port>), the
// workspace tells administrators which setting to change; other roles are not shown it.
import { DEMO, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test("an administrator is told that the public address points at this machine, naming the setting", async ({ page, signInAs }) => {
  test.skip(!!process.env.PUBLIC_BASE_URL, "the server was given a public address");
  await signInAs(DEMO.admin);
  await page.goto("/admin");
  await expect(page.locator("#public-address-warning")).toContainText("NEXTAUTH_URL = http://127.0.0.1");
  await expect(page.locator("#public-address-warning")).toContainText("PUBLIC_BASE_URL");
  await expectAccessible(page);
});

test("a unit head is not shown the administrator's warning", async ({ page, signInAs }) => {
  await signInAs(DEMO.headRshd);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#public-address-warning")).toHaveCount(0);
});
