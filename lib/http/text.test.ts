import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readableActionBody, readableUrl, requestJsonReviver, requestText } from "./text";

describe("requestText", () => {
  it("removes every NUL and keeps every other character", () => {
    expect(requestText("a\u0000b\u0000")).toBe("ab");
    expect(requestText("\u202e😀\u0007<b>")).toBe("\u202e😀\u0007<b>");
    expect(requestText("")).toBe("");
  });

  it("puts U+FFFD in place of each lone surrogate and keeps pairs", () => {
    expect(requestText("x\ud800y")).toBe("x\ufffdy");
    expect(requestText("\udc00")).toBe("\ufffd");
    expect(requestText("\ud800\u0000\udc00")).toBe("😀".length === 2 ? "\ud800\udc00" : ""); // the NUL goes first: the pair it split is whole again
    expect(requestText("😀\ud83d")).toBe("😀\ufffd");
  });

  it("always gives well-formed text without NUL, unchanged when it already was", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const clean = requestText(text);
        const untouched = !text.isWellFormed() || text.includes("\u0000") || clean === text;
        return clean.isWellFormed() && !clean.includes("\u0000") && clean.length <= text.length && untouched;
      }),
    );
  });

  it("cleans nested JSON strings as a reviver, leaving other types alone", () => {
    const parsed = JSON.parse('{"a":"x\\u0000y","b":[1,"\\u0000",true,null],"c":{"d":"\\ud800z"}}', requestJsonReviver);
    expect(parsed).toEqual({ a: "xy", b: [1, "", true, null], c: { d: "\ufffdz" } });
  });
});

describe("readableUrl", () => {
  it("refuses path segments that are not percent-encoded UTF-8", () => {
    for (const path of ["/unit/%ff", "/unit/%E0%A4%A", "/lacak/%ff%fe", "/s/%ED%A0%80", "/api/v1/complaints/%ED%A0%80", "/s/%", "/s/%zz"]) {
      expect(readableUrl(path), path).toBe(false);
    }
  });

  it("refuses a NUL in the path or the query", () => {
    expect(readableUrl("/s/a%00b")).toBe(false);
    expect(readableUrl("/lacak", "?kode=%00")).toBe(false);
  });

  it("reads ordinary and encoded URLs", () => {
    expect(readableUrl("/")).toBe(true);
    expect(readableUrl("/unit/rshd", "?period=2026-Q3")).toBe(true);
    expect(readableUrl("/unit/caf%C3%A9%20x", "?q=%ff")).toBe(true);
    expect(readableUrl("/s/%F0%9F%98%80")).toBe(true);
  });

  it("agrees with decodeURIComponent on every generated path", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom("%", "%f", "%ff", "%C3", "%A9", "%ED%A0%80", "a", "/", "%2F", "%00"), fc.webSegment()), { maxLength: 8 }),
        (parts) => {
          const path = `/${parts.join("")}`;
          let decodes = true;
          try {
            path.split("/").forEach((segment) => decodeURIComponent(segment));
          } catch {
            decodes = false;
          }
          expect(readableUrl(path)).toBe(decodes && !path.includes("%00"));
        },
      ),
    );
  });
});

describe("readableActionBody", () => {
  const text = (body: string) => new Request("http://x/admin", { method: "POST", body, headers: { "content-type": "text/plain;charset=UTF-8" } });
  const multipart = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return new Request("http://x/admin", { method: "POST", body: form });
  };

  it("reads what React sends for an action taking the previous state and a FormData", async () => {
    expect(
      await readableActionBody(multipart({ "0": '[{"ok":false,"message":"$$5 left","values":{"a":"$undefined"}},"$K1"]', "1_id": "7", "1_name": "%ff" })),
    ).toBe(true);
    expect(await readableActionBody(text('["$K1",1,"$D2026-11-30T00:00:00.000Z","$n12","$-0",null]'))).toBe(true);
    expect(await readableActionBody(multipart({ "0": '["$1"]', "1": '{"a":"b"}' }))).toBe(true);
  });

  it("refuses what Next.js's decoder would fail on with a 500", async () => {
    for (const body of ["garbage{", '"x"', "null", '["$Q1"]', '["$1"]', '["$n1x"]', '["$h1"]', '["$B1"]', '["$@1"]', "", '{"a":1}']) {
      expect(await readableActionBody(text(body)), body).toBe(false);
    }
    expect(await readableActionBody(multipart({ "1_id": "7" }))).toBe(false); // no root part
    expect(await readableActionBody(multipart({ "0": '["$1"]', "1": '["$1"]' }))).toBe(false); // a reference cycle
    expect(await readableActionBody(multipart({ "0": '["$2"]', "2": "not json" }))).toBe(false);
  });
});
