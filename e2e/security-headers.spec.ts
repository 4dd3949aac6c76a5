import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP that they work under, and the other security headers", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/admin/masuk"); // a page with client-side JavaScript
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The page's scripts run under the policy: the client form reacts (hydrated), no violations.
  await page.getByLabel("Email").fill("nobody@rapor.example");
  await page.getByLabel("Kata sandi").fill("wrong-password");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("#sign-in-error")).toBeVisible();
  expect(violations).toEqual([]);
});

test("every response gets a fresh nonce", async ({ request }) => {
  const nonce = async () => (await request.get("/")).headers()["content-security-policy"].match(/nonce-([^']+)/)![1];
  expect(await nonce()).not.toBe(await nonce());
});
