import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules and the database adapters stay outside the server bundle; so do exceljs, which
  // reads its templates from its own package folder, and playwright-core and pdfjs-dist (the
  // report's PDF printer and the reader of its page numbers), which find their own files at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "exceljs", "playwright-core", "pdfjs-dist"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 from pages and server actions (lib/auth/guards.server.ts).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      // The citizen pages' chart script: its URL carries its content's hash (lib/html/charts.ts).
      { source: "/assets/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
