// The desk's default order on both databases: the nearest deadline first (Complaint.nextDueAt, as
// filing, each step and a reopening write it), the final cases last, and every case reached once
// page by page.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { parseCaseQuery } from "./case-query";
import { findCases } from "./case-list.server";
import { deleteNonWorkingDay, saveNonWorkingDay, type CalendarChangeHook } from "@/lib/calendar/calendar.server";
import { addWorkingDays } from "./deadlines";
import { fileComplaint } from "./filing.server";
import { refreshCasesAroundDay } from "./next-due.server";
import { applyStep } from "./steps.server";
import { submitVerdict } from "./verdict.server";

process.env.COMPLAINT_RATE_LIMIT = "0";

// Monday 2 November 2026, 10:00 in Bengkulu.
const t0 = new Date("2026-11-02T03:00:00Z");
const day = 86_400_000;
const at = (days: number) => new Date(t0.getTime() + days * day);

describeEachDatabase("the desk's order by the nearest deadline", ({ db, provider }) => {
  const ids: number[] = [];
  const codes: string[] = [];
  let unitId = 0;
  let headId = 0;
  const input = (i: number): ComplaintInput => ({
    unit: "uji-tenggat",
    category: "delay",
    description: `Antrean loket ${i} lama sekali.`,
    occurredOn: "2026-11-01",
    anonymous: false,
    contact: { name: undefined, phone: `0813${String(2000000 + i)}`, email: undefined },
    staffName: undefined,
    room: undefined,
  });
  const list = (params: Record<string, string> = {}) =>
    findCases(db(), { unitId }, parseCaseQuery(params), { now: at(10), provider, pageSize: 2 }).then((p) => ({ ...p, ids: p.rows.map((r) => r.id) }));
  const all = async () => {
    const first = await list();
    const seen: number[] = [...first.ids];
    for (let page = 2; page <= first.pages; page++) seen.push(...(await list({ page: String(page) })).ids);
    return seen;
  };
  const head = () => ({ id: headId, scope: { unitId }, role: "unit_head" });
  const stamped = (id: number) =>
    db().complaint.findUniqueOrThrow({ where: { id }, select: { verifiedOnWorkingDay: true, answeredOnDay: true, closedOnDay: true } });
  const due = async (id: number) => (await db().complaint.findUniqueOrThrow({ where: { id }, select: { nextDueAt: true } })).nextDueAt;

  beforeAll(async () => {
    const type = await db().unitType.findFirstOrThrow();
    unitId = (await db().unit.create({ data: { slug: "uji-tenggat", name: "Unit Tenggat", typeId: type.id, headName: "K", headPhone: "+62 812-0000-0000" } }))
      .id;
    headId = (await db().user.create({ data: { email: "kepala-tenggat@uji.example", name: "K", passwordHash: "x", role: "unit_head", unitId } })).id;
    for (let i = 0; i < 5; i++) {
      const outcome = await fileComplaint(db(), input(i), { clientKey: "test", now: at(i * 0.5) });
      if (!outcome.ok) throw new Error(outcome.reason);
      ids.push(outcome.id);
      codes.push(outcome.trackingCode);
    }
  });

  it("stores the verification deadline at filing and lists the cases by it", async () => {
    expect(await due(ids[0])).toEqual(addWorkingDays(at(0), 5));
    expect(await all()).toEqual(ids);
  });

  it("moves a case back as its steps move its deadline, and puts a closed case last", async () => {
    // The first case is verified and answered: it now owes its closure (30 days), after every other's verification.
    await applyStep(db(), ids[0], { to: "verifying", reason: "periksa" }, head(), { now: at(2) });
    expect(await due(ids[0])).toEqual(addWorkingDays(at(0), 5));
    await applyStep(db(), ids[0], { to: "substantiated", reason: "hasil", evidence: "saksi" }, head(), { now: at(3) });
    expect(await due(ids[0])).toEqual(at(14));
    await applyStep(db(), ids[0], { to: "action_taken", reason: "tindakan", action: "advice", severity: "minor", answer: "Petugas sudah dibina." }, head(), {
      now: at(4),
    });
    expect(await due(ids[0])).toEqual(at(30));
    // With it, the day of its deadline count each stamp fell on (deadlines.ts stampDays): verified
    // Thursday 10:00, the third working day from Monday 10:00; answered on the fourth calendar day.
    expect(await stamped(ids[0])).toEqual({ verifiedOnWorkingDay: 3, answeredOnDay: 4, closedOnDay: null });
    // The second is rejected: it owes nothing and goes last.
    await applyStep(db(), ids[1], { to: "rejected", reason: "bukan pengaduan", answer: "Bukan kewenangan unit." }, head(), { now: at(2) });
    expect(await due(ids[1])).toBeNull();
    expect(await all()).toEqual([ids[2], ids[3], ids[4], ids[0], ids[1]]);
  });

  it("runs the deadline again from a reopening by the reporter's verdict", async () => {
    const outcome = await submitVerdict(db(), codes[0], { satisfied: false, reason: "Belum selesai." }, { now: at(6) });
    expect(outcome).toMatchObject({ ok: true, reopened: true });
    expect(await due(ids[0])).toEqual(addWorkingDays(at(6), 5));
    expect(await stamped(ids[0])).toEqual({ verifiedOnWorkingDay: null, answeredOnDay: null, closedOnDay: null });
    expect(await all()).toEqual([ids[2], ids[3], ids[4], ids[0], ids[1]]);
    // The newest-first order is unchanged by it.
    expect((await list({ sort: "newest" })).ids).toEqual([ids[4], ids[3]]);
  });

  it("moves the deadlines a new non-working day crosses, and back when it is removed", async () => {
    // The third case, filed Tuesday 10:00 and not verified: due the next Tuesday; with a holiday
    // on Wednesday 4 November, the next Wednesday.
    const lengths = { verifyDays: 5, answerDays: 14, closeDays: 30 };
    const hook: CalendarChangeHook = (tx, changed) => refreshCasesAroundDay(tx, changed, lengths);
    expect(await due(ids[2])).toEqual(at(8));
    await saveNonWorkingDay(db(), { day: "2026-11-04", nameId: "Libur uji", nameEn: "Test holiday", kind: "holiday", confirmed: true }, null, hook);
    expect(await due(ids[2])).toEqual(at(9));
    await deleteNonWorkingDay(db(), "2026-11-04", null, hook);
    expect(await due(ids[2])).toEqual(at(8));
  });
});
