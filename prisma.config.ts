// Prisma CLI configuration. The schema, migrations and driver adapter follow DATABASE_URL
// (see lib/db/database-url.mjs): SQLite by default, PostgreSQL in production. Prisma 6.19's
// WebAssembly engines are used because the native ones cannot be downloaded here.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { prismaPaths, resolveDatabase } from "./lib/db/database-url.mjs";

const db = resolveDatabase();
process.env.DATABASE_URL = db.url; // the schema's `url = env("DATABASE_URL")` must be set

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: prismaPaths[db.provider].schema,
  migrations: { path: prismaPaths[db.provider].migrations },
  async adapter() {
    if (db.provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: db.url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    mkdirSync(path.dirname(db.file!), { recursive: true });
    return new PrismaBetterSQLite3({ url: db.file! });
  },
});
