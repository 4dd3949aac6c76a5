// Whether the public address is set (issue 28): every printed link (posters and their QR codes,
// the WhatsApp and SMS reply texts, the kiosk pairing link, notifications) is built from
// PUBLIC_BASE_URL, else NEXTAUTH_URL. Unset, or pointing at this machine, those links lead
// citizens nowhere. Plain JavaScript so that `npm start` (scripts/start.mjs) can check it before
// it fills in its own localhost default.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1"]);

/**
 * The setting that needs attention, or null when the public address is a real one: "unset"
 * when neither variable is set, "local" when the one in force names this machine.
 * @param {Record<string, string | undefined>} env
 * @returns {{ problem: "unset" | "local"; setting: "PUBLIC_BASE_URL" | "NEXTAUTH_URL"; value: string | null } | null}
 */
export function publicAddressProblem(env) {
  const setting = env.PUBLIC_BASE_URL ? "PUBLIC_BASE_URL" : env.NEXTAUTH_URL ? "NEXTAUTH_URL" : null;
  if (!setting) return { problem: "unset", setting: "PUBLIC_BASE_URL", value: null };
  const value = /** @type {string} */ (env[setting]);
  let host;
  try {
    host = new URL(value).hostname;
  } catch {
    return { problem: "local", setting, value };
  }
  return LOCAL_HOSTS.has(host) || host.endsWith(".localhost") || host.startsWith("127.") ? { problem: "local", setting, value } : null;
}
