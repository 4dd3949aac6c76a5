// Shared Playwright fixtures. `signInAs(email)` writes a next-auth session cookie directly
// (signed with the test server's secret) instead of clicking through the sign-in page each time;
// `e2eDb()` opens the test server's own SQLite database for set-up and checks.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { test as base, expect } from "@playwright/test";

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".e2e/data");

export const DEMO = {
  password: "rapor-demo-2026",
  admin: "sekretariat@rapor.example",
  inspector: "inspektorat@rapor.example",
  headRshd: "direktur.rshd@rapor.example",
  headDukcapil: "kadis.dukcapil@rapor.example",
  headJalanGedang: "kapus.jalangedang@rapor.example",
} as const;

export function e2eDb() {
  return new Database(path.join(dataDir, "rapor.db"));
}

export async function sessionCookie(email: string, baseURL: string) {
  const sqlite = e2eDb();
  const user = sqlite.prepare(`SELECT id, name FROM "User" WHERE email = ?`).get(email) as { id: number; name: string } | undefined;
  sqlite.close();
  if (!user) throw new Error(`no user ${email} in the e2e database`);
  const secret = process.env.NEXTAUTH_SECRET ?? readFileSync(path.join(dataDir, "nextauth-secret"), "utf8").trim();
  const value = await encode({ token: { uid: Number(user.id), email, name: user.name, sub: String(user.id) }, secret });
  return { name: "next-auth.session-token", value, url: baseURL, httpOnly: true, sameSite: "Lax" as const };
}

export const test = base.extend<{ signInAs: (email: string) => Promise<void> }>({
  signInAs: async ({ context, baseURL }, use) => {
    await use(async (email) => {
      await context.addCookies([await sessionCookie(email, baseURL!)]);
    });
  },
});

export { expect };
