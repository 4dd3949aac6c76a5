// Improvement plans on both databases: the lifecycle (draft, submitted, returned, approved) with
// its audit entries, the unit scope (a head of another unit finds nothing), the proposal from the
// period's weakest elements, results before and after, the overdue flag and the public read.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { seedDemo } from "@/prisma/seed/demo";
import { currentQuarter, previousPeriod } from "@/lib/scores/period";
import {
  addPlanAction,
  getPlan,
  PlanNotFoundError,
  PlanStateError,
  planProposal,
  planResults,
  publicPlans,
  recordActionProgress,
  redUnitsWithoutApprovedPlan,
  reviewPlan,
  startPlan,
  submitPlan,
  updatePlanAction,
} from "./plans.server";

const now = new Date("2026-11-15T03:00:00Z");
const lastQuarter = previousPeriod(currentQuarter(now)).key; // 2026-Q3
const twoBack = previousPeriod(previousPeriod(currentQuarter(now))).key; // 2026-Q2

describeEachDatabase("improvement plans", ({ db }) => {
  let adminId: number;
  let unitId: number;
  let otherUnitId: number;
  beforeAll(async () => {
    await seedDemo(db(), { now, reset: true });
    adminId = (await db().user.findFirstOrThrow({ where: { role: "admin" } })).id;
    unitId = (await db().unit.findUniqueOrThrow({ where: { slug: "dpmptsp" } })).id;
    otherUnitId = (await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } })).id;
  });

  it("goes from draft to returned to approved, every step audited, edits refused once submitted", async () => {
    const plan = await startPlan(db(), unitId, lastQuarter, adminId);
    expect((await startPlan(db(), unitId, lastQuarter, adminId)).id).toBe(plan.id);
    const action = await addPlanAction(
      db(),
      plan.id,
      { element: "u3", description: "Tambah loket", responsible: "Kabid Pelayanan", dueOn: "2026-12-31" },
      adminId,
      { unitId },
    );
    await expect(
      addPlanAction(db(), plan.id, { element: "u3", description: "Tambah loket", responsible: "X y z", dueOn: "2026-12-31" }, adminId, { unitId: otherUnitId }),
    ).rejects.toThrow(PlanNotFoundError);
    await submitPlan(db(), plan.id, adminId, { unitId }, now);
    await expect(
      updatePlanAction(db(), plan.id, action.id, { element: "u4", description: "Ubah", responsible: "Siapa pun", dueOn: "2026-12-31" }, adminId, {}),
    ).rejects.toThrow(PlanStateError);
    await reviewPlan(db(), plan.id, { decision: "return", comment: "Tenggat terlalu jauh." }, adminId, now);
    await updatePlanAction(
      db(),
      plan.id,
      action.id,
      { element: "u3", description: "Tambah loket pagi", responsible: "Kabid Pelayanan", dueOn: "2026-12-15" },
      adminId,
      { unitId },
    );
    await submitPlan(db(), plan.id, adminId, { unitId }, now);
    await reviewPlan(db(), plan.id, { decision: "approve", comment: null }, adminId, now);
    await expect(reviewPlan(db(), plan.id, { decision: "approve", comment: null }, adminId, now)).rejects.toThrow(PlanStateError);
    await recordActionProgress(db(), plan.id, action.id, { status: "dropped", droppedReason: "Tidak ada anggaran", evidence: null }, adminId, { unitId });
    const stored = await getPlan(db(), plan.id, { unitId });
    expect(stored).toMatchObject({ status: "approved", approvedById: adminId });
    expect(stored!.actions[0]).toMatchObject({ status: "dropped", droppedReason: "Tidak ada anggaran", description: "Tambah loket pagi" });
    expect(await getPlan(db(), plan.id, { unitId: otherUnitId })).toBeNull();
    const audit = await db().auditLog.findMany({ where: { entity: "plan", entityId: String(plan.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "plan.create",
      "plan.action.add",
      "plan.submit",
      "plan.return",
      "plan.action.update",
      "plan.submit",
      "plan.approve",
      "plan.action.progress",
    ]);
  });

  it("proposes the period's weakest elements with its comments, never an identity", async () => {
    const proposal = await planProposal(db(), otherUnitId, lastQuarter, now);
    expect(proposal.proposed).toHaveLength(3);
    const nrr = proposal.proposed.map((p) => p.nrr);
    expect(nrr).toEqual([...nrr].sort((a, b) => a - b));
    expect(Math.min(...Object.values(proposal.unitScore!.elements).map((v) => v ?? 9))).toBe(nrr[0]);
    expect(proposal.comments.length).toBeGreaterThan(0);
    expect(Object.keys(proposal.comments[0]).sort()).toEqual(["submittedAt", "text"]);
  });

  it("shows results before and after from the next period, and the public read has approved plans only", async () => {
    const [seeded] = await db().improvementPlan.findMany({ where: { unitId: otherUnitId, period: twoBack }, include: { unit: true, actions: true } });
    const results = await planResults(db(), seeded, now);
    expect(results.nextPeriod).toBe(lastQuarter);
    expect(results.available).toBe(true);
    for (const r of results.elements) expect(r.before !== null && r.after !== null && r.moved !== null).toBe(true);
    const plans = await publicPlans(db(), "rshd", now);
    expect(plans!.map((p) => p.period)).toEqual([lastQuarter, twoBack]);
    expect(plans![1].actions.map((a) => a.status).sort()).toEqual(["done", "done", "dropped"]);
    // Dukcapil's last-quarter plan was returned: not public.
    expect((await publicPlans(db(), "dukcapil", now))!.map((p) => p.period)).toEqual([twoBack]);
  });

  it("flags red units without an approved plan only 30 days after the period ended", async () => {
    const flagged = await redUnitsWithoutApprovedPlan(db(), lastQuarter, now);
    for (const u of flagged) expect(u.planStatus).not.toBe("approved");
    expect(flagged.some((u) => u.slug === "rshd")).toBe(false); // approved
    expect(await redUnitsWithoutApprovedPlan(db(), lastQuarter, new Date("2026-10-20T00:00:00Z"))).toEqual([]);
  });
});
