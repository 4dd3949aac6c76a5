import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const locale of ["id", "en"]) {
  for (const path of ["/", "/peringkat?type=kecamatan&sort=score&dir=asc", "/unit/rshd", "/unit/pdam?lapor=dibatasi", "/metode", "/s/rshd", "/unit/tidak-ada", "/pengaduan"]) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: "http://127.0.0.1:3220" }]);
    const page = await context.newPage();
    await page.goto("http://127.0.0.1:3220" + path);
    await page.waitForTimeout(500);
    const r = await new AxeBuilder({ page }).analyze();
    console.log(locale, path, "violations", JSON.stringify(r.violations.map((v) => [v.id, v.nodes.length])));
    await context.close();
  }
}
await browser.close();
