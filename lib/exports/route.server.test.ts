// The export routes' wrapper, with the real guard: only the session and the user's row are stood in for.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { signIn, signOut } from "@/test/fake-session";

vi.mock("next-auth", () => import("@/test/fake-session").then((m) => m.nextAuthModule));
vi.mock("@/lib/auth/options.server", () => ({ authOptions: {} }));
vi.mock("@/lib/db/db.server", () => import("@/test/fake-session").then((m) => m.dbModule));

const { exportRoute } = await import("./route.server");

beforeEach(signOut);

const route = exportRoute(async ({ period, unit, format, fileName }) =>
  Response.json({ period: period.key, unit: unit ?? null, format, name: fileName("respons") }),
);
const get = (query: string) => route(new NextRequest(`http://localhost/admin/ekspor/responses${query}`));

describe("exportRoute", () => {
  it("answers 401 anonymous and 403 to a unit head (export:read is not theirs)", async () => {
    expect((await get("?period=2026-Q1")).status).toBe(401);
    signIn("unit_head");
    expect((await get("?period=2026-Q1")).status).toBe(403);
  });

  it("answers 400 with the query's field codes", async () => {
    signIn("inspector");
    const bad = await get("?period=kemarin&unit=Bad%20Slug&format=pdf");
    expect([bad.status, await bad.json()]).toEqual([400, { error: "validation", fields: { period: ["period"], unit: ["unit"], format: ["format"] } }]);
  });

  it("sends a browser back to the export page with what was sent and the fields in error", async () => {
    signIn("inspector");
    const request = new NextRequest("http://localhost/admin/ekspor/plans?period=kemarin&unit=rshd&format=xlsx", { headers: { accept: "text/html,*/*" } });
    const back = await route(request);
    expect([back.status, back.headers.get("location")]).toEqual([303, "/admin/ekspor?kind=plans&error=period&period=kemarin&unit=rshd#plans-heading"]);
  });

  it("hands the route the period, the unit, the format and the file's name", async () => {
    signIn("admin");
    expect(await (await get("?period=2026-Q1&unit=rshd&format=xlsx")).json()).toEqual({
      period: "2026-Q1",
      unit: "rshd",
      format: "xlsx",
      name: "respons-2026-Q1-rshd",
    });
    expect(await (await get("?period=2026-Q1&unit=&format=")).json()).toEqual({ period: "2026-Q1", unit: null, format: "csv", name: "respons-2026-Q1" });
  });
});
