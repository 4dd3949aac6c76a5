// The kiosk's secrets: the one-time pairing code (in the link and QR code the workspace shows) and
// the device's long-lived token. Both are 256 random bits; the database keeps only their SHA-256,
// so a copy of the database cannot act as a kiosk. No salt is needed for random secrets this long.
import { createHash, randomBytes } from "node:crypto";

export const KIOSK_COOKIE = "kiosk_token";
export const PAIRING_MINUTES = 15;

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The device token of a request: `Authorization: Bearer <token>` (other kiosk clients) or the kiosk screen's cookie. */
export function kioskTokenOf(request: { headers: Headers; cookies: { get(name: string): { value: string } | undefined } }): string | null {
  const bearer = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(request.headers.get("authorization") ?? "");
  if (bearer) return bearer[1];
  const cookie = request.cookies.get(KIOSK_COOKIE)?.value;
  return cookie && /^[A-Za-z0-9_-]{20,200}$/.test(cookie) ? cookie : null;
}
