import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { html } from "@/lib/html/template";
import { cspFor, htmlHeaders } from "./response";
import { page } from "./layout";

const t = (key: string) => ({ "meta.siteName": "Rapor Layanan", "nav.switchTo": "English" })[key] ?? key;
const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("the citizen pages' layout and policy", () => {
  it("escapes every value and allows exactly the page's inline script by its hash", () => {
    const script = `document.title="x";`;
    const body = page({
      locale: "id",
      title: `<b>"judul"</b>`,
      description: "d",
      path: "/peringkat?q=<x>",
      t,
      body: html`<p>${"<script>alert(1)</script>"}</p>`,
      script,
    });
    expect(body).toContain("&lt;b&gt;&quot;judul&quot;&lt;/b&gt; · Rapor Layanan</title>");
    expect(body).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(body).toContain("next=%2Fperingkat%3Fq%3D%3Cx%3E");
    const policy = cspFor(body);
    expect(policy).toContain(`script-src 'self' ${sha(script)};`);
    expect(policy).not.toMatch(/nonce|unsafe-eval|strict-dynamic/);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
  });

  it("lets a shared cache keep only what is the same for everyone", () => {
    expect(htmlHeaders("<p>x</p>", { shared: true })["Cache-Control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(htmlHeaders("<p>x</p>")["Cache-Control"]).toBe("private, no-store");
    expect(cspFor("<p>no script</p>")).toContain("script-src 'self';");
  });
});
