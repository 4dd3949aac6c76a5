// `notify:due` on both databases: the deadline reminders go to the unit head (account email, else
// the posted number) once, from 07:00 WIB of the working day before the deadline; a second run and
// two processes at the same moment (two instances' cron) queue nothing twice.
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describeEachDatabase } from "@/test/databases";
import { queueDue } from "./due.server";

const execFileAsync = promisify(execFile);

describeEachDatabase("notify:due deadline reminders", ({ db, provider, url }) => {
  const tag = `due-${provider}-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const phone = "+62 812-0000-2626";
  const unitIds: number[] = [];
  const received = new Date("2030-01-07T03:00:00Z"); // Monday 10:00 WIB: verify by Monday 14th, answer by Monday 21st
  // The reminders only (notify:due also queues the weekly digest to the same heads).
  const mine = () =>
    db().notificationOutbox.findMany({ where: { recipient: { in: [email, phone] }, subject: { startsWith: "Pengingat" } }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    const type = await db().unitType.findFirstOrThrow();
    for (const [i, withAccount] of [true, false].entries()) {
      const unit = await db().unit.create({
        data: { slug: `${tag}-${i}`, name: `Unit Pengingat ${i}`, typeId: type.id, headName: "Kepala", headPhone: phone },
      });
      unitIds.push(unit.id);
      if (withAccount) await db().user.create({ data: { email, name: "Kepala Uji", passwordHash: "x", role: "unit_head", unitId: unit.id } });
      await db().complaint.create({
        data: { trackingCode: `${tag}-${i}`.toUpperCase(), unitId: unit.id, category: "delay", description: "menunggu lama", receivedAt: received },
      });
    }
  });
  afterAll(async () => {
    await db().notificationOutbox.deleteMany({ where: { recipient: { in: [email, phone] } } });
    await db().notificationKey.deleteMany({ where: { recipient: { in: [email, phone] } } });
    await db().complaint.deleteMany({ where: { unitId: { in: unitIds } } });
    await db().user.deleteMany({ where: { email } });
    await db().unit.deleteMany({ where: { id: { in: unitIds } } });
  });

  it("reminds each head once, the working day before the verification deadline", async () => {
    expect((await queueDue(db(), { now: new Date("2030-01-10T23:59:00Z") }))["reminder.verify"]).toBe(0); // Friday 06:59 WIB
    expect(await mine()).toEqual([]);
    await queueDue(db(), { now: new Date("2030-01-11T00:00:00Z") }); // Friday 07:00 WIB
    const first = await mine();
    expect(first.map((m) => [m.channel, m.recipient])).toEqual([
      ["email", email],
      ["phone", phone],
    ]);
    expect(first[0].subject).toContain(`${tag}-0`.toUpperCase());
    expect(first[0].body).toContain("Senin, 14 Januari 2030");
    // Again, and a catch-up on Monday morning before the deadline: nothing more.
    expect(await queueDue(db(), { now: new Date("2030-01-11T00:01:00Z") })).toMatchObject({ "reminder.verify": 0, "reminder.answer": 0 });
    await queueDue(db(), { now: new Date("2030-01-14T02:00:00Z") });
    expect(await mine()).toHaveLength(2);
  });

  it("queues nothing twice when two processes run at the same moment", async () => {
    // Two `npm run notify:due` processes on the same database, as two instances' cron (in one
    // process two SQLite connections would block each other's synchronous driver instead).
    const run = () =>
      execFileAsync("npx", ["tsx", "scripts/notify-due.ts", "--at", "2030-01-18T07:00:00+07:00"], { env: { ...process.env, DATABASE_URL: url } }).then(
        (r) => r.stdout,
      );
    const outputs = await Promise.all([run(), run()]);
    const queued = outputs.map((out) => Number(/(\d+) reminder\.answer/.exec(out)![1]));
    expect(queued[0] + queued[1]).toBe(2);
    const answers = (await mine()).filter((m) => m.subject.includes("dijawab"));
    expect(answers.map((m) => m.recipient).sort()).toEqual([email, phone].sort());
  });
});
