// npm run db:seed [-- --reset] [--scale N]: the demo data of prisma/seed/demo.ts into the database
// in use: a city that has published its last two ended quarters, with enough answers that most
// units reach their minimum sample. --scale (or SEED_DEMO_SCALE) sets the answer volume; the
// end-to-end servers use 1, a quarter of the answers, for faster seeds.
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/db.server";
import { DEMO_RESPONSE_SCALE, seedDemo } from "./seed/demo";

const { values } = parseArgs({
  options: { reset: { type: "boolean", default: false }, scale: { type: "string", default: process.env.SEED_DEMO_SCALE || String(DEMO_RESPONSE_SCALE) } },
});
const responseScale = Number(values.scale);
if (!(responseScale > 0 && responseScale <= 20)) throw new Error(`--scale must be a number in (0, 20], not ${values.scale}`);

const { db, provider } = createDb();
const started = performance.now();
try {
  await seedDemo(db, { reset: values.reset, responseScale, publishQuarters: 2, log: (line) => console.log(`${provider}: ${line}`) });
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
