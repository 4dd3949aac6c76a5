// The server action wrapper's own logic, with the real guards (lib/auth/guards.server.ts) and the
// real messages: only the session, the user's row and next-intl's request-scoped translator are
// stood in for.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/test/fake-session";
import { loadMessages } from "@/lib/i18n/messages";
import type { Permission } from "@/lib/auth/permissions";

let messages: Record<string, unknown>;

vi.mock("next-auth", () => import("@/test/fake-session").then((m) => m.nextAuthModule));
vi.mock("@/lib/auth/options.server", () => ({ authOptions: {} }));
vi.mock("@/lib/db/db.server", () => import("@/test/fake-session").then((m) => m.dbModule));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "id", messages: messages as never, namespace: namespace as never }),
}));

const { workspaceAction, workspaceFormAction } = await import("./action.server");

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true"; // forbidden() throws its 403 as in Next.js
  messages = await loadMessages("id");
});

beforeEach(signOut);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const digest = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: { digest?: string }) => e.digest ?? String(e),
  );
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

const schema = z.object({ name: z.string().trim().min(3, "required"), password: z.string().min(12, "passwordShort"), count: z.coerce.number().int("integer") });

describe("workspaceAction", () => {
  it("sends an anonymous caller to sign-in, and never runs the action", async () => {
    const run = vi.fn();
    const action = workspaceAction({ permission: "unit:manage" }, run);
    expect(await digest(action(null, form({})))).toMatch(/^NEXT_REDIRECT;replace;\/admin\/masuk;/);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission, and an unknown permission for anyone (fail closed)", async () => {
    const run = vi.fn();
    signIn("inspector");
    expect(await digest(workspaceAction({ permission: "user:manage" }, run)(null, form({})))).toBe(FORBIDDEN);
    signIn("admin");
    expect(await digest(workspaceAction({ permission: "everything:do" as Permission }, run)(null, form({})))).toBe(FORBIDDEN);
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a failed parse with the translated field errors and the values, passwords left out", async () => {
    signIn("admin");
    const run = vi.fn();
    const result = await workspaceAction({ permission: "unit:manage", schema }, run)(
      null,
      form({ name: " a", password: "short", count: "1.5", $ACTION_ID_x: "" }),
    );
    expect(result).toEqual({
      ok: false,
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: {
        name: [(messages.admin as { errors: Record<string, string> }).errors.required],
        password: [(messages.admin as { errors: Record<string, string> }).errors.passwordShort],
        count: [(messages.admin as { errors: Record<string, string> }).errors.integer],
      },
      values: { name: " a", count: "1.5" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("treats anything but a form (a forged call) as an empty form", async () => {
    signIn("admin");
    const result = await workspaceAction({ permission: "unit:manage", schema }, vi.fn())(null, "not a form" as unknown as FormData);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual(["count", "name", "password"]);
  });

  it("translates from the first namespace that has a code, else the shared namespace's fallback", async () => {
    signIn("admin");
    const codes = z.object({
      a: z.string().refine(() => false, "state"),
      b: z.string().refine(() => false, "tooLong"),
      c: z.string().refine(() => false, "nonsense"),
    });
    const result = await workspaceAction(
      { permission: "plan:review", schema: codes, messages: { namespaces: ["plans.errors", "admin.errors"], fallback: "invalid" } },
      vi.fn(),
    )(null, form({ a: "", b: "", c: "" }));
    const plans = (messages.plans as { errors: Record<string, string> }).errors;
    const admin = (messages.admin as { errors: Record<string, string> }).errors;
    expect(result).toMatchObject({ message: admin.form, fieldErrors: { a: [plans.state], b: [admin.tooLong], c: [admin.invalid] } });
  });

  it("runs the action with the user, the parsed input and the form, cleaned of NUL", async () => {
    signIn("admin");
    const result = await workspaceAction({ permission: "unit:manage", schema }, async ({ user, input, form, values }) => ({
      ok: true,
      message: `${user.role} ${input.name} ${input.count} ${form.get("extra")} ${Object.keys(values).join(",")}`,
    }))(null, form({ name: "Puskes\u0000mas", password: "a long password", count: "3", extra: "x" }));
    expect(result).toEqual({ ok: true, message: "admin Puskesmas 3 x name,count,extra" });
  });

  it("checks a unit head on the unit the form names, -1 when it names none", async () => {
    signIn("unit_head", 3);
    const run = vi.fn(async ({ unitId }: { unitId: number }) => ({ ok: true as const, message: String(unitId) }));
    const unit = (form: FormData) => (form.get("unitId") ? Number(form.get("unitId")) : null);
    const action = workspaceAction({ permission: "kiosk:manage", unit }, run);
    expect(await digest(action(null, form({ unitId: "4" })))).toBe(FORBIDDEN);
    expect(await digest(action(null, form({})))).toBe(FORBIDDEN);
    expect(run).not.toHaveBeenCalled();
    expect(await action(null, form({ unitId: "3" }))).toEqual({ ok: true, message: "3" });
    signIn("admin");
    expect(await action(null, form({}))).toEqual({ ok: true, message: "-1" });
  });

  it("requireUnit refuses a unit head another unit's record, and a signed-in-only action every unit", async () => {
    signIn("unit_head", 3);
    const check = (unitId: number) =>
      workspaceAction({ permission: "complaint:handle" }, async ({ requireUnit }) => (requireUnit(unitId), { ok: true }))(null, form({}));
    expect(await digest(check(4))).toBe(FORBIDDEN);
    expect(await check(3)).toEqual({ ok: true });
    const signedIn = workspaceAction({ signedIn: true }, async ({ requireUnit }) => (requireUnit(3), { ok: true }));
    expect(await digest(signedIn(null, form({})))).toBe(FORBIDDEN);
  });

  it("lets redirect() from the action through", async () => {
    signIn("admin");
    const action = workspaceAction({ permission: "unit:manage" }, async () => redirect("/admin/unit/1"));
    expect(await digest(action(null, form({})))).toMatch(/^NEXT_REDIRECT;replace;\/admin\/unit\/1;/);
  });
});

describe("workspaceFormAction", () => {
  it("takes the form as its only argument, after the same check", async () => {
    const seen: string[] = [];
    const action = workspaceFormAction({ permission: "period:manage" }, async ({ form }) => void seen.push(String(form.get("period"))));
    expect(await digest(action(form({ period: "2026-Q1" })))).toMatch(/^NEXT_REDIRECT/);
    signIn("admin");
    await action(form({ period: "2026-Q1" }));
    expect(seen).toEqual(["2026-Q1"]);
  });
});
