// For unit tests of code behind the guards (lib/auth/guards.server.ts): a stand-in for next-auth's
// session and for the signed-in user's row, so that the real guards and permissions run. In a
// test file:
//   vi.mock("next-auth", () => import("@/test/fake-session").then((m) => m.nextAuthModule));
//   vi.mock("@/lib/auth/options.server", () => ({ authOptions: {} }));
//   vi.mock("@/lib/db/db.server", () => import("@/test/fake-session").then((m) => m.dbModule));
import type { Role } from "@/lib/generated/sqlite/enums";

let current: { id: number; role: Role; unitId: number | null } | null = null;

/** Signs user 7 in with `role` (a unit head of `unitId`); `signOut()` before each test. */
export function signIn(role: Role, unitId: number | null = null) {
  current = { id: 7, role, unitId };
}

export function signOut() {
  current = null;
}

export const nextAuthModule = { getServerSession: async () => (current ? { uid: current.id } : null) };

export const dbModule = {
  db: { user: { findFirst: async () => current && { ...current, email: "x@example.test", name: "X", passwordChangedAt: new Date(0), unit: null } } },
};
