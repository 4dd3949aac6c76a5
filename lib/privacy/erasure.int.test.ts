// Reporters' personal data on both databases, with a controllable clock: the contact is erased
// the day after its retention ends and not before, nothing else of the case changes, the outbox
// keeps no copy, undelivered messages to the reporter are stopped, and the audit entry names no
// contact. Erasure and the data file on request too.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { applyStep } from "@/lib/complaints/steps.server";
import { fileComplaint } from "@/lib/complaints/filing.server";
import { deliverPending, requeue } from "@/lib/notifications/outbox.server";
import type { Transport } from "@/lib/notifications/transport.server";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { ERASE_ACTION, EXPORT_ACTION, eraseReporterContact, findCaseForPrivacy, reporterData, runRetention, UNDELIVERED_ERASED } from "./erasure.server";

process.env.COMPLAINT_RATE_LIMIT = "0";

// Tuesday 3 November 2026, 10:00 in Bengkulu.
const t0 = new Date("2025-11-03T03:00:00Z");
const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(t0.getTime() + days * DAY + hours * 3_600_000);

describeEachDatabase("reporters' personal data", ({ db }) => {
  const ids = { unit: 0, head: 0, admin: 0 };
  const run = Math.random().toString(36).slice(2, 8);
  const contactOf = (n: number) => ({ name: `Rina Privasi ${run}${n}`, phone: `0812777${String(n).padStart(5, "0")}`, email: `rina${n}.${run}@example.org` });
  const input = (n: number): ComplaintInput => ({
    unit: `uji-privasi-${run}`,
    category: "delay",
    description: "Antrean di loket sangat lama tanpa penjelasan.",
    occurredOn: "2025-11-01",
    anonymous: false,
    contact: contactOf(n),
    staffName: undefined,
    room: undefined,
  });
  const sent: string[] = [];
  const recorder: Transport = { name: "test", channels: ["email", "phone"], send: async (m) => void sent.push(m.recipient) };

  async function file(n: number) {
    const outcome = await fileComplaint(db(), input(n), { clientKey: "privacy", now: t0 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome;
  }
  async function close(id: number, closedAt: Date) {
    const head = { id: ids.head, scope: { unitId: ids.unit } };
    for (const step of [
      { to: "verifying", reason: "Diperiksa." },
      { to: "unsubstantiated", reason: "Tidak terbukti.", evidence: "Rekaman antrean.", answer: "Antrean hari itu normal; terima kasih atas laporan Anda." },
      { to: "closed", reason: "Selesai." },
    ] as const) {
      const outcome = await applyStep(db(), id, step, head, { now: closedAt });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.check));
    }
  }
  const snapshot = async (id: number) => {
    const c = await db().complaint.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } }, reporter: true } });
    const { reporter, ...rest } = c;
    return { rest, reporter };
  };
  const outboxHolding = async (values: string[]) =>
    (await db().notificationOutbox.findMany()).filter((m) => values.some((v) => m.recipient.includes(v) || m.body.includes(v) || m.subject.includes(v)));

  beforeAll(async () => {
    const d = db();
    const type = await d.unitType.findFirstOrThrow();
    const unit = await d.unit.create({
      data: { slug: `uji-privasi-${run}`, name: "Unit Uji Privasi", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0000" },
    });
    const head = await d.user.create({
      data: { email: `kepala-privasi-${run}@uji.example`, name: "Kepala Privasi", passwordHash: "x", role: "unit_head", unitId: unit.id },
    });
    const admin = await d.user.create({ data: { email: `sekretariat-privasi-${run}@uji.example`, name: "Sekretariat", passwordHash: "x", role: "admin" } });
    Object.assign(ids, { unit: unit.id, head: head.id, admin: admin.id });
  });

  it("erases a closed case's contact the day after its retention ends, not before, and nothing else", async () => {
    const a = await file(1); // closed on day 10, late in the evening: still that city day
    const b = await file(2); // closed a day later: one more day of retention
    await close(a.id, at(10, 12)); // 22:00 WIB
    await close(b.id, at(11, 0));
    // Every message delivered (the head's and the reporter's), as a running server would.
    while ((await deliverPending(db(), { transports: [recorder], now: at(12) })).sent > 0);
    expect(sent).toContain(contactOf(1).email);
    const before = await snapshot(a.id);
    const headMessages = await db().notificationOutbox.findMany({ where: { complaintId: a.id, recipient: { startsWith: "kepala-privasi" } } });
    expect(headMessages.length).toBeGreaterThan(0);

    // Closed on 13 Nov 2025 (WIB): kept through 13 Nov 2026, the last day of its 365.
    const lastMoment = new Date("2026-11-13T16:59:59Z"); // 23:59:59 WIB
    const nextDay = new Date("2026-11-13T17:00:00Z"); // 00:00 WIB, 14 Nov 2026
    await runRetention(db(), { now: lastMoment, days: 365 });
    expect((await snapshot(a.id)).reporter).toMatchObject({ name: contactOf(1).name, phone: contactOf(1).phone, email: contactOf(1).email });
    expect(await outboxHolding([contactOf(1).email])).not.toHaveLength(0);

    const result = await runRetention(db(), { now: nextDay, days: 365 });
    expect(result.erased).toBeGreaterThanOrEqual(1);
    const after = await snapshot(a.id);
    expect(after.reporter).toEqual({ complaintId: a.id, name: null, phone: null, phoneKey: null, email: null });
    expect(after.rest).toEqual(before.rest); // status, text, dates, answer, history: untouched
    // The outbox keeps no copy of any of its contact; the head's messages are untouched.
    expect(await outboxHolding(Object.values(contactOf(1)))).toEqual([]);
    const reporterMessages = await db().notificationOutbox.findMany({ where: { complaintId: a.id, recipient: "" } });
    expect(reporterMessages.length).toBeGreaterThan(0);
    expect(reporterMessages.every((m) => m.body === "" && m.status === "sent")).toBe(true);
    expect(await db().notificationOutbox.findMany({ where: { complaintId: a.id, recipient: { startsWith: "kepala-privasi" } } })).toEqual(headMessages);
    // The case closed a day later keeps its contact one more day.
    expect((await snapshot(b.id)).reporter?.phone).toBe(contactOf(2).phone);

    // One audit entry, by the system, that names no contact.
    const audits = await db().auditLog.findMany({ where: { action: ERASE_ACTION, entityId: String(a.id) } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, entity: "complaint", after: { reason: "retention", fields: ["name", "phone", "email"] } });
    const written = JSON.stringify(audits[0]);
    for (const v of Object.values(contactOf(1))) expect(written).not.toContain(v);

    // A second run the same day erases nothing more and audits nothing more.
    await runRetention(db(), { now: nextDay, days: 365 });
    expect(await db().auditLog.count({ where: { action: ERASE_ACTION, entityId: String(a.id) } })).toBe(1);
    await runRetention(db(), { now: new Date(nextDay.getTime() + DAY), days: 365 });
    expect((await snapshot(b.id)).reporter?.phone).toBeNull();
  });

  it("counts a rejected case's retention from the day it was rejected", async () => {
    const r = await file(5);
    const head = { id: ids.head, scope: { unitId: ids.unit } };
    const rejectedAt = at(20); // 23 Nov 2025, 10:00 WIB
    expect(
      (await applyStep(db(), r.id, { to: "rejected", reason: "Di luar kewenangan.", answer: "Bukan layanan unit ini." }, head, { now: rejectedAt })).ok,
    ).toBe(true);
    await runRetention(db(), { now: new Date("2026-11-23T16:59:59Z"), days: 365 });
    expect((await snapshot(r.id)).reporter?.email).toBe(contactOf(5).email);
    await runRetention(db(), { now: new Date("2026-11-23T17:00:00Z"), days: 365 });
    expect((await snapshot(r.id)).reporter?.email).toBeNull();
  });

  it("keeps an open case's contact however old it is", async () => {
    const c = await file(3);
    await runRetention(db(), { now: at(3000), days: 365 });
    expect((await snapshot(c.id)).reporter?.email).toBe(contactOf(3).email);
  });

  it("hands the reporter's data over as one document and erases it at once on request", async () => {
    const d = await file(4);
    const head = { id: ids.head, scope: { unitId: ids.unit } };
    // A step the reporter is told about, never delivered (no transport): it waits in the outbox.
    await applyStep(db(), d.id, { to: "verifying", reason: "Diperiksa.", publicNote: "Laporan Anda sedang kami periksa." }, head, { now: at(1) });
    const found = await findCaseForPrivacy(db(), d.trackingCode.toLowerCase());
    expect(found).toMatchObject({ id: d.id, contactHeld: true, erasedAt: null });

    const document = await reporterData(db(), d.trackingCode, ids.admin, at(2));
    expect(document).toMatchObject({
      trackingCode: d.trackingCode,
      contact: contactOf(4),
      // A progress note is in the history, not the answer.
      complaint: { description: input(4).description, occurredOn: "2025-11-01", status: "verifying", answer: null },
    });
    expect(document!.complaint.history.at(-1)).toMatchObject({ note: "Laporan Anda sedang kami periksa.", answer: null });
    // The day the reporter typed, as a day (stored as its midnight in WIB, an instant would print the day before).
    expect(JSON.stringify(document)).not.toContain("2025-10-31");
    expect(document!.notifications).toHaveLength(1);
    expect(document!.notifications[0]).toMatchObject({ recipient: contactOf(4).email, status: "pending" });
    expect(JSON.stringify(document)).not.toContain("kepala-privasi"); // the head's messages are not the reporter's data
    const exportAudit = await db().auditLog.findFirstOrThrow({ where: { action: EXPORT_ACTION, entityId: String(d.id) } });
    expect(exportAudit.actorId).toBe(ids.admin);
    for (const v of Object.values(contactOf(4))) expect(JSON.stringify(exportAudit)).not.toContain(v);

    const outcome = await eraseReporterContact(db(), d.id, { reason: "request", actorId: ids.admin, now: at(2) });
    expect(outcome).toEqual({ erased: true, fields: ["name", "phone", "email"], notifications: 1, undelivered: 1 });
    expect((await snapshot(d.id)).reporter).toMatchObject({ name: null, phone: null, email: null });
    expect(await outboxHolding(Object.values(contactOf(4)))).toEqual([]);
    // The waiting message can no longer go anywhere: stopped, and the admin cannot requeue it.
    const stopped = await db().notificationOutbox.findFirstOrThrow({ where: { complaintId: d.id, recipient: "" } });
    expect(stopped).toMatchObject({ status: "failed", lastError: UNDELIVERED_ERASED, body: "" });
    expect(await requeue(db(), stopped.id)).toBe(false);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: ERASE_ACTION, entityId: String(d.id) } });
    expect(audit).toMatchObject({ actorId: ids.admin, after: { reason: "request" } });
    for (const v of Object.values(contactOf(4))) expect(JSON.stringify(audit)).not.toContain(v);

    // Asked again: nothing is held, nothing is written; the case is still handled normally, and
    // the reporter is no longer notified.
    expect(await eraseReporterContact(db(), d.id, { reason: "request", actorId: ids.admin })).toEqual({ erased: false });
    expect(await findCaseForPrivacy(db(), d.trackingCode)).toMatchObject({ contactHeld: false, erasedAt: expect.any(Date) });
    const outboxBefore = await db().notificationOutbox.count({ where: { complaintId: d.id } });
    expect((await applyStep(db(), d.id, { to: "substantiated", reason: "Terbukti.", evidence: "Rekaman." }, head, { now: at(3) })).ok).toBe(true);
    expect(await db().notificationOutbox.count({ where: { complaintId: d.id } })).toBe(outboxBefore);
    expect((await reporterData(db(), d.trackingCode, ids.admin))!.contact).toBeNull();
  });

  it("finds nothing for an unknown or malformed tracking code", async () => {
    expect(await findCaseForPrivacy(db(), "AAAA-BBBB-CCCC")).toBeNull();
    expect(await findCaseForPrivacy(db(), "not a code")).toBeNull();
    expect(await reporterData(db(), "AAAA-BBBB-CCCC", ids.admin)).toBeNull();
  });
});
