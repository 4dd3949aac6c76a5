// The product's public address, for links printed on posters and sent to reporters.
/** The public base URL for posters: PUBLIC_BASE_URL, else NEXTAUTH_URL, else the request host. */
export function publicBaseUrl(headers: Headers): string {
  const configured = process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
