// Every text read from a request passes here before anything else sees it (JSON bodies, citizen
// forms, workspace forms, the client address; URLs in the proxy). Two kinds of text that a
// browser never sends but a broken keyboard, proxy or scanner does would otherwise reach the
// database and fail there with a 500:
// - NUL (U+0000): PostgreSQL cannot store it in a text column (SQLite can), and no field has a
//   use for it, so it is removed;
// - a lone UTF-16 surrogate (JSON "\ud800"): no UTF-8 encoding exists for it, and the database
//   layer refuses to serialise the query; it becomes U+FFFD, as a browser does with bytes it
//   cannot decode, and the rest of the text is kept.
// Headers need nothing: their values are byte strings (every character below U+0100).
// URLs cannot be made well-formed this way (Next.js decodes path segments itself and fails on
// malformed percent-encoding), so the proxy refuses those that `readableUrl` rejects.

declare global {
  // ES2024 (Node.js 20+); the project's TypeScript lib is ES2022.
  interface String {
    isWellFormed(): boolean;
    toWellFormed(): string;
  }
}

const NUL = /\u0000/g;

/** `text` as the app keeps it: without NUL, and with U+FFFD in place of each lone surrogate. */
export function requestText(text: string): string {
  const clean = text.includes("\u0000") ? text.replace(NUL, "") : text;
  return clean.isWellFormed() ? clean : clean.toWellFormed();
}

/** JSON.parse reviver: every string value through `requestText` (keys are never stored). */
export function requestJsonReviver(_key: string, value: unknown): unknown {
  return typeof value === "string" ? requestText(value) : value;
}

/**
 * Whether the app can read this URL (path and query as sent, still percent-encoded): every path
 * segment decodes as UTF-8 (`/unit/%ff`, `/s/%ED%A0%80` and a cut `%E0%A4%A` do not), and neither
 * the path nor the query holds a NUL (`%00`). The query's other bytes need no check: its parser
 * decodes what it cannot read to U+FFFD.
 */
export function readableUrl(pathname: string, search = ""): boolean {
  if (/%00/.test(search) || /%00/.test(pathname)) return false;
  if (!pathname.includes("%")) return true;
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Whether the body of a server action call (`Next-Action` header) is in the shape React sends for
 * the arguments our actions take (a FormData and plain values), as far as Next.js's decoder
 * would otherwise fail on it with a 500 before the action runs: a text body, or a multipart
 * body's root part "0", is a JSON array; every string in it that starts with "$" is one of the
 * encodings of such values (an escaped "$", undefined, NaN, ±Infinity, -0, a date, a bigint, a
 * FormData, or a reference to a part that exists and is itself JSON). Maps, sets, files, promises
 * and streams are not arguments of any action here, and are refused. (The action then checks the
 * session and validates its arguments itself.)
 */
export async function readableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    const parts = new Map<string, string>();
    let root: string;
    if (type.startsWith("multipart/form-data")) {
      const form = await request.formData();
      for (const [name, value] of form) if (typeof value === "string" && /^[0-9a-f]+$/.test(name)) parts.set(name, value);
      root = parts.get("0") ?? "";
    } else {
      root = await request.text();
    }
    const value: unknown = JSON.parse(root);
    return Array.isArray(value) && readableActionValue(value, parts, 0);
  } catch {
    return false;
  }
}

const PLAIN_ENCODINGS = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$|K[0-9a-f]+$)/;

function readableActionValue(value: unknown, parts: Map<string, string>, depth: number): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || PLAIN_ENCODINGS.test(value)) return true;
    const reference = /^\$([0-9a-f]+)(?::[^:]*)*$/.exec(value);
    if (!reference || !parts.has(reference[1]) || reference[1] === "0") return false;
    return readableActionValue(JSON.parse(parts.get(reference[1])!), parts, depth + 1);
  }
  if (Array.isArray(value)) return value.every((item) => readableActionValue(item, parts, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => readableActionValue(item, parts, depth + 1));
  return true;
}

/** Former names, kept for code written before lone surrogates were handled here too. */
export const withoutNul = requestText;
export const jsonWithoutNul = requestJsonReviver;
