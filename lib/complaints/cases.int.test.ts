// Complaints against both databases: filing (contact kept apart, anonymous stores none, the
// head's notification queued in the same transaction), the public view that never carries the
// contact, the whole lifecycle with a controllable clock, refused steps that write nothing, scope,
// concurrent handlers, escalation and overdue flags.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import type { Db } from "@/lib/db/db.server";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { canTransition, checkStep, STATUSES, type ComplaintStatus, type StepInput } from "@/lib/complaints/lifecycle";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import { applyStep } from "./steps.server";
import { CaseNotFoundError } from "./errors";
import { fileComplaint } from "./filing.server";
import { findCases } from "./case-list.server";
import { parseCaseQuery } from "./case-query";
import { getCase } from "./cases.server";
import { getPublicComplaint } from "./tracking.server";
import { publicComplaintJson } from "./json";

process.env.COMPLAINT_RATE_LIMIT = "0"; // the limiter's counters are covered by the e2e tests

// Monday 2 November 2026, 10:00 in Bengkulu.
const t0 = new Date("2026-11-02T03:00:00Z");
const day = 86_400_000;
const at = (days: number) => new Date(t0.getTime() + days * day);

describeEachDatabase("complaints data layer", ({ db, provider }) => {
  const ids = { unitA: 0, unitB: 0, headA: 0, headB: 0, inspector: 0 };
  const scopeA = () => ({ unitId: ids.unitA });
  const scopeB = () => ({ unitId: ids.unitB });
  const input = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({
    unit: "uji-pengaduan-a",
    category: "staff_behaviour",
    description: "Petugas loket membentak saya ketika bertanya persyaratan.",
    occurredOn: "2026-11-01",
    anonymous: false,
    contact: { name: "Siti Pelapor", phone: "081299990001", email: "siti.pelapor@example.org" },
    staffName: undefined,
    room: undefined,
    ...over,
  });
  const file = async (over: Partial<ComplaintInput> = {}, now = t0) => {
    const outcome = await fileComplaint(db(), input(over), { clientKey: "test", now });
    if (!outcome.ok) throw new Error(`not filed: ${outcome.reason}`);
    return outcome;
  };
  const head = (unit: "A" | "B") => ({ id: unit === "A" ? ids.headA : ids.headB, scope: unit === "A" ? scopeA() : scopeB() });
  // The desk's case list (its search, filters and scope: lib/complaints/case-list.int.test.ts).
  const listed = async (scope: { unitId?: number }, params: Record<string, string>, now: Date) =>
    (await findCases(db(), scope, parseCaseQuery(params), { now, provider })).rows;

  beforeAll(async () => {
    const d: Db = db();
    const type = await d.unitType.findFirstOrThrow();
    for (const key of ["a", "b"] as const) {
      const unit = await d.unit.create({
        data: { slug: `uji-pengaduan-${key}`, name: `Unit Uji ${key.toUpperCase()}`, typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0000" },
      });
      const user = await d.user.create({
        data: { email: `kepala-${key}@uji.example`, name: `Kepala ${key.toUpperCase()}`, passwordHash: "x", role: "unit_head", unitId: unit.id },
      });
      if (key === "a") [ids.unitA, ids.headA] = [unit.id, user.id];
      else [ids.unitB, ids.headB] = [unit.id, user.id];
    }
    ids.inspector = (await d.user.create({ data: { email: "inspektur@uji.example", name: "Inspektur", passwordHash: "x", role: "inspector" } })).id;
  });

  it("files a complaint with its contact apart, a first event and the head's notification", async () => {
    const outcome = await file();
    expect(outcome.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await db().complaint.findUniqueOrThrow({ where: { id: outcome.id }, include: { reporter: true, events: true } });
    expect(stored).toMatchObject({ unitId: ids.unitA, status: "received", anonymous: false, receivedAt: t0 });
    expect(stored.reporter).toMatchObject({ name: "Siti Pelapor", phone: "081299990001", email: "siti.pelapor@example.org" });
    expect(stored.events).toMatchObject([{ fromStatus: null, toStatus: "received", actorId: null }]);
    const outbox = await db().notificationOutbox.findMany({ where: { complaintId: outcome.id } });
    expect(outbox).toMatchObject([{ channel: "email", recipient: "kepala-a@uji.example", status: "pending" }]);
    expect(outbox[0].body).toContain(`/admin/pengaduan/${outcome.id}`);
    expect(outbox[0].body).not.toContain("Siti"); // the head opens the case to see who reported
    // The reporter sees when the answer is due, until it is written.
    expect((await getPublicComplaint(db(), outcome.trackingCode, at(1)))!.answerDueBy).toEqual(at(14));
  });

  it("notifies a head without a workspace account on the unit's posted number", async () => {
    const d = db();
    const type = await d.unitType.findFirstOrThrow();
    await d.unit.create({ data: { slug: "uji-pengaduan-c", name: "Unit Uji C", typeId: type.id, headName: "Kepala C", headPhone: "+62 812-0000-0777" } });
    const outcome = await file({ unit: "uji-pengaduan-c" });
    expect(await d.notificationOutbox.findMany({ where: { complaintId: outcome.id }, select: { channel: true, recipient: true } })).toEqual([
      { channel: "phone", recipient: "+62 812-0000-0777" },
    ]);
  });

  it("stores no contact at all for an anonymous complaint", async () => {
    const outcome = await file({ anonymous: true, contact: undefined });
    expect(await db().complaintReporter.findUnique({ where: { complaintId: outcome.id } })).toBeNull();
  });

  it("links the survey of the same visit only when it is of the same unit", async () => {
    const own = await db().surveyResponse.create({ data: { unitId: ids.unitA } });
    const other = await db().surveyResponse.create({ data: { unitId: ids.unitB } });
    const linked = await file({ surveyResponseId: own.id });
    const refused = await file({ surveyResponseId: other.id });
    expect((await db().complaint.findUniqueOrThrow({ where: { id: linked.id } })).surveyResponseId).toBe(own.id);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: refused.id } })).surveyResponseId).toBeNull();
  });

  it("refuses an unknown or inactive unit and stores nothing", async () => {
    const before = await db().complaint.count();
    expect(await fileComplaint(db(), input({ unit: "tidak-ada" }), { clientKey: "test", now: t0 })).toEqual({ ok: false, reason: "unknown_unit" });
    expect(await db().complaint.count()).toBe(before);
  });

  it("takes a case through the whole lifecycle, every step appended with who, when and why", async () => {
    const { id, trackingCode } = await file();
    const steps = [
      [at(1), { to: "verifying", reason: "Diperiksa kepala unit." }],
      [at(3), { to: "substantiated", reason: "Terbukti.", evidence: "Rekaman CCTV loket 2 dan dua saksi." }],
      [at(4), { to: "action_taken", reason: "Teguran.", action: "verbal_reprimand", severity: "minor", answer: "Petugas telah ditegur. Terima kasih." }],
      [at(10), { to: "closed", reason: "Selesai." }],
    ] as const;
    for (const [now, step] of steps) expect(await applyStep(db(), id, step, head("A"), { now })).toMatchObject({ ok: true, status: step.to });

    const c = (await getCase(db(), id, scopeA(), at(40)))!;
    expect(c).toMatchObject({
      status: "closed",
      action: "verbal_reprimand",
      severity: "minor",
      verifiedAt: at(3),
      answeredAt: at(4),
      closedAt: at(10),
      publicAnswer: "Petugas telah ditegur. Terima kasih.",
    });
    expect(c.overdue).toEqual([]);
    expect(c.events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, "received", null],
      ["received", "verifying", ids.headA],
      ["verifying", "substantiated", ids.headA],
      ["substantiated", "action_taken", ids.headA],
      ["action_taken", "closed", ids.headA],
    ]);
    expect(c.events[2].evidence).toBe("Rekaman CCTV loket 2 dan dua saksi.");
    // The reporter left a contact: one notification per step, to the email they gave.
    const toReporter = await db().notificationOutbox.findMany({ where: { complaintId: id, recipient: "siti.pelapor@example.org" } });
    expect(toReporter).toHaveLength(4);
    expect(toReporter[0].body).toContain(`/lacak/${trackingCode}`);
    expect(await db().auditLog.count({ where: { entity: "complaint", entityId: String(id) } })).toBe(4);
  });

  it("shows the public only status, dates, answer and public notes: never the contact or internal notes", async () => {
    const { id, trackingCode } = await file({ staffName: "Budi Rahasia", room: "Loket 9" });
    await applyStep(db(), id, { to: "verifying", reason: "ALASAN-INTERNAL" }, head("A"), { now: at(1) });
    await applyStep(db(), id, { to: "substantiated", reason: "ALASAN-INTERNAL", evidence: "BUKTI-INTERNAL", answer: "Laporan Anda terbukti." }, head("A"), {
      now: at(2),
    });
    const view = (await getPublicComplaint(db(), trackingCode.toLowerCase().replace(/-/g, " ")))!;
    expect(view).toMatchObject({
      trackingCode,
      status: "substantiated",
      answer: "Laporan Anda terbukti.",
      answerDueBy: null,
      unit: { slug: "uji-pengaduan-a" },
    });
    expect(view.history.map((h) => h.status)).toEqual(["received", "verifying", "substantiated"]);
    const json = JSON.stringify(publicComplaintJson(view));
    for (const secret of ["Siti", "081299990001", "siti.pelapor", "ALASAN-INTERNAL", "BUKTI-INTERNAL", "membentak", "Budi Rahasia", "Loket 9", "Kepala A"]) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toMatch(/"(actor|actorId|reporter|evidence|reason|description|staffName|room)"/);
    expect(await getPublicComplaint(db(), "ABCD-EFGH-JKMN")).toBeNull();
    expect(await getPublicComplaint(db(), "'; DROP TABLE x --")).toBeNull();
  });

  it("refuses every illegal step on the server and writes nothing", async () => {
    const { id } = await file();
    const snapshot = async () => ({
      complaint: await db().complaint.findUniqueOrThrow({ where: { id } }),
      events: await db().complaintEvent.count({ where: { complaintId: id } }),
      outbox: await db().notificationOutbox.count({ where: { complaintId: id } }),
    });
    const before = await snapshot();
    for (const to of ["substantiated", "unsubstantiated", "action_taken", "closed"] as const) {
      const outcome = await applyStep(db(), id, { to, reason: "lompat", evidence: "x", action: "advice", severity: "minor", answer: "x" }, head("A"), {
        now: at(1),
      });
      expect(outcome).toMatchObject({ ok: false, check: { errors: { to: "illegalTransition" } } });
    }
    expect(await applyStep(db(), id, { to: "verifying" }, head("A"), { now: at(1) })).toMatchObject({
      ok: false,
      check: { errors: { reason: "reasonRequired" } },
    });
    expect(await snapshot()).toEqual(before);

    await applyStep(db(), id, { to: "rejected", reason: "Duplikat.", answer: "Sama dengan laporan sebelumnya." }, head("A"), { now: at(1) });
    const final = await applyStep(db(), id, { to: "rejected", answer: "lagi" }, head("A"), { now: at(2) });
    expect(final).toMatchObject({ ok: false, check: { errors: { form: "finalStatus" } } });
  });

  it("refuses, from every status, every step the lifecycle does not allow, writing nothing", async () => {
    // The path to each status, each step complete, so only the transition itself can be wrong.
    const path: Record<(typeof STATUSES)[number], StepInput[]> = {
      received: [],
      verifying: [{ to: "verifying", reason: "r" }],
      substantiated: [
        { to: "verifying", reason: "r" },
        { to: "substantiated", reason: "r", evidence: "e" },
      ],
      unsubstantiated: [
        { to: "verifying", reason: "r" },
        { to: "unsubstantiated", reason: "r", evidence: "e", answer: "p" },
      ],
      action_taken: [
        { to: "verifying", reason: "r" },
        { to: "substantiated", reason: "r", evidence: "e" },
        { to: "action_taken", reason: "r", action: "advice", severity: "minor", answer: "p" },
      ],
      closed: [
        { to: "verifying", reason: "r" },
        { to: "unsubstantiated", reason: "r", evidence: "e", answer: "p" },
        { to: "closed", reason: "r" },
      ],
      rejected: [{ to: "rejected", reason: "r", answer: "p" }],
    };
    for (const from of STATUSES) {
      const { id } = await file();
      for (const step of path[from]) expect(await applyStep(db(), id, step, head("A"), { now: at(1) })).toMatchObject({ ok: true });
      const before = JSON.stringify([
        await db().complaint.findUniqueOrThrow({ where: { id } }),
        await db().complaintEvent.count({ where: { complaintId: id } }),
      ]);
      for (const to of STATUSES.filter((to) => to !== from && !canTransition(from, to))) {
        const outcome = await applyStep(db(), id, { to, reason: "r", evidence: "e", answer: "p", action: "advice", severity: "minor" }, head("A"), {
          now: at(2),
        });
        expect(outcome.ok, `${from} -> ${to}`).toBe(false);
      }
      expect(JSON.stringify([await db().complaint.findUniqueOrThrow({ where: { id } }), await db().complaintEvent.count({ where: { complaintId: id } })])).toBe(
        before,
      );
    }
  });

  it("keeps a unit head to their own unit's cases, in reads and in steps", async () => {
    const { id } = await file();
    expect(await getCase(db(), id, scopeB())).toBeNull();
    await expect(applyStep(db(), id, { to: "verifying", reason: "bukan unit saya" }, head("B"), { now: at(1) })).rejects.toBeInstanceOf(CaseNotFoundError);
    expect((await db().complaint.findUniqueOrThrow({ where: { id } })).status).toBe("received");
    // (The case list's scope: lib/complaints/case-list.int.test.ts.)
    // An inspector's scope is every unit.
    expect(await getCase(db(), id, {})).not.toBeNull();
  });

  it("takes a progress note for progress, never for the answer: not answered on /lacak, no verdict, no step to a decision", async () => {
    const { id, trackingCode } = await file();
    await applyStep(db(), id, { to: "verifying", reason: "periksa", publicNote: "Pengaduan Anda sedang kami periksa." }, head("A"), { now: at(1) });
    await applyStep(db(), id, { to: "substantiated", reason: "terbukti", evidence: "saksi" }, head("A"), { now: at(2) });
    const refused = await applyStep(db(), id, { to: "action_taken", reason: "teguran", action: "advice", severity: "minor" }, head("A"), { now: at(3) });
    expect(refused).toEqual({ ok: false, check: { ok: false, errors: { answer: "answerRequired" } } });
    const view = (await getPublicComplaint(db(), trackingCode, at(3)))!;
    expect(view).toMatchObject({ status: "substantiated", answeredAt: null, answer: null, verdict: { open: false } });
    expect(view.answerDueBy).not.toBeNull();
    expect(view.history[1]).toMatchObject({ status: "verifying", note: "Pengaduan Anda sedang kami periksa.", answer: null });
    // The answer given on its own stamps the case; the step then needs none.
    expect(await applyStep(db(), id, { to: "substantiated", answer: "Petugas akan ditegur." }, head("A"), { now: at(4) })).toMatchObject({
      ok: true,
      kind: "answer",
    });
    expect(await applyStep(db(), id, { to: "action_taken", reason: "teguran", action: "advice", severity: "minor" }, head("A"), { now: at(5) })).toMatchObject({
      ok: true,
    });
    const answered = (await getPublicComplaint(db(), trackingCode, at(5)))!;
    expect(answered).toMatchObject({ answeredAt: at(4), answer: "Petugas akan ditegur.", verdict: { open: true } });
  });

  it("leaves the judging of a case with the Inspektorat to an inspector; the head may add notes; the history names who decided", async () => {
    const { id } = await file();
    await applyStep(db(), id, { to: "verifying", reason: "periksa" }, head("A"), { now: at(1) });
    await db().complaint.update({ where: { id }, data: { inspectorateAt: at(1), reopenCount: 2, reopenedAt: at(1) } });
    const headA = { ...head("A"), role: "unit_head" };
    for (const step of [
      { to: "substantiated", reason: "r", evidence: "e", answer: "a" },
      { to: "unsubstantiated", reason: "r", evidence: "e", answer: "a" },
      { to: "verifying", answer: "Jawaban kepala." },
    ] as const) {
      expect(await applyStep(db(), id, step, headA, { now: at(2) })).toEqual({ ok: false, check: { ok: false, errors: { form: "inspectorateDecides" } } });
    }
    expect(
      await applyStep(db(), id, { to: "verifying", publicNote: "Berkas dikirim ke Inspektorat.", evidence: "Salinan kuitansi." }, headA, { now: at(2) }),
    ).toMatchObject({
      ok: true,
      kind: "note",
    });
    const inspector = { id: ids.inspector, scope: {}, role: "inspector" };
    expect(
      await applyStep(db(), id, { to: "unsubstantiated", reason: "r", evidence: "e", answer: "Tidak terbukti." }, inspector, { now: at(3) }),
    ).toMatchObject({
      ok: true,
    });
    const c = (await getCase(db(), id, {}, at(3)))!;
    expect(c.events.at(-1)).toMatchObject({ toStatus: "unsubstantiated", actorId: ids.inspector, actor: { role: "inspector" } });
    expect(c).toMatchObject({ status: "unsubstantiated", publicAnswer: "Tidak terbukti.", answeredAt: at(3) });
  });

  it("lets only one of two handlers racing on the same step win", async () => {
    const { id } = await file();
    const results = await Promise.allSettled([
      applyStep(db(), id, { to: "verifying", reason: "satu" }, head("A"), { now: at(1) }),
      applyStep(db(), id, { to: "rejected", reason: "dua", answer: "ditolak" }, { id: ids.inspector, scope: {} }, { now: at(1) }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    expect(won).toHaveLength(1);
    expect(await db().complaintEvent.count({ where: { complaintId: id } })).toBe(2);
  });

  it("flags overdue stages by the settings' deadlines and the clock", async () => {
    const { id, trackingCode } = await file({}, t0);
    const flags = async (now: Date) => (await listed(scopeA(), { q: trackingCode }, now)).find((c) => c.id === id)!.overdue;
    expect(await flags(at(6))).toEqual([]); // due the next Monday, 10:00
    expect(await flags(at(7.1))).toEqual(["verify"]);
    expect((await listed(scopeA(), { q: trackingCode, overdue: "any" }, at(7.1))).some((c) => c.id === id)).toBe(true);
    await applyStep(db(), id, { to: "verifying", reason: "mulai" }, head("A"), { now: at(8) });
    await applyStep(db(), id, { to: "verifying", publicNote: "Pengaduan Anda sedang kami periksa." }, head("A"), { now: at(9) });
    // A progress note is not the answer: the answer stage still falls due.
    expect(await flags(at(15))).toEqual(["verify", "answer"]);
    expect((await applyStep(db(), id, { to: "unsubstantiated", reason: "tidak ada bukti", evidence: "CCTV." }, head("A"), { now: at(15) })).ok).toBe(false);
    await applyStep(db(), id, { to: "unsubstantiated", reason: "tidak ada bukti", evidence: "CCTV.", answer: "Laporan tidak terbukti." }, head("A"), {
      now: at(16),
    });
    await applyStep(db(), id, { to: "closed", reason: "selesai" }, head("A"), { now: at(17) });
    expect(await flags(at(60))).toEqual([]);
  });

  it("escalates a repeat substantiated case against the same staff member", async () => {
    const substantiate = async (staffName: string, when: Date) => {
      const { id } = await file({ unit: "uji-pengaduan-b", staffName }, when);
      await applyStep(db(), id, { to: "verifying", reason: "periksa" }, head("B"), { now: when });
      return applyStep(db(), id, { to: "substantiated", reason: "terbukti", evidence: "saksi" }, head("B"), { now: new Date(when.getTime() + day) });
    };
    expect(await substantiate("Andi Wijaya", at(1))).toMatchObject({ ok: true, escalate: false });
    expect(await substantiate("andi  wijaya", at(5))).toMatchObject({ ok: true, escalate: true });
    const flagged = (await listed(scopeB(), {}, at(10))).filter((c) => c.escalate);
    expect(flagged).toHaveLength(1);
  });
});

describeEachDatabase("demo complaints follow the lifecycle", ({ db }) => {
  beforeAll(async () => {
    await seedDemo(db(), { now: new Date("2026-11-15T03:00:00Z"), reset: true });
  });

  it("every seeded case replays through the lifecycle rules to its stored state", async () => {
    const cases = await db().complaint.findMany({ include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, reporter: true, verdicts: true } });
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) {
      expect(parseTrackingCode(c.trackingCode)).toBe(c.trackingCode);
      expect(c.events[0]).toMatchObject({ fromStatus: null, toStatus: "received" });
      let status: ComplaintStatus = "received";
      let answer: string | null = null;
      let answeredAt: Date | null = null;
      let verifiedAt: Date | null = null;
      for (const e of c.events.slice(1)) {
        expect(e.fromStatus).toBe(status);
        // A "not satisfied" verdict reopens the case: back to verifying, the round's answer cleared.
        if (e.actorId === null && e.toStatus === "verifying" && e.fromStatus !== "received") {
          expect(c.verdicts.some((v) => !v.satisfied)).toBe(true);
          [status, answer, answeredAt, verifiedAt] = ["verifying", null, null, null];
          continue;
        }
        expect(
          checkStep(status, answer !== null, {
            to: e.toStatus,
            reason: e.reason,
            evidence: e.evidence,
            publicNote: e.publicNote,
            answer: e.answer,
            action: e.action,
            severity: e.severity,
          }),
        ).toMatchObject({ ok: true });
        if (e.answer) {
          answer = e.answer;
          answeredAt ??= e.createdAt;
        }
        if (e.toStatus === "substantiated" || e.toStatus === "unsubstantiated") verifiedAt = e.createdAt;
        status = e.toStatus;
      }
      expect({ status: c.status, publicAnswer: c.publicAnswer, answeredAt: c.answeredAt, verifiedAt: c.verifiedAt, closed: c.closedAt !== null }).toEqual({
        status,
        publicAnswer: answer,
        answeredAt,
        verifiedAt,
        closed: status === "closed",
      });
      if (c.anonymous) expect(c.reporter).toBeNull();
    }
  });
});
