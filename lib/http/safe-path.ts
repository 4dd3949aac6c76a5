/** A same-site path to return to, never another origin ("//evil.example", "https://…"). */
export function safeLocalPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // URL parsers drop tabs and newlines and read "\" as "/": "/\t/evil.example" is "//evil.example".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  return value;
}
