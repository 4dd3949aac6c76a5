// Text from requests loses its NUL characters (U+0000) before anything else sees it: PostgreSQL
// cannot store them in text columns (the insert would fail with a 500 where SQLite accepts it),
// and no form or API field has a use for them. Removing them at the three places requests are
// read (JSON bodies, citizen forms, workspace forms) keeps both databases behaving the same.
const NUL = /\u0000/g;

export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replace(NUL, "") : text;
}

/** JSON.parse reviver: every string value without NUL (keys are never stored). */
export function jsonWithoutNul(_key: string, value: unknown): unknown {
  return typeof value === "string" ? withoutNul(value) : value;
}
