import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { bodyOf, GZIPPED, preparedResponse } from "./gzipped";

describe("a body prepared once per cached value", () => {
  it("serialises a source once and compresses it once, however often it is asked for", () => {
    const source = { a: 1 };
    const serialise = vi.fn(() => JSON.stringify(source));
    const first = bodyOf(source, serialise);
    expect(bodyOf(source, serialise)).toBe(first);
    expect(serialise).toHaveBeenCalledTimes(1);
    expect(first.gzip()).toBe(first.gzip());
    expect(gunzipSync(first.gzip()).toString()).toBe('{"a":1}');
  });

  it("gives another source (a new version's value) a body of its own", () => {
    const a = bodyOf({ v: 1 }, () => "one");
    const b = bodyOf({ v: 1 }, () => "two");
    expect([a.text, b.text]).toEqual(["one", "two"]);
  });

  it("answers with the text and carries the gzip copy for the front", async () => {
    const body = bodyOf({}, () => '{"ok":true}');
    const response = preparedResponse(body, { headers: { "Content-Type": "application/json" } });
    expect(await response.text()).toBe('{"ok":true}');
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response[GZIPPED]!()).toBe(body.gzip());
  });
});
