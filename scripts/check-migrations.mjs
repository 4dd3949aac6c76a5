// Fails when the migrations of either database no longer build the schema in prisma/: each
// provider's migrations are applied to one fresh database, the SQL that Prisma makes from the
// schema (`prisma migrate diff --from-empty --to-schema-datamodel`) to another, and the two are
// compared table by table: columns (type, null, default), primary keys, indexes, foreign keys,
// and on PostgreSQL the enums.
//
// Why not `prisma migrate diff --from-migrations ... --exit-code`: with the WebAssembly engine and a
// driver adapter (the only engines these machines can run, docs/development.md) Prisma 6.19 uses
// the configured database as the shadow database and cannot compare migrations there, and
// `--from-url` is refused with an adapter. The comparison below needs only the SQL it can make.
// One documented exception: PostgreSQL-only trigram indexes (`gin_trgm_ops`, the desk's search by
// words, docs/complaints.md) are written as raw SQL in prisma/postgres/migrations, since Prisma's
// schema, shared with SQLite, cannot describe them; they are left out of the comparison.
// Usage: node scripts/check-migrations.mjs (part of npm test; needs PostgreSQL unless SKIP_POSTGRES=1).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrate } from "./db-migrate.mjs";

const prismaEnv = { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

/** The SQL that creates the schema from nothing, as Prisma makes it for a new migration. */
function schemaSql(schema, databaseUrl) {
  return execFileSync("node", ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    env: { ...prismaEnv, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"], // its stderr (config notices) shows only in the error when it fails
  });
}

async function sqliteShape(file) {
  const db = new Database(file, { readonly: true });
  const shape = {};
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'`).all();
  for (const { name } of tables) {
    const q = (pragma) => db.prepare(`PRAGMA ${pragma}("${name}")`).all();
    shape[name] = {
      columns: q("table_info")
        .map((c) => `${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`)
        .sort(),
      indexes: q("index_list")
        .filter((i) => i.origin !== "pk")
        .map(
          (i) =>
            `${i.unique ? "unique " : ""}(${db
              .prepare(`PRAGMA index_info("${i.name}")`)
              .all()
              .map((c) => c.name)
              .join(",")})`,
        )
        .sort(),
      foreignKeys: q("foreign_key_list")
        .map((f) => `${f.from} -> ${f.table}.${f.to} on update ${f.on_update} on delete ${f.on_delete}`)
        .sort(),
    };
  }
  db.close();
  return shape;
}

async function postgresShape(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (sql) => (await client.query(sql)).rows;
  const shape = { enums: {} };
  for (const { typname, labels } of await rows(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  )) {
    shape.enums[typname] = labels;
  }
  const tables = await rows(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name != '_prisma_migrations'`,
  );
  for (const { table_name: name } of tables) {
    const columns = await rows(
      `SELECT column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${name}'`,
    );
    const indexes = await rows(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '${name}'`);
    const constraints = await rows(`SELECT contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '"${name}"'::regclass`);
    shape[name] = {
      columns: columns.map((c) => `${c.column_name} ${c.data_type}/${c.udt_name} nullable=${c.is_nullable} default=${c.column_default}`).sort(),
      indexes: indexes
        .filter((i) => !i.indexdef.includes("gin_trgm_ops")) // the documented exception above
        .map((i) => i.indexdef.replace(/INDEX "[^"]+"/, "INDEX"))
        .sort(),
      constraints: constraints.map((c) => `${c.contype} ${c.def}`).sort(),
    };
  }
  await client.end();
  return shape;
}

/** Lines that differ between two shapes, as `table: what` (empty when they match). */
function differences(fromMigrations, fromSchema) {
  const out = [];
  const keys = new Set([...Object.keys(fromMigrations), ...Object.keys(fromSchema)]);
  for (const key of [...keys].sort()) {
    const a = JSON.stringify(fromMigrations[key] ?? null, null, 1);
    const b = JSON.stringify(fromSchema[key] ?? null, null, 1);
    if (a === b) continue;
    const linesA = new Set(a.split("\n"));
    const linesB = new Set(b.split("\n"));
    for (const line of linesA) if (!linesB.has(line)) out.push(`${key}: only in the migrations: ${line.trim()}`);
    for (const line of linesB) if (!linesA.has(line)) out.push(`${key}: only in the schema: ${line.trim()}`);
  }
  return out;
}

const report = [];
const work = mkdtempSync(path.join(tmpdir(), "rapor-migrations-"));
try {
  // SQLite
  const migrated = path.join(work, "migrated.db");
  const built = path.join(work, "schema.db");
  await migrate({ ...process.env, DATABASE_URL: `file:${migrated}` });
  const sql = schemaSql("prisma/schema.prisma", `file:${built}`);
  new Database(built).exec(sql);
  report.push(["SQLite", differences(await sqliteShape(migrated), await sqliteShape(built))]);

  // PostgreSQL
  if (process.env.SKIP_POSTGRES === "1") {
    console.warn("PostgreSQL skipped (SKIP_POSTGRES=1)");
  } else {
    const adminUrl = process.env.DATABASE_URL_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const names = ["migrated", "schema"].map((kind) => `rapor_check_${kind}_${Date.now().toString(36)}_${process.pid}`);
    const urlOf = (name) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    try {
      for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
      await migrate({ ...process.env, DATABASE_URL: urlOf(names[0]) });
      const client = new pg.Client({ connectionString: urlOf(names[1]) });
      await client.connect();
      await client.query(schemaSql("prisma/postgres/schema.prisma", urlOf(names[1])));
      await client.end();
      report.push(["PostgreSQL", differences(await postgresShape(urlOf(names[0])), await postgresShape(urlOf(names[1])))]);
    } finally {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

let failed = false;
for (const [database, lines] of report) {
  if (lines.length === 0) {
    console.log(`${database}: the migrations build the schema`);
    continue;
  }
  failed = true;
  console.error(`${database}: the migrations and prisma's schema differ (npm run db:new-migration -- <name> writes the missing migration):`);
  for (const line of lines) console.error(`  ${line}`);
}
process.exit(failed ? 1 : 0);
