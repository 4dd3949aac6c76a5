// Storing survey responses on both databases: the response and its monthly aggregate change
// together, the aggregate equals a recount, visit codes verify once, refusals store nothing.
import { beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { cityMonth } from "@/lib/time/clock";
import { describeEachDatabase } from "@/test/databases";
import { surveySchema } from "@/lib/survey/schema";
import { recordResponse, type RecordContext } from "./record.server";

process.env.SURVEY_RATE_LIMIT = "0"; // the limiter's counters are covered by the e2e tests

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 1, u9: 3 };

describeEachDatabase("recording survey responses", ({ db, provider }) => {
  let unitId: number;
  const submit = (body: unknown, ctx: RecordContext) => recordResponse(db(), surveySchema.parse(body), ctx);
  const context = { channel: "api" as const, clientKey: "test", provider };

  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
    unitId = (await db().unit.findUniqueOrThrow({ where: { slug: "pdam" } })).id;
  });

  async function recount(month: string) {
    const responses = await db().surveyResponse.findMany({ where: { unitId, excluded: false, held: false } }); // held answers are not in it
    const inMonth = responses.filter((r) => cityMonth(r.submittedAt) === month);
    const aggregate = await db().monthlyAggregate.findUnique({ where: { unitId_month: { unitId, month } } });
    return { inMonth, aggregate };
  }

  it("stores the response with its profile and adds it to the month's aggregate", async () => {
    // Late evening in Bengkulu is already the next month there: the city's month counts.
    const now = new Date("2026-11-30T18:30:00Z");
    const month = cityMonth(now);
    expect(month).toBe("2026-12");
    const before = await db().monthlyAggregate.findUnique({ where: { unitId_month: { unitId, month } } });
    const outcome = await submit(
      { unit: "pdam", answers, profile: { gender: "female", ageBand: "25-34", occupation: "swasta" }, service: "Sambungan baru", comment: "Cepat" },
      { ...context, now },
    );
    expect(outcome).toMatchObject({ ok: true, verified: false });
    const row = await db().surveyResponse.findUniqueOrThrow({ where: { id: (outcome as { id: number }).id } });
    expect(row).toMatchObject({
      unitId,
      ...answers,
      gender: "female",
      ageBand: "25-34",
      education: null,
      occupation: "swasta",
      service: "Sambungan baru",
      comment: "Cepat",
      channel: "api",
      verified: false,
      excluded: false,
    });
    expect(row.submittedAt.toISOString()).toBe(now.toISOString());

    const { inMonth, aggregate } = await recount(month);
    expect(aggregate!.respondents).toBe((before?.respondents ?? 0) + 1);
    expect(aggregate!.respondents).toBe(inMonth.length);
    for (const k of ELEMENT_KEYS) {
      expect(aggregate![`${k}Count`]).toBe(inMonth.filter((r) => r[k] != null).length);
      expect(aggregate![`${k}Sum`]).toBe(inMonth.reduce((sum, r) => sum + (r[k] ?? 0), 0));
    }
  });

  it("keeps the aggregate equal to a recount under concurrent submissions", async () => {
    const now = new Date("2026-11-20T03:00:00Z");
    await Promise.all(Array.from({ length: 40 }, (_, i) => submit({ unit: "pdam", answers: { ...answers, u1: 1 + (i % 4) } }, { ...context, now })));
    const { inMonth, aggregate } = await recount("2026-11");
    expect(aggregate!.respondents).toBe(inMonth.length);
    expect(aggregate!.u1Sum).toBe(inMonth.reduce((sum, r) => sum + (r.u1 ?? 0), 0));
  });

  it("keeps every unit's and month's aggregate equal to a recount when one batch spans several (one upsert on PostgreSQL)", async () => {
    const slugs = ["pdam", "rshd", "dukcapil"];
    const nows = [new Date("2026-10-20T03:00:00Z"), new Date("2026-11-21T03:00:00Z")];
    // Submitted together: the group commit writes them in batches that hold several units and months.
    await Promise.all(
      Array.from({ length: 36 }, (_, i) => submit({ unit: slugs[i % 3], answers: { ...answers, u2: 1 + (i % 4) } }, { ...context, now: nows[i % 2] })),
    );
    for (const slug of slugs) {
      const unit = await db().unit.findUniqueOrThrow({ where: { slug } });
      const responses = await db().surveyResponse.findMany({ where: { unitId: unit.id, excluded: false, held: false } });
      for (const month of ["2026-10", "2026-11"]) {
        const inMonth = responses.filter((r) => cityMonth(r.submittedAt) === month);
        const aggregate = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId: unit.id, month } } });
        expect({ slug, month, respondents: aggregate.respondents, u2Sum: aggregate.u2Sum }).toEqual({
          slug,
          month,
          respondents: inMonth.length,
          u2Sum: inMonth.reduce((sum, r) => sum + (r.u2 ?? 0), 0),
        });
      }
    }
  });

  it("marks a response with a valid visit code verified, and refuses the code a second time", async () => {
    await db().visitCode.create({ data: { code: `T${provider.slice(0, 2).toUpperCase()}7K2M9Q`, unitId, batch: "test" } });
    const code = `T${provider.slice(0, 2).toUpperCase()}7K2M9Q`;
    const first = await submit({ unit: "pdam", answers, visitCode: code }, context);
    expect(first).toMatchObject({ ok: true, verified: true });
    const count = await db().surveyResponse.count();
    expect(await submit({ unit: "pdam", answers, visitCode: code }, context)).toEqual({ ok: false, reason: "visit_code" });
    // A code of another unit does not verify this one.
    const other = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    await db().visitCode.create({ data: { code: `R${provider.slice(0, 2).toUpperCase()}8P3X4W`, unitId: other.id } });
    expect(await submit({ unit: "pdam", answers, visitCode: `R${provider.slice(0, 2).toUpperCase()}8P3X4W` }, context)).toEqual({
      ok: false,
      reason: "visit_code",
    });
    expect(await db().surveyResponse.count()).toBe(count);
  });

  it("refuses an unknown or inactive unit and stores nothing", async () => {
    const count = await db().surveyResponse.count();
    expect(await submit({ unit: "tidak-ada", answers }, context)).toEqual({ ok: false, reason: "unknown_unit" });
    await db().unit.update({ where: { slug: "dinas-sosial" }, data: { active: false } });
    expect(await submit({ unit: "dinas-sosial", answers }, context)).toEqual({ ok: false, reason: "unknown_unit" });
    await db().unit.update({ where: { slug: "dinas-sosial" }, data: { active: true } });
    expect(await db().surveyResponse.count()).toBe(count);
  });
});
