// Held answers on both databases: stored but never in the aggregates until released; a release
// adds them (once), an exclusion never touches the aggregates; two reviewers acting at once
// record each answer once; the preview of a release equals what the release then does; the SKM
// report's respondent profile and the plan's comments leave a held answer out until released.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { currentQuarter } from "@/lib/scores/period";
import { cityMonth } from "@/lib/time/clock";
import { describeEachDatabase } from "@/test/databases";
import { surveySchema } from "@/lib/survey/schema";
import { recordResponse, type RecordContext } from "@/lib/survey/record.server";
import { excludeResponse } from "./exclusion.server";
import { heldCountsByUnit, heldQueue, releaseEffect, reviewHeld, reviewHeldGroup, NothingToReviewError } from "./held.server";
import { planProposal } from "@/lib/plans/plans.server";
import { reportCounts } from "@/lib/report/counts.server";
import { computeScores } from "@/lib/scores/read-model.server";

process.env.SURVEY_RATE_LIMIT = "0"; // the per-address ceiling's counters are covered by the e2e tests

const NOW = new Date("2026-11-20T03:10:00Z");
const MONTH = cityMonth(NOW);

describeEachDatabase("held survey answers", ({ db, provider }) => {
  let unitId: number;
  let adminId: number;

  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
    unitId = (await db().unit.findUniqueOrThrow({ where: { slug: "dpmptsp" } })).id;
    adminId = (await db().user.findUniqueOrThrow({ where: { email: "sekretariat@rapor.example" } })).id;
  });
  afterEach(() => {
    delete process.env.SURVEY_HOLD_ADDRESS_BURST_MIN;
    delete process.env.SURVEY_HOLD_ADDRESS_BURST_FACTOR;
  });

  // A different answer vector for every i (its base-4 digits), so only the identical test repeats one.
  const answersOf = (i: number) => Object.fromEntries(ELEMENT_KEYS.map((k, j) => [k, 1 + (Math.floor((i + 1000) / 4 ** j) % 4)]));
  const submit = (body: unknown, ctx: Partial<RecordContext>) =>
    recordResponse(db(), surveySchema.parse(body), { channel: "web", clientKey: randomUUID(), provider, now: NOW, secondsOnPage: 60, ...ctx });

  /** The month's aggregate and a recount of the answers that count (neither held nor excluded). */
  async function aggregateAndRecount() {
    const counted = (await db().surveyResponse.findMany({ where: { unitId, excluded: false, held: false } })).filter((r) => cityMonth(r.submittedAt) === MONTH);
    const aggregate = await db().monthlyAggregate.findUniqueOrThrow({ where: { unitId_month: { unitId, month: MONTH } } });
    const recount = {
      respondents: counted.length,
      ...Object.fromEntries(
        ELEMENT_KEYS.flatMap((k) => [
          [`${k}Count`, counted.filter((r) => r[k] != null).length],
          [`${k}Sum`, counted.reduce((s, r) => s + (r[k] ?? 0), 0)],
        ]),
      ),
    };
    const stored = {
      respondents: aggregate.respondents,
      ...Object.fromEntries(
        ELEMENT_KEYS.flatMap((k) => [
          [`${k}Count`, aggregate[`${k}Count`]],
          [`${k}Sum`, aggregate[`${k}Sum`]],
        ]),
      ),
    };
    return { stored, recount };
  }

  it("stores a held answer with its signals and leaves the aggregate as it was; counted answers enter it", async () => {
    const before = await aggregateAndRecount();
    const tooFast = await submit({ unit: "dpmptsp", answers: answersOf(1) }, { secondsOnPage: 2 });
    expect(tooFast).toMatchObject({ ok: true, held: true, verified: false });
    const row = await db().surveyResponse.findUniqueOrThrow({ where: { id: (tooFast as { id: number }).id } });
    // The page-view time is kept for the reviewer (the API sends none).
    expect(row).toMatchObject({ held: true, heldSignals: "too_fast", excluded: false, secondsOnPage: 2 });
    expect((await aggregateAndRecount()).stored).toEqual(before.stored);

    const api = await submit({ unit: "dpmptsp", answers: answersOf(2) }, { channel: "api", secondsOnPage: null });
    expect(api).toMatchObject({ ok: true, held: false });
    expect((await db().surveyResponse.findUniqueOrThrow({ where: { id: (api as { id: number }).id } })).secondsOnPage).toBeNull();
    const after = await aggregateAndRecount();
    expect(after.stored.respondents).toBe(before.stored.respondents + 1);
    expect(after.stored).toEqual(after.recount);
  });

  it("holds one browser's answers beyond the daily allowance, identical bursts and address bursts; never a verified code", async () => {
    const browserId = randomUUID();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await submit({ unit: "dpmptsp", answers: answersOf(10 + i) }, { browserId }));
    expect(results.map((r) => r.ok && r.held)).toEqual([false, false, true, true]);

    const same = answersOf(99);
    const identical = [];
    for (let i = 0; i < 12; i++) identical.push(await submit({ unit: "dpmptsp", answers: same }, {}));
    expect(identical.map((r) => r.ok && r.held)).toEqual([...Array(10).fill(false), true, true]);

    process.env.SURVEY_HOLD_ADDRESS_BURST_MIN = "3";
    process.env.SURVEY_HOLD_ADDRESS_BURST_FACTOR = "0"; // the demo unit's usual rate would raise the bar
    const clientKey = randomUUID();
    const burst = [];
    for (let i = 0; i < 5; i++) burst.push(await submit({ unit: "dpmptsp", answers: answersOf(30 + i) }, { clientKey }));
    expect(burst.map((r) => r.ok && r.held)).toEqual([false, false, false, true, true]);
    const code = `H${provider.slice(0, 2).toUpperCase()}4K7P9Q`;
    await db().visitCode.create({ data: { code, unitId } });
    expect(await submit({ unit: "dpmptsp", answers: answersOf(40), visitCode: code }, { clientKey, secondsOnPage: 0 })).toMatchObject({
      ok: true,
      verified: true,
      held: false,
    });

    const { stored, recount } = await aggregateAndRecount();
    expect(stored).toEqual(recount);
    expect((await heldCountsByUnit(db())).get(unitId)).toBe(await db().surveyResponse.count({ where: { unitId, held: true } }));
  });

  it("previews a release, which then moves the figures exactly so; an exclusion leaves them", async () => {
    const groups = (await heldQueue(db(), { unitId })).filter((g) => g.signals.join() === "too_fast");
    for (let i = 0; i < 5; i++) await submit({ unit: "dpmptsp", answers: { ...answersOf(50 + i), u1: 1, u2: 1 } }, { secondsOnPage: 1 });
    const [group] = (await heldQueue(db(), { unitId })).filter((g) => g.signals.join() === "too_fast");
    expect(group.count).toBe((groups[0]?.count ?? 0) + 5);
    expect(group.windowStart.toISOString()).toBe("2026-11-20T03:00:00.000Z");

    const effect = await releaseEffect(db(), group, NOW);
    expect(effect.period).toBe(currentQuarter(NOW).key);
    expect(effect.afterRelease.respondents).toBe(effect.before.respondents + group.count);
    expect(effect.afterRelease.ikm).not.toBe(effect.before.ikm);

    const { count } = await reviewHeldGroup(db(), group.key, "release", "Antrean ramai, pengunjung nyata", adminId, {}, NOW);
    expect(count).toBe(group.count);
    const after = (await computeScores(db(), currentQuarter(NOW), NOW)).units.find((u) => u.slug === "dpmptsp")!;
    expect(after.respondents).toBe(effect.afterRelease.respondents);
    expect(after.score).toBeCloseTo(effect.afterRelease.score!, 9);
    const released = await db().surveyResponse.findMany({ where: { unitId, reviewOutcome: "released" } });
    expect(released.every((r) => !r.held && !r.excluded && r.reviewedById === adminId && r.reviewReason === "Antrean ramai, pengunjung nyata")).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "response.release" }, orderBy: { id: "desc" } });
    expect((audit.after as { count: number }).count).toBe(group.count);
    await expect(reviewHeldGroup(db(), group.key, "release", "lagi", adminId, {}, NOW)).rejects.toBeInstanceOf(NothingToReviewError);

    // Exclusion of held answers: recorded, kept, and the aggregate untouched.
    const stuffed = [];
    for (let i = 0; i < 3; i++) stuffed.push(((await submit({ unit: "dpmptsp", answers: answersOf(60 + i) }, { secondsOnPage: 0.5 })) as { id: number }).id);
    const before = await aggregateAndRecount();
    expect(await reviewHeld(db(), stuffed.slice(0, 2), "exclude", "Pengisian massal", adminId, {}, NOW)).toBe(2);
    // The older single-response exclusion also ends a hold without subtracting anything.
    await excludeResponse(db(), stuffed[2], "Pengisian massal", adminId, {}, NOW);
    const after2 = await aggregateAndRecount();
    expect(after2.stored).toEqual(before.stored);
    expect(after2.stored).toEqual(after2.recount);
    expect(await db().surveyResponse.count({ where: { id: { in: stuffed }, excluded: true, held: false, reviewOutcome: "excluded" } })).toBe(3);
  });

  it("keeps a unit head to their own unit", async () => {
    const held = await submit({ unit: "dpmptsp", answers: answersOf(70) }, { secondsOnPage: 0 });
    const other = (await db().unit.findUniqueOrThrow({ where: { slug: "pdam" } })).id;
    expect(await heldQueue(db(), { unitId: other })).toEqual([]);
    expect(await reviewHeld(db(), [(held as { id: number }).id], "release", "x", adminId, { unitId: other }, NOW)).toBe(0);
    const [group] = await heldQueue(db(), { unitId });
    await expect(reviewHeldGroup(db(), group.key, "release", "x", adminId, { unitId: other }, NOW)).rejects.toBeInstanceOf(NothingToReviewError);
    await expect(reviewHeldGroup(db(), "1|x|not-a-date", "release", "x", adminId, {}, NOW)).rejects.toBeInstanceOf(NothingToReviewError);
  });

  it("records each answer once when two reviewers release, or release and exclude, at the same time", async () => {
    const at = new Date("2026-11-20T05:20:00Z");
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(((await submit({ unit: "dpmptsp", answers: answersOf(80 + i) }, { secondsOnPage: 0, now: at })) as { id: number }).id);
    const before = await aggregateAndRecount();
    const auditsBefore = await db().auditLog.count({ where: { action: { in: ["response.release", "response.exclude-held"] } } });

    // Two reviewers release the same six at once.
    const first = ids.slice(0, 6);
    const counts = await Promise.all([reviewHeld(db(), first, "release", "ok", adminId, {}, at), reviewHeld(db(), first, "release", "ok", adminId, {}, at)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    const mid = await aggregateAndRecount();
    expect(mid.stored.respondents).toBe(before.stored.respondents + 6);
    expect(mid.stored).toEqual(mid.recount);

    // One releases, the other excludes the other six, overlapping: each answer gets one outcome.
    const rest = ids.slice(6);
    const [released, excluded] = await Promise.all([
      reviewHeld(db(), rest, "release", "ok", adminId, {}, at),
      reviewHeld(db(), rest, "exclude", "spam", adminId, {}, at),
    ]);
    expect(released + excluded).toBe(6);
    const rows = await db().surveyResponse.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => !r.held)).toBe(true);
    expect(rows.filter((r) => r.reviewOutcome === "released").length).toBe(6 + released);
    expect(rows.filter((r) => r.excluded).length).toBe(excluded);
    const end = await aggregateAndRecount();
    expect(end.stored.respondents).toBe(before.stored.respondents + 6 + released);
    expect(end.stored).toEqual(end.recount);
    const audits = await db().auditLog.findMany({
      where: { action: { in: ["response.release", "response.exclude-held"] } },
      orderBy: { id: "asc" },
      skip: auditsBefore,
    });
    expect(audits.flatMap((a) => (a.before as { ids: number[] }).ids).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it("leaves a held answer out of the SKM report's respondent profile and the plan's comments until released", async () => {
    const period = currentQuarter(NOW);
    const comment = `Ditahan ${provider}: antrean tidak jelas`;
    const profileOf = async () => (await reportCounts(db(), period, unitId, false)).profile;
    const comments = async () => (await planProposal(db(), unitId, period.key, NOW)).comments.map((c) => c.text);
    const before = await profileOf();
    // Every profile field given, so each one's count would move if the held answer leaked.
    const profile = { gender: "female", ageBand: "55+", education: "s2_plus", occupation: "pelajar" } as const;
    const held = await submit({ unit: "dpmptsp", answers: answersOf(120), profile, comment }, { secondsOnPage: 0 });
    expect(held).toMatchObject({ ok: true, held: true });
    // The reviewer reads the held answer itself before deciding: its nine values, time, time on the page, comment and channel.
    const queued = (await heldQueue(db(), { unitId })).flatMap((g) => g.answers).find((a) => a.id === (held as { id: number }).id);
    expect(queued).toEqual({
      id: (held as { id: number }).id,
      submittedAt: NOW,
      values: ELEMENT_KEYS.map((k) => answersOf(120)[k]),
      comment,
      channel: "web",
      device: null,
      secondsOnPage: 0,
    });
    expect(await profileOf()).toEqual(before);
    expect(await comments()).not.toContain(comment);

    // Released, it counts once: one more in each field's own value, and its comment is offered.
    expect(await reviewHeld(db(), [(held as { id: number }).id], "release", "Pengunjung nyata", adminId, {}, NOW)).toBe(1);
    const after = await profileOf();
    for (const [field, value] of Object.entries(profile)) {
      const expected = { ...before[field as keyof typeof profile], [value]: before[field as keyof typeof profile][value] + 1 };
      expect(after[field as keyof typeof profile]).toEqual(expected);
    }
    expect((await comments()).filter((c) => c === comment)).toHaveLength(1);
  });
});
