// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the provider and the client's
// output are the only differences) and generates both clients, so one build serves either
// database. `--check` fails when the committed PostgreSQL schema is out of date.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";

const source = readFileSync("prisma/schema.prisma", "utf8");
const postgres =
  "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs: do not edit.\n" +
  source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"');

if (process.argv.includes("--check")) {
  if (readFileSync("prisma/postgres/schema.prisma", "utf8") !== postgres) {
    console.error("prisma/postgres/schema.prisma is stale: run npm run db:generate");
    process.exit(1);
  }
  process.exit(0);
}
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", postgres);

// The CLI must not try to download native engines it will not use.
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync("node", ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, DATABASE_URL: schema.includes("postgres") ? "postgresql://localhost/x" : "file:./x.db" },
  });
}
