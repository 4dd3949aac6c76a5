// "Hold, don't drop" for complaints, on both databases: from one network within an hour the first
// five reach the unit, the next are stored and held with their tracking codes (no notice, not in
// the unit's list or figures), a release hands one to the unit with deadlines from the release,
// a rejection as spam shows the reporter the reason; beyond the ceiling a filing is refused.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { parseCaseQuery } from "./case-query";
import { findCases } from "./case-list.server";
import { complaintBacklog } from "./backlog.server";
import { fileComplaint } from "./filing.server";
import { heldComplaints, rejectHeld, releaseHeld } from "./holds.server";
import { REACHED_UNIT } from "./reached";
import { getPublicComplaint } from "./tracking.server";
import { applyStep } from "./steps.server";

const t0 = new Date("2026-11-02T03:00:00Z"); // Monday 10:00 in Bengkulu
const minute = 60_000;
const day = 86_400_000;

describeEachDatabase("held complaints", ({ db, provider }) => {
  const ids = { unit: 0, head: 0, admin: 0 };
  const slug = `uji-tahan-${provider}`;
  const network = randomUUID(); // a key of its own: the limiter's rows outlive a file
  const saved = { ...process.env };
  const input = (n: number): ComplaintInput => ({
    unit: slug,
    category: "delay",
    description: `Antrean tidak bergerak selama dua jam, pengaduan nomor ${n}.`,
    occurredOn: "2026-11-01",
    anonymous: false,
    contact: { name: `Warga ${n}`, phone: "", email: `warga${n}@example.org` },
    staffName: undefined,
    room: undefined,
  });

  beforeAll(async () => {
    process.env.COMPLAINT_RATE_LIMIT = "1";
    process.env.COMPLAINT_RATE_LIMIT_PER_CLIENT = "5";
    process.env.COMPLAINT_HARD_LIMIT_PER_CLIENT = "8";
    const d = db();
    const type = await d.unitType.findFirstOrThrow();
    const unit = await d.unit.create({
      data: {
        slug,
        name: "Unit Uji Tahan",
        typeId: type.id,
        headName: "Kepala Tahan",
        headPhone: "+62 812-0000-0101",
        escalationName: "Layanan Wali Kota",
        escalationPhone: "+62 811-0000-0202",
      },
    });
    ids.unit = unit.id;
    ids.head = (
      await d.user.create({ data: { email: `kepala-tahan-${provider}@uji.example`, name: "Kepala", passwordHash: "x", role: "unit_head", unitId: unit.id } })
    ).id;
    ids.admin = (
      await d.user.create({ data: { email: `sekretariat-tahan-${provider}@uji.example`, name: "Sekretariat", passwordHash: "x", role: "admin" } })
    ).id;
  });
  afterAll(() => {
    process.env = saved;
  });

  it("holds the 6th and 7th complaint from one network, releases one to the unit and rejects one as spam", async () => {
    const d = db();
    const outcomes = [];
    for (let n = 1; n <= 7; n++) outcomes.push(await fileComplaint(d, input(n), { clientKey: network, now: new Date(t0.getTime() + n * minute), provider }));
    expect(outcomes.map((o) => o.ok && o.held)).toEqual([false, false, false, false, false, true, true]);
    const [sixth, seventh] = outcomes.slice(5).map((o) => (o.ok ? o : null)!);
    expect(sixth.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // Stored, traceable, awaiting review; the head hears nothing and sees nothing of them.
    const stored = await d.complaint.findUniqueOrThrow({ where: { id: sixth.id }, include: { events: true } });
    expect(stored).toMatchObject({ status: "held", heldReason: "network", heldNth: 6, releasedAt: null, nextDueAt: null });
    expect(stored.events).toMatchObject([{ fromStatus: null, toStatus: "held" }]);
    expect(await d.notificationOutbox.count({ where: { complaintId: { in: [sixth.id, seventh.id] } } })).toBe(0);
    const publicView = await getPublicComplaint(d, sixth.trackingCode, t0);
    expect(publicView).toMatchObject({ status: "held", answerDueBy: null });
    const headScope = { unitId: ids.unit, ...REACHED_UNIT };
    const list = await findCases(d, headScope, parseCaseQuery({}, { inspector: false }), { now: t0, provider });
    expect(list.total).toBe(5);
    expect((await complaintBacklog(d, { unitId: ids.unit }, t0)).open).toBe(5);
    const queue = await heldComplaints(d);
    expect(queue.rows.filter((r) => r.unit.slug === slug).map((r) => [r.trackingCode, r.heldNth])).toEqual([
      [sixth.trackingCode, 6],
      [seventh.trackingCode, 7],
    ]);
    // A handler cannot act on a held case, even by id.
    const step = await applyStep(d, sixth.id, { to: "verifying", reason: "r" }, { id: ids.admin, scope: {} }, { now: t0 });
    expect(step).toMatchObject({ ok: false, check: { errors: { form: "heldForReview" } } });

    // Released a day later: the unit's, with deadlines from the release and the head's notice.
    const releasedAt = new Date(t0.getTime() + day);
    expect(await releaseHeld(d, sixth.id, ids.admin, { now: releasedAt })).toEqual({ ok: true, trackingCode: sixth.trackingCode });
    expect(await releaseHeld(d, sixth.id, ids.admin, { now: releasedAt })).toEqual({ ok: false, reason: "gone" });
    const released = await d.complaint.findUniqueOrThrow({ where: { id: sixth.id } });
    expect(released).toMatchObject({ status: "received", receivedAt: releasedAt, releasedAt });
    // The desk's order: its verification deadline now counts from the release.
    expect(released.nextDueAt!.getTime()).toBeGreaterThan(releasedAt.getTime());
    expect(await d.notificationOutbox.findMany({ where: { complaintId: sixth.id }, select: { recipient: true } })).toEqual([
      { recipient: `kepala-tahan-${provider}@uji.example` },
    ]);
    expect((await getPublicComplaint(d, sixth.trackingCode, releasedAt))!.answerDueBy).toEqual(new Date(releasedAt.getTime() + 14 * day));
    expect((await findCases(d, headScope, parseCaseQuery({}, { inspector: false }), { now: releasedAt, provider })).total).toBe(6);
    expect(await d.auditLog.count({ where: { action: "complaint.release", entityId: String(sixth.id) } })).toBe(1);

    // Rejected as spam: the reporter reads the reason; it never reaches the unit.
    expect(await rejectHeld(d, seventh.id, "Isi sama persis dengan enam pengaduan lain.", ids.admin, { now: releasedAt })).toMatchObject({ ok: true });
    const rejected = await getPublicComplaint(d, seventh.trackingCode, releasedAt);
    expect(rejected).toMatchObject({ status: "rejected", answer: "Isi sama persis dengan enam pengaduan lain." });
    expect((await findCases(d, headScope, parseCaseQuery({ status: "rejected" }, { inspector: false }), { now: releasedAt, provider })).total).toBe(0);
    expect(await d.auditLog.count({ where: { action: "complaint.reject_held", entityId: String(seventh.id) } })).toBe(1);
    expect((await heldComplaints(d)).rows.filter((r) => r.unit.slug === slug)).toEqual([]);
  });

  it("refuses beyond the ceiling, naming the unit head and the escalation line", async () => {
    const d = db();
    const key = randomUUID();
    const outcomes = [];
    for (let n = 1; n <= 9; n++) outcomes.push(await fileComplaint(d, input(n), { clientKey: key, now: new Date(t0.getTime() + n * minute), provider }));
    expect(outcomes.slice(0, 8).every((o) => o.ok)).toBe(true);
    expect(outcomes[8]).toMatchObject({
      ok: false,
      reason: "rate_limited",
      otherWay: { headPhone: "+62 812-0000-0101", escalationName: "Layanan Wali Kota", escalationPhone: "+62 811-0000-0202" },
    });
  });
});
