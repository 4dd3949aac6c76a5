// The Idempotency-Key of POST /api/v1/surveys on both databases: a repeated key, even sent
// concurrently, stores one row and answers every repeat with the first result.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { describeEachDatabase } from "@/test/databases";
import { surveySchema } from "@/lib/survey/schema";
import { recordResponse } from "./record.server";

process.env.SURVEY_RATE_LIMIT = "0"; // the limiter's counters are covered by the e2e tests

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 1, u9: 3 };

describeEachDatabase("survey idempotency key", ({ db, provider }) => {
  const submit = (key: string, extra: Record<string, unknown> = {}) =>
    recordResponse(db(), surveySchema.parse({ unit: "pdam", answers, ...extra }), { channel: "api", clientKey: "test", provider, idempotencyKey: key });

  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
  });

  it("stores one row for concurrent repeats of a key and answers each with the first result", async () => {
    const key = randomUUID();
    const before = await db().surveyResponse.count();
    const aggregateBefore = await db().monthlyAggregate.aggregate({ _sum: { respondents: true } });
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => submit(key)));
    const ids = new Set(outcomes.map((o) => (o.ok ? o.id : null)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(Number));
    expect(outcomes.filter((o) => o.ok && !o.replayed)).toHaveLength(1);
    expect(await db().surveyResponse.count()).toBe(before + 1);
    expect(await db().surveyResponse.count({ where: { idempotencyKey: key } })).toBe(1);
    // The aggregate counted it once too.
    const aggregateAfter = await db().monthlyAggregate.aggregate({ _sum: { respondents: true } });
    expect(aggregateAfter._sum.respondents).toBe((aggregateBefore._sum.respondents ?? 0) + 1);
    // And a later repeat still gets the same answer.
    expect(await submit(key)).toEqual({ ok: true, id: [...ids][0], verified: false, held: false, replayed: true });
  });

  it("stores one row for concurrent repeats mixed with other submissions in the same batches", async () => {
    const key = randomUUID();
    const others = Array.from({ length: 10 }, () => randomUUID());
    const before = await db().surveyResponse.count();
    const outcomes = await Promise.all([...others.map((k) => submit(k)), ...Array.from({ length: 6 }, () => submit(key))]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await db().surveyResponse.count()).toBe(before + 11);
    expect(new Set(outcomes.slice(10).map((o) => (o.ok ? o.id : 0))).size).toBe(1);
  });

  it("answers a repeated key of a verified submission with its first result", async () => {
    const unitId = (await db().unit.findUniqueOrThrow({ where: { slug: "pdam" } })).id;
    const code = `I${provider.slice(0, 2).toUpperCase()}4K7M2P`;
    await db().visitCode.create({ data: { code, unitId } });
    const key = randomUUID();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => submit(key, { visitCode: code })));
    expect(new Set(outcomes.map((o) => JSON.stringify(o.ok ? { id: o.id, verified: o.verified } : o)))).toEqual(
      new Set([JSON.stringify({ id: (outcomes[0] as { id: number }).id, verified: true })]),
    );
    expect(await db().surveyResponse.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("stores separate rows for different keys and for submissions without one", async () => {
    const before = await db().surveyResponse.count();
    await Promise.all([
      submit(randomUUID()),
      submit(randomUUID()),
      recordResponse(db(), surveySchema.parse({ unit: "pdam", answers }), { channel: "api", clientKey: "test", provider }),
    ]);
    expect(await db().surveyResponse.count()).toBe(before + 3);
  });
});
