// npm run db:seed [-- --reset]: the demo data of prisma/seed/demo.ts into the database in use.
import { createDb } from "@/lib/db.server";
import { seedDemo } from "./seed/demo";

const { db, provider } = createDb();
const started = performance.now();
try {
  await seedDemo(db, { reset: process.argv.includes("--reset"), log: (line) => console.log(`${provider}: ${line}`) });
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
