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

test("every workspace response gets a fresh nonce", async ({ request }) => {
  const nonce = async () => (await request.get("/admin/masuk")).headers()["content-security-policy"].match(/nonce-([^']+)/)![1];
  expect(await nonce()).not.toBe(await nonce());
});

// The citizen pages are the same for everyone: their inline scripts are allowed by hash (no
// nonce, so the whole page can be cached), and they may be kept briefly by a shared cache.
for (const path of ["/", "/peringkat", "/unit/rshd", "/metode", "/s/rshd", "/pengaduan", "/lacak"]) {
  test(`${path} carries a hash-based CSP that its scripts run under`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    // The survey form carries each citizen's own signed page-view time, so it is private.
    const shared = ["/", "/peringkat", "/unit/rshd", "/metode"].includes(path);
    expect(headers["cache-control"]).toMatch(shared ? /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/ : /^private, no-store$/);
    if (path === "/" || path === "/unit/rshd") {
      // The chart script loads once a chart nears the viewport, and draws under the policy.
      await page.locator("[data-chart]").first().scrollIntoViewIfNeeded();
      await expect(page.locator("[data-chart] canvas").first()).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
}
