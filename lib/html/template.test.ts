import { describe, expect, it } from "vitest";
import { html } from "./template";

describe("html", () => {
  it("escapes interpolated values", () => {
    expect(html`<p title="${'"><script>'}">${"<b>&"}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</p>');
  });
  it("keeps nested html, joins arrays and drops empty values", () => {
    expect(html`<ul>${["a", "<b>"].map((x) => html`<li>${x}</li>`)}</ul>${null}${false}${0}`.value).toBe("<ul><li>a</li><li>&lt;b&gt;</li></ul>0");
  });
});
