// The workspace API wrapper's own logic, with the real guards and messages: only the session and
// the user's row are stood in for.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { signIn, signOut } from "@/test/fake-session";
import { translatorFor } from "@/lib/i18n/translator.server";

vi.mock("next-auth", () => import("@/test/fake-session").then((m) => m.nextAuthModule));
vi.mock("@/lib/auth/options.server", () => ({ authOptions: {} }));
vi.mock("@/lib/db/db.server", () => import("@/test/fake-session").then((m) => m.dbModule));

const { workspaceApi } = await import("./workspace-api.server");

beforeEach(signOut);

const UNITS: Record<number, number> = { 5: 3, 6: 4 }; // record id -> its unit
const unitOf = async (id: number) => UNITS[id] ?? null;
const schema = z.strictObject({ name: z.string("required").min(3, "required") });

function call(route: ReturnType<typeof workspaceApi>, id: string, body?: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(`http://localhost/api/v1/workspace/things/${id}`, body === undefined ? { headers } : { method: "POST", body, headers });
  return route(request, { params: Promise.resolve({ id }) });
}

const echo = workspaceApi({ permission: "plan:write", unitOf, notFound: "plans.errors.notFound" }, async ({ user, id }) =>
  Response.json({ user: user.id, id }),
);
const withBody = workspaceApi(
  { permission: "plan:write", unitOf, notFound: "plans.errors.notFound", body: { schema, messages: (code) => `admin.errors.${code}` } },
  async ({ input }) => Response.json(input),
);

describe("workspaceApi", () => {
  it("answers 401 to an anonymous caller and 403 to a role without the permission", async () => {
    expect((await call(echo, "5")).status).toBe(401);
    signIn("inspector");
    const refused = await call(echo, "5");
    expect([refused.status, await refused.json()]).toEqual([403, { error: "forbidden" }]);
  });

  it("answers 404 in the caller's language for no record, and for a path that is no id", async () => {
    signIn("admin");
    const en = await translatorFor("en");
    for (const id of ["9", "abc", "1e2", "2147483648"]) {
      const response = await call(echo, id, undefined, { "accept-language": "en" });
      expect([response.status, await response.json()]).toEqual([404, { error: "not_found", message: en("plans.errors.notFound") }]);
    }
  });

  it("answers 403 to a unit head for another unit's record, and runs the route for their own", async () => {
    signIn("unit_head", 3);
    expect((await call(echo, "6")).status).toBe(403);
    const own = await call(echo, "5");
    expect([own.status, await own.json()]).toEqual([200, { user: 7, id: 5 }]);
  });

  it("answers 400 with translated field errors for a body that fails the schema or is no JSON", async () => {
    signIn("admin");
    const id = await translatorFor("id");
    const short = await call(withBody, "5", JSON.stringify({ name: "ab" }));
    expect([short.status, await short.json()]).toEqual([
      400,
      { error: "validation", message: id("admin.errors.required"), fields: { name: [id("admin.errors.required")] } },
    ]);
    const broken = await call(withBody, "5", "{not json");
    expect(await broken.json()).toEqual({ error: "validation", message: id("admin.errors.invalid"), fields: { body: [id("admin.errors.invalid")] } });
    const ok = await call(withBody, "5", JSON.stringify({ name: "abc" }));
    expect([ok.status, await ok.json()]).toEqual([200, { name: "abc" }]);
  });

  it("checks the caller before it reads the body", async () => {
    signIn("unit_head", 3);
    expect((await call(withBody, "6", "{not json")).status).toBe(403);
  });
});
