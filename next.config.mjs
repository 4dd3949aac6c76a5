import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules and the database adapters stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 from pages and server actions (lib/auth/guards.server.ts).
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
