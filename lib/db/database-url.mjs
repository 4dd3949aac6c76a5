// Which database this process uses, decided in one place for the Prisma CLI config, the
// scripts and the app: PostgreSQL when DATABASE_URL says so, otherwise the embedded SQLite file
// in the data directory (DATA_DIR, default ./data), which git ignores.
// Plain .mjs so that node scripts can import it without a TypeScript step.
import path from "node:path";

export function dataDir() {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR || "data");
}

/** @returns {{ provider: "sqlite" | "postgresql", url: string, file?: string }} */
export function resolveDatabase(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  if (url && !url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be postgresql://… or file:…, got "${url.slice(0, 20)}…"`);
  }
  const file = url ? path.resolve(/* turbopackIgnore: true */ url.slice("file:".length)) : path.join(/* turbopackIgnore: true */ dataDir(), "rapor.db");
  return { provider: "sqlite", url: `file:${file}`, file };
}

/** Where each provider keeps its schema and migrations. */
export const prismaPaths = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" },
};
