// Small signed tokens of the survey page: the anonymous browser cookie and the page-view time in
// a hidden field. HMAC-SHA256 with the server's secret, so a client can neither forge a browser
// id nor claim an earlier page view. Neither holds personal data: a random id and a time.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

function mac(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url").slice(0, 27);
}

export function sign(value: string, secret: string): string {
  return `${value}.${mac(value, secret)}`;
}

/** The signed value, or null when the token is missing, malformed or signed with another secret. */
export function unsign(token: string | null | undefined, secret: string): string | null {
  if (!token || token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = token.slice(0, dot);
  const expected = Buffer.from(mac(value, secret));
  const given = Buffer.from(token.slice(dot + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/** A new anonymous browser id (128 random bits), signed. */
export function newBrowserToken(secret: string): string {
  return sign(randomBytes(16).toString("base64url"), secret);
}

/** The page-view token of the hidden field: the unit and the time the form was served. */
export function pageViewToken(unitId: number, at: Date, secret: string): string {
  return sign(`${unitId}:${at.getTime()}`, secret);
}

/** Seconds between the page view in `token` and `now` for this unit; null for a missing, forged or foreign token. */
export function secondsSincePageView(token: string | null | undefined, unitId: number, now: Date, secret: string): number | null {
  const value = unsign(token, secret);
  const match = value?.match(/^(\d+):(\d+)$/);
  if (!match || Number(match[1]) !== unitId) return null;
  const seconds = (now.getTime() - Number(match[2])) / 1000;
  return seconds >= 0 ? seconds : null;
}
