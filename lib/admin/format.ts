// Number and date formatting for the workspace pages.
export function fmt(value: number | null | undefined, digits = 2): string {
  return value == null ? "–" : value.toFixed(digits);
}

export function fmtDelta(value: number | null | undefined): string {
  if (value == null) return "–";
  return `${value > 0 ? "+" : ""}${value.toFixed(2)}`;
}

export function fmtDateTime(date: Date | string | null | undefined): string {
  if (!date) return "–";
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).slice(0, 16);
}

export function fmtDate(date: Date | string | null | undefined): string {
  return date ? fmtDateTime(date).slice(0, 10) : "–";
}

/** The public base URL for posters: PUBLIC_BASE_URL, else NEXTAUTH_URL, else the request host. */
export function publicBaseUrl(headers: Headers): string {
  const configured = process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
