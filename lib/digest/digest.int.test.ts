// The weekly digest on both databases: `notify:due` at Monday 07:00 WIB queues one digest per
// recipient (email with an HTML part, the posted number or escalation line as plain text); a
// second run, and two processes at the same moment, queue nothing more; a user who turned the
// digest off gets none; a user who chose English reads theirs in English, with the plan actions
// due and the kiosks gone silent.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { queueDue } from "@/lib/schedule/due.server";
import { renderHtml, renderText } from "./content";
import { planDigests } from "./digest.server";
import { digestWeek } from "./week";

const execFileAsync = promisify(execFile);

describeEachDatabase("weekly digest", ({ db, provider, url }) => {
  const tag = `digest-${provider}-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const off = `${tag}-off@sekretariat.example`;
  const english = `${tag}-en@kepala.example`;
  const englishAdmin = `${tag}-en@sekretariat.example`;
  const users = [email, off, english, englishAdmin];
  let unitId = 0;
  const monday = new Date("2030-04-01T00:00:00Z"); // Monday 07:00 WIB
  const nextMonday = new Date("2030-04-08T00:00:00Z");
  const weeks = ["2030-03-25", "2030-04-01", "2030-04-08"];

  beforeAll(async () => {
    const type = await db().unitType.findFirstOrThrow();
    unitId = (
      await db().unit.create({ data: { slug: tag, name: `Unit Ringkasan ${provider}`, typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-4040" } })
    ).id;
    await db().user.create({ data: { email, name: "Kepala Uji", passwordHash: "x", role: "unit_head", unitId } });
    await db().user.create({ data: { email: off, name: "Sekretariat Uji", passwordHash: "x", role: "admin", digestOff: true } });
    await db().user.create({ data: { email: english, name: "Head", passwordHash: "x", role: "unit_head", unitId, language: "en" } });
    await db().user.create({ data: { email: englishAdmin, name: "Secretariat", passwordHash: "x", role: "admin", language: "en" } });
    // An approved plan: one action due in two days, one overdue, one done, one due in a month.
    const action = (description: string, dueOn: string, status: "planned" | "in_progress" | "done" = "planned") => ({
      element: "u3",
      description,
      responsible: "Kasi",
      dueOn: new Date(`${dueOn}T00:00:00Z`),
      status,
    });
    await db().improvementPlan.create({
      data: {
        unitId,
        period: "2029-Q4",
        status: "approved",
        actions: {
          create: [
            action("Due soon", "2030-04-03"),
            action("Overdue", "2030-03-20", "in_progress"),
            action("Done already", "2030-03-30", "done"),
            action("Far ahead", "2030-05-01"),
          ],
        },
      },
    });
    // A kiosk paired a month ago that has sent nothing.
    await db().kioskDevice.create({ data: { unitId, name: `Tablet ${tag}`, pairedAt: new Date("2030-03-01T00:00:00Z"), tokenHash: tag } });
    // Three answers last week (26-31 March), none the week before.
    await db().surveyResponse.createMany({
      data: [1, 2, 3].map((d) => ({
        unitId,
        submittedAt: new Date(Date.UTC(2030, 2, 26 + d, 3)),
        u1: 3,
        u2: 3,
        u3: 2,
        u4: 3,
        u5: 3,
        u6: 3,
        u7: 3,
        u8: 3,
        u9: 3,
      })),
    });
  });
  afterAll(async () => {
    await db().notificationOutbox.deleteMany({ where: { createdAt: { in: [new Date(monday.getTime() - 60_000), monday, nextMonday] } } });
    await db().notificationKey.deleteMany({ where: { period: { in: weeks } } });
    await db().surveyResponse.deleteMany({ where: { unitId } });
    await db().planAction.deleteMany({ where: { plan: { unitId } } });
    await db().improvementPlan.deleteMany({ where: { unitId } });
    await db().kioskDevice.deleteMany({ where: { unitId } });
    await db().user.deleteMany({ where: { email: { in: users } } });
    await db().unit.deleteMany({ where: { id: unitId } });
  });

  it("queues one digest per recipient on Monday 07:00 WIB, and nothing more on the next runs", async () => {
    const planned = await planDigests(db(), digestWeek(monday), monday);
    const recipients = new Set(planned.map((p) => p.recipient));
    expect(recipients.has(email)).toBe(true);
    expect(recipients.has(off)).toBe(false);
    // 06:59 WIB: still the week before's digest (a catch-up), not this Monday's.
    await queueDue(db(), { now: new Date(monday.getTime() - 60_000) });
    expect(await db().notificationKey.count({ where: { kind: "digest", period: "2030-04-01" } })).toBe(0);
    expect((await queueDue(db(), { now: monday })).digest).toBe(recipients.size);
    expect(await db().notificationKey.count({ where: { kind: "digest", period: "2030-04-01" } })).toBe(recipients.size);
    const [mine] = await db().notificationOutbox.findMany({ where: { recipient: email, createdAt: monday } });
    expect(mine.subject).toBe(`Ringkasan mingguan Unit Ringkasan ${provider}, 25 Mar 2030 – 31 Mar 2030`);
    expect(mine.body).toContain("Jawaban survei: 3 (minggu sebelumnya 0)");
    expect(mine.body).toContain("Unsur terlemah: Waktu penyelesaian");
    expect(mine.html).toContain("<li>Jawaban survei: 3 (minggu sebelumnya 0)</li>");
    // Later the same week (a catch-up, another instance): nothing more.
    expect((await queueDue(db(), { now: new Date(monday.getTime() + 60_000) })).digest).toBe(0);
    expect((await queueDue(db(), { now: new Date("2030-04-03T05:00:00Z") })).digest).toBe(0);
    expect(await db().notificationOutbox.count({ where: { recipient: email, subject: { startsWith: "Ringkasan" }, createdAt: { gte: monday } } })).toBe(1);
  });

  it("queues nothing twice when two processes run at the same moment", async () => {
    const run = () =>
      execFileAsync("npx", ["tsx", "scripts/notify-due.ts", "--at", "2030-04-08T07:00:00+07:00"], { env: { ...process.env, DATABASE_URL: url } }).then(
        (r) => r.stdout,
      );
    const outputs = await Promise.all([run(), run()]);
    const queued = outputs.map((out) => Number(/(\d+) digest/.exec(out)![1]));
    const keys = await db().notificationKey.count({ where: { kind: "digest", period: "2030-04-08" } });
    expect(keys).toBeGreaterThan(0);
    expect(queued[0] + queued[1]).toBe(keys);
    expect(await db().notificationOutbox.count({ where: { recipient: email, createdAt: nextMonday } })).toBe(1);
  });

  it("writes to a user who chose English in English, with the plan actions due and the silent kiosks", async () => {
    const planned = await planDigests(db(), digestWeek(monday), monday);
    const mine = planned.find((p) => p.recipient === english)!;
    expect(mine.language).toBe("en");
    expect(mine.digest.subject).toBe(`Weekly digest Unit Ringkasan ${provider}, 25 Mar 2030 – 31 Mar 2030`);
    const text = renderText(mine.digest);
    expect(text).toContain("Survey answers: 3 (the week before 0)");
    expect(text).toContain(
      "Improvement plan actions due (2)\n- Overdue (Completion time): overdue since 20 Mar 2030\n- Due soon (Completion time): due 3 Apr 2030",
    );
    expect(renderHtml(mine.digest)).toContain('<html lang="en">');
    // The other head of the same unit keeps Indonesian; the posted number is not used (accounts exist).
    const indonesian = planned.find((p) => p.recipient === email)!;
    expect(indonesian.language).toBe("id");
    expect(renderText(indonesian.digest)).toContain("Aksi rencana tindak lanjut jatuh tempo (2)");
    const city = planned.find((p) => p.recipient === englishAdmin)!;
    expect(renderText(city.digest)).toContain(`Unit Ringkasan ${provider}: Tablet ${tag} (last connected never)`);
    expect(renderText(city.digest)).toContain("Units that changed zone (2030-Q1 so far against 2029-Q4)");
    // Queued at Monday 07:00 WIB by the planner: the English one in English.
    const [queued] = await db().notificationOutbox.findMany({ where: { recipient: english, createdAt: monday } });
    expect(queued.subject).toBe(mine.digest.subject);
    expect(queued.html).toContain('<html lang="en">');
  });
});
