// Tracking codes: the reporter's only handle on a case, printed and read aloud, so they must be
// hard to guess and easy to copy. 12 symbols from 31 that cannot be confused when read or typed
// (no 0/O, 1/I/L): 31^12 ≈ 7.9e17 codes (59 bits), drawn from the CSPRNG without modulo bias.
import { randomBytes } from "node:crypto";

export const TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const GROUPS = 3;
const GROUP_LENGTH = 4;
const LENGTH = GROUPS * GROUP_LENGTH;
// Bytes at or above this are refused: 248 is the largest multiple of 31 below 256.
const LIMIT = 256 - (256 % TRACKING_ALPHABET.length);

/** A new code "XXXX-XXXX-XXXX". `bytes` is injectable for tests. */
export function newTrackingCode(bytes: (n: number) => Uint8Array = randomBytes): string {
  let symbols = "";
  while (symbols.length < LENGTH) {
    for (const b of bytes(LENGTH * 2)) {
      if (b >= LIMIT) continue;
      symbols += TRACKING_ALPHABET[b % TRACKING_ALPHABET.length];
      if (symbols.length === LENGTH) break;
    }
  }
  return group(symbols);
}

function group(symbols: string): string {
  return Array.from({ length: GROUPS }, (_, i) => symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH)).join("-");
}

/**
 * The canonical code from what a citizen typed: case, spaces and dashes do not matter, and the
 * look-alikes a person may write (O for 0 is not in the alphabet, so O, I, L, 0, 1 simply fail).
 * Null for anything that cannot be a code, so malformed input never reaches the database.
 */
export function parseTrackingCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const symbols = input.toUpperCase().replace(/[\s-]/g, "");
  if (symbols.length !== LENGTH) return null;
  for (const c of symbols) if (!TRACKING_ALPHABET.includes(c)) return null;
  return group(symbols);
}
