// Alerts on both databases: twelve unhappy answers in ten minutes raise one alert, told to the
// head by email and to the posted number; the next minutes' runs add nothing; held answers never
// count; a second window the same day emails again but the posted number hears once a day; the
// head acknowledges their own unit's alert only; a unit that went quiet for a working day is an
// alert too, evaluated once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { queueDue } from "@/lib/schedule/due.server";
import { acknowledgeAlert, listAlerts } from "./alerts.server";

const UNHAPPY = { u1: 2, u2: 2, u3: 1, u4: 2, u5: 2, u6: 2, u7: 2, u8: 2, u9: 2 };

describeEachDatabase("alerts", ({ db, provider }) => {
  const tag = `alert-${provider}-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const phones = ["+62 812-0000-3001", "+62 812-0000-3002", "+62 812-0000-3003"];
  const ids: number[] = [];
  let headId = 0; // the audit's actor must be a user that exists
  const t0 = new Date("2030-02-05T02:00:00Z"); // Tuesday 09:00 WIB
  const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
  const answers = (unitId: number, from: Date, n: number, extra: object = {}) =>
    db().surveyResponse.createMany({
      data: Array.from({ length: n }, (_, i) => ({ unitId, submittedAt: new Date(from.getTime() + i * 50_000), ...UNHAPPY, ...extra })),
    });
  // The alerts' messages only (notify:due also queues the weekly digest to the same heads).
  const outbox = (recipient: string) =>
    db().notificationOutbox.findMany({ where: { recipient, subject: { startsWith: "Peringatan" } }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    const type = await db().unitType.findFirstOrThrow();
    for (const [i, phone] of phones.entries()) {
      const unit = await db().unit.create({
        data: { slug: `${tag}-${i}`, name: `Unit Peringatan ${i}`, typeId: type.id, headName: "Kepala", headPhone: phone },
      });
      ids.push(unit.id);
    }
    headId = (await db().user.create({ data: { email, name: "Kepala Uji", passwordHash: "x", role: "unit_head", unitId: ids[0] } })).id;
  });
  afterAll(async () => {
    const recipients = [email, ...phones];
    await db().notificationOutbox.deleteMany({ where: { recipient: { in: recipients } } });
    await db().notificationKey.deleteMany({ where: { recipient: { in: [...recipients, "*"] }, period: { startsWith: "2030" } } });
    await db().alert.deleteMany({ where: { unitId: { in: ids } } });
    await db().surveyResponse.deleteMany({ where: { unitId: { in: ids } } });
    await db().auditLog.deleteMany({ where: { actorId: headId } });
    await db().user.deleteMany({ where: { email } });
    await db().unit.deleteMany({ where: { id: { in: ids } } });
  });

  it("raises one alert per window for twelve unhappy answers, never for held ones, the posted number once a day", async () => {
    await answers(ids[0], minutes(-10), 12); // 09:50 .. 09:59 WIB: one every 50 seconds
    await answers(ids[1], minutes(-10), 12, { held: true, heldSignals: "burst" });
    expect((await queueDue(db(), { now: t0 }))["alert.unhappy"]).toBe(1);
    const alerts = await listAlerts(db(), {}, { unitId: ids[0] });
    expect(alerts).toMatchObject([{ kind: "unhappy", answers: 12, unhappy: 12, weakestElement: "u3", acknowledgedAt: null }]);
    expect(await listAlerts(db(), {}, { unitId: ids[1] })).toEqual([]);
    const [mail] = await outbox(email);
    expect(mail.subject).toBe("Peringatan: banyak warga tidak puas di Unit Peringatan 0");
    expect(mail.body).toContain("12 dari 12 jawaban");
    expect(mail.body).toContain("Waktu penyelesaian");
    const [whatsapp] = await outbox(phones[0]);
    expect(whatsapp.channel).toBe("phone");
    expect(whatsapp.body.length).toBeLessThan(600);
    expect(whatsapp.body).toContain(`/admin/peringatan?unit=${ids[0]}`);
    // The following minutes: the same window, nothing more.
    for (const m of [1, 2, 5]) expect((await queueDue(db(), { now: minutes(m) }))["alert.unhappy"]).toBe(0);
    // Twenty minutes later the room is still unhappy: a new window, a new alert and email; the number has had today's.
    await answers(ids[0], minutes(12), 6);
    expect((await queueDue(db(), { now: minutes(20) }))["alert.unhappy"]).toBe(1);
    expect(await outbox(email)).toHaveLength(2);
    expect(await outbox(phones[0])).toHaveLength(1);
    expect(await outbox(phones[1])).toEqual([]);
  });

  it("lets the head acknowledge their own unit's alert once, with a note", async () => {
    const [latest] = await listAlerts(db(), {}, { unitId: ids[0] });
    expect(await acknowledgeAlert(db(), latest.id, "Loket tambahan dibuka", { id: headId, scope: { unitId: ids[1] } }, t0)).toBe(false);
    expect(await acknowledgeAlert(db(), latest.id, "Loket tambahan dibuka", { id: headId, scope: { unitId: ids[0] } }, t0)).toBe(true);
    expect(await acknowledgeAlert(db(), latest.id, "lagi", { id: headId, scope: {} }, t0)).toBe(false);
    expect(await listAlerts(db(), {}, { unitId: ids[0], state: "acknowledged" })).toMatchObject([{ id: latest.id, note: "Loket tambahan dibuka" }]);
    expect(await listAlerts(db(), {}, { unitId: ids[0], state: "open" })).toHaveLength(1);
  });

  it("raises a quiet alert for a unit with no answers on a working day where there usually are", async () => {
    // Unit 2: eight answers every day of the four weeks before Friday 8 March 2030, none that Friday.
    const friday = new Date("2030-03-08T02:00:00Z");
    for (let d = 1; d <= 28; d++) await answers(ids[2], new Date(friday.getTime() - d * 86_400_000), 8, { u1: 4, u2: 4, u3: 4 });
    const monday = new Date("2030-03-11T00:30:00Z"); // 07:30 WIB
    expect((await queueDue(db(), { now: new Date("2030-03-10T23:30:00Z") }))["alert.quiet"]).toBe(0); // 06:30 WIB: not yet
    expect((await queueDue(db(), { now: monday }))["alert.quiet"]).toBe(1);
    expect((await queueDue(db(), { now: new Date(monday.getTime() + 60_000) }))["alert.quiet"]).toBe(0);
    expect(await listAlerts(db(), {}, { unitId: ids[2] })).toMatchObject([{ kind: "quiet", windowKey: "2030-03-08" }]);
    const [whatsapp] = await outbox(phones[2]);
    expect(whatsapp.body).toContain("tidak ada jawaban survei di Unit Peringatan 2");
  });

  it("counts an answer averaging exactly the rule's limit as unhappy, its unanswered elements left out", async () => {
    const at = new Date("2030-02-07T02:00:00Z"); // Thursday 09:00 WIB
    // Four answers at exactly 2 (u9 unanswered) and four at 2.125: half of them unhappy, the rule's 50%.
    await answers(ids[1], new Date(at.getTime() - 10 * 60_000), 4, { u3: 2, u9: null });
    await answers(ids[1], new Date(at.getTime() - 5 * 60_000), 4, { u3: 3, u9: null });
    expect((await queueDue(db(), { now: at }))["alert.unhappy"]).toBe(1);
    expect(await listAlerts(db(), {}, { unitId: ids[1] })).toMatchObject([{ kind: "unhappy", answers: 8, unhappy: 4 }]);
  });
});
