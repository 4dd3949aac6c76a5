// Who hears of a complaint: the unit head (by their workspace account's email, else the unit's
// posted number), the inspectors or the secretariat (every active user of that role), and the
// public address the messages link to.
import type { Db } from "@/lib/db/db.server";
import { defaultLocale, userLocale, type Locale } from "@/lib/i18n/locales";

// `language`: the account's chosen one (User.language); a posted number is written to in Indonesian.
export type Recipient = { channel: "email" | "phone"; recipient: string; language: Locale };

/** The public address links in messages point to: PUBLIC_BASE_URL, else NEXTAUTH_URL, without a trailing slash. */
export function baseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.PUBLIC_BASE_URL || env.NEXTAUTH_URL || "").replace(/\/+$/, "");
}

/**
 * The unit head's workspace accounts by email; a head without an account on their posted number
 * (through the webhook gateway), so that every case reaches the head directly.
 */
export async function headRecipients(db: Db, unit: { id: number; headPhone: string }): Promise<Recipient[]> {
  const accounts = await db.user.findMany({ where: { role: "unit_head", unitId: unit.id, active: true }, select: { email: true, language: true } });
  return accounts.length
    ? accounts.map((a) => ({ channel: "email", recipient: a.email, language: userLocale(a.language) }))
    : [{ channel: "phone", recipient: unit.headPhone, language: defaultLocale }];
}

export async function roleRecipients(db: Db, role: "inspector" | "admin"): Promise<Recipient[]> {
  const users = await db.user.findMany({ where: { role, active: true }, select: { email: true, language: true } });
  return users.map((u) => ({ channel: "email", recipient: u.email, language: userLocale(u.language) }));
}
