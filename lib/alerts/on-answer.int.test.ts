// The head hears at once, on both databases: the fourth unhappy answer recorded through the survey's
// own path (group commit) raises the alert without `notify:due`, told to the head by email in the
// language they chose; notify:due afterwards raises nothing more (the same window); answers that
// are not unhappy start no check at all.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { recordResponse } from "@/lib/survey/record.server";
import { surveySchema } from "@/lib/survey/schema";
import { raiseUnhappyAlerts } from "./alerts.server";
import { unitsToCheck } from "./on-answer.server";
import { DEFAULT_ALERT_RULE } from "./rule";

const UNHAPPY = { u1: 2, u2: 2, u3: 1, u4: 2, u5: 2, u6: 2, u7: 2, u8: 2, u9: 2 };
const HAPPY = { u1: 4, u2: 4, u3: 3, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };

it("checks only units whose stored answers were counted and unhappy", () => {
  const rows = [
    { unitId: 1, held: false, ...HAPPY },
    { unitId: 2, held: true, ...UNHAPPY },
    { unitId: 3, held: false, ...UNHAPPY },
    { unitId: 3, ...UNHAPPY },
  ];
  expect(unitsToCheck(rows, DEFAULT_ALERT_RULE)).toEqual([3]);
});

describeEachDatabase("alerts at the moment an answer is stored", ({ db, provider }) => {
  const tag = `alert-now-${provider}-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const phone = "+62 812-0000-3099";
  let unitId = 0;

  beforeAll(async () => {
    const type = await db().unitType.findFirstOrThrow();
    unitId = (await db().unit.create({ data: { slug: tag, name: `Unit Seketika ${provider}`, typeId: type.id, headName: "Kepala", headPhone: phone } })).id;
    await db().user.create({ data: { email, name: "Head", passwordHash: "x", role: "unit_head", unitId, language: "en" } });
  });
  afterAll(async () => {
    await db().notificationOutbox.deleteMany({ where: { recipient: { in: [email, phone] } } });
    await db().notificationKey.deleteMany({ where: { recipient: phone } });
    await db().alert.deleteMany({ where: { unitId } });
    await db().surveyResponse.deleteMany({ where: { unitId } });
    await db().monthlyAggregate.deleteMany({ where: { unitId } });
    await db().user.deleteMany({ where: { email } });
    await db().unit.deleteMany({ where: { id: unitId } });
  });

  it("raises the alert right after the answer that crosses the rule is stored, once", async () => {
    const submit = (answers: object, i: number) =>
      recordResponse(db(), surveySchema.parse({ unit: tag, answers }), {
        channel: "api",
        clientKey: `${tag}-${i}`,
        provider,
        resolveUnitId: async () => unitId,
      });
    // Two content, then two unhappy: the fourth answer makes 2 of 4 (50%, at least 4 answers), the rule's line.
    for (const i of [0, 1]) expect(await submit(HAPPY, i)).toMatchObject({ ok: true, held: false });
    for (const i of [2, 3]) expect(await submit(UNHAPPY, i)).toMatchObject({ ok: true, held: false });
    await expect.poll(() => db().alert.count({ where: { unitId, kind: "unhappy" } }), { timeout: 20_000 }).toBe(1);
    const [mail] = await db().notificationOutbox.findMany({ where: { recipient: email } });
    expect(mail.subject).toBe(`Alert: many citizens unhappy at Unit Seketika ${provider}`);
    const [posted] = await db().notificationOutbox.findMany({ where: { recipient: phone } });
    expect(posted.subject).toBe(`Peringatan: banyak warga tidak puas di Unit Seketika ${provider}`); // the posted number: Indonesian
    // The catch-up finds the alert of this window raised: nothing more.
    expect(await raiseUnhappyAlerts(db(), { unitIds: [unitId] })).toBe(0);
    expect(await db().alert.count({ where: { unitId } })).toBe(1);
  });
});
