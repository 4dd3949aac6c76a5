// Pairs kiosk devices for the benchmark (run by bench/run.ts with the bench database's
// DATABASE_URL): N devices of one unit through the real pairing path, with the unit's per-device
// limits lifted (the benchmark measures the write, not the limits), and prints their tokens.
import { createDb } from "@/lib/db/db.server";
import { createKioskDevice, pairKioskDevice } from "@/lib/kiosk/devices.server";

const count = Number(process.argv[2] ?? 10);
const slug = process.argv[3] ?? "dukcapil";
const { db } = createDb();
const unit = await db.unit.update({ where: { slug }, data: { kioskMinSeconds: 0, kioskMaxPerHour: 1_000_000_000 }, select: { id: true } });
const tokens: string[] = [];
for (let i = 0; i < count; i++) {
  const { code } = await createKioskDevice(db, { unitId: unit.id, name: `Bench ${i + 1}`, actorId: null });
  tokens.push((await pairKioskDevice(db, code))!.token);
}
await db.$disconnect();
console.log(JSON.stringify({ slug, tokens }));
