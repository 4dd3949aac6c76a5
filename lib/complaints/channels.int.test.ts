// Issue 12 against both databases: complaints recorded from other channels (receipt back-dated,
// deadlines from it, the recorder as the first actor, one case per LAPOR! ticket), the reporter's
// verdict (once per answer, within its window; "not satisfied" reopens, the second reopening goes
// to the Inspektorat), possible duplicates closed as such, and every channel counted in the score.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import type { Db } from "@/lib/db/db.server";
import type { RecordedComplaintInput } from "@/lib/complaints/recorded-schema";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { CHANNELS } from "@/lib/complaints/channels";
import { addWorkingDays } from "@/lib/complaints/deadlines";
import { loadNonWorkingDays } from "@/lib/calendar/calendar.server";
import { parsePeriod } from "@/lib/scores/period";
import { unitDirectory } from "@/lib/public/data.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { applyStep } from "./steps.server";
import { notifyOverdueVerifications } from "./overdue.server";
import { closeAsDuplicate } from "./duplicates.server";
import { fileComplaint, recordComplaint } from "./filing.server";
import { getCase } from "./cases.server";
import { getPublicComplaint } from "./tracking.server";
import { publicComplaintJson } from "./json";
import { submitVerdict } from "./verdict.server";
import { complaintCountsByChannel, computeScores } from "@/lib/scores/read-model.server";

process.env.COMPLAINT_RATE_LIMIT = "0";

// Monday 9 November 2026, 10:00 in Bengkulu.
const t0 = new Date("2026-11-09T03:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);

describeEachDatabase("complaints from every channel, and the reporter's verdict", ({ db }) => {
  const ids = { unit: 0, head: 0, inspector: 0, scoreUnit: 0 };
  const scope = () => ({ unitId: ids.unit });
  const head = () => ({ id: ids.head, scope: scope() });
  const recorded = (over: Partial<RecordedComplaintInput> = {}): RecordedComplaintInput => ({
    unit: "uji-saluran",
    channel: "whatsapp",
    receivedAt: at(-3),
    category: "delay",
    description: "Pelapor mengirim WhatsApp: berkasnya belum selesai setelah tiga minggu.",
    occurredOn: "2026-11-02",
    anonymous: false,
    contact: { name: "Wati Rahasia", phone: "0813-7777-0101", email: undefined },
    staffName: undefined,
    room: undefined,
    laporTicket: undefined,
    ...over,
  });
  const record = async (over: Partial<RecordedComplaintInput> = {}, now = t0) => {
    const outcome = await recordComplaint(db(), recorded(over), ids.head, { now });
    if (!outcome.ok) throw new Error(`not recorded: ${outcome.reason}`);
    return outcome;
  };
  const answer = async (id: number, now: Date, to: "action_taken" | "unsubstantiated" = "action_taken") => {
    expect(await applyStep(db(), id, { to: "verifying", reason: "Diperiksa." }, head(), { now })).toMatchObject({ ok: true });
    if (to === "unsubstantiated")
      return expect(
        await applyStep(db(), id, { to, reason: "Tidak terbukti.", evidence: "Catatan loket.", answer: "Tidak terbukti." }, head(), { now }),
      ).toMatchObject({ ok: true });
    expect(await applyStep(db(), id, { to: "substantiated", reason: "Terbukti.", evidence: "Catatan loket." }, head(), { now })).toMatchObject({ ok: true });
    expect(
      await applyStep(db(), id, { to: "action_taken", reason: "Teguran.", action: "advice", severity: "minor", answer: "Berkas selesai hari ini." }, head(), {
        now,
      }),
    ).toMatchObject({ ok: true });
  };

  beforeAll(async () => {
    const d: Db = db();
    const type = await d.unitType.findFirstOrThrow();
    const unit = await d.unit.create({
      data: { slug: "uji-saluran", name: "Unit Uji Saluran", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0100" },
    });
    ids.unit = unit.id;
    ids.head = (
      await d.user.create({ data: { email: "kepala-saluran@uji.example", name: "Kepala Saluran", passwordHash: "x", role: "unit_head", unitId: unit.id } })
    ).id;
    ids.inspector = (
      await d.user.create({ data: { email: "inspektur-saluran@uji.example", name: "Inspektur Saluran", passwordHash: "x", role: "inspector" } })
    ).id;
    ids.scoreUnit = (
      await d.unit.create({
        data: { slug: "uji-saluran-skor", name: "Unit Uji Saluran Skor", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0101" },
      })
    ).id;
  });

  it("records a WhatsApp complaint with a back-dated receipt: deadlines from the receipt, the recorder first in the history", async () => {
    const version = await readPublicVersion(db());
    const { id, trackingCode } = await record();
    // A staff write: the public counts see it on the next request (the cached figures' version moves).
    expect(await readPublicVersion(db())).toBeGreaterThan(version);
    const c = (await getCase(db(), id, scope(), t0))!;
    expect(c).toMatchObject({ channel: "whatsapp", receivedAt: at(-3), status: "received", laporTicket: null });
    expect(c.deadlines.verifyBy).toEqual(addWorkingDays(at(-3), 5, await loadNonWorkingDays(db())));
    expect(c.deadlines.answerBy).toEqual(at(11));
    expect(c.events.map((e) => [e.toStatus, e.actorId, e.createdAt.getTime()])).toEqual([["received", ids.head, t0.getTime()]]);
    expect(await db().complaintReporter.findUnique({ where: { complaintId: id } })).toMatchObject({ phone: "0813-7777-0101" });
    expect(await db().notificationOutbox.count({ where: { complaintId: id, recipient: "kepala-saluran@uji.example" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "complaint.record", entityId: String(id) } })).toBe(1);
    // The public view carries nothing of the reporter, and neither the text nor the recorder.
    const json = JSON.stringify(publicComplaintJson((await getPublicComplaint(db(), trackingCode, t0))!));
    for (const secret of ["Wati", "0813", "7777", "WhatsApp: berkasnya", "Kepala Saluran"]) expect(json).not.toContain(secret);
  });

  it("keeps one case per SP4N-LAPOR! ticket and stores nothing for the second", async () => {
    const first = await record({ channel: "lapor", laporTicket: "LPR-UJI-0001", contact: undefined, anonymous: true });
    const before = await db().complaint.count();
    expect(
      await recordComplaint(db(), recorded({ channel: "lapor", laporTicket: "LPR-UJI-0001", contact: undefined, anonymous: true }), ids.head, { now: t0 }),
    ).toEqual({ ok: false, reason: "lapor_ticket_taken", id: first.id });
    expect(await db().complaint.count()).toBe(before);
  });

  it("refuses a verdict before an answer, takes one within the window, refuses a second on the same answer", async () => {
    const { id, trackingCode } = await record({ contact: { name: undefined, phone: "081377770202" } });
    expect(await submitVerdict(db(), trackingCode, { satisfied: true }, { now: t0 })).toEqual({ ok: false, error: "notAnswered" });
    await answer(id, at(1));
    expect(await applyStep(db(), id, { to: "closed", reason: "Selesai." }, head(), { now: at(2) })).toMatchObject({ ok: true });
    expect((await getPublicComplaint(db(), trackingCode, at(3)))!.verdict).toMatchObject({ open: true, deadline: at(15) });
    expect(await submitVerdict(db(), trackingCode, { satisfied: true }, { now: at(3) })).toEqual({ ok: true, reopened: false, inspectorate: false });
    const count = await db().complaintVerdict.count();
    expect(await submitVerdict(db(), trackingCode, { satisfied: false, reason: "Berubah pikiran." }, { now: at(4) })).toEqual({
      ok: false,
      error: "alreadyJudged",
    });
    expect(await db().complaintVerdict.count()).toBe(count);
    expect((await db().complaint.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
  });

  it("refuses a verdict after the window and changes nothing", async () => {
    const { id, trackingCode } = await record({ contact: { name: undefined, phone: "081377770303" } });
    await answer(id, at(1), "unsubstantiated");
    const before = await db().complaint.findUniqueOrThrow({ where: { id } });
    expect(await submitVerdict(db(), trackingCode, { satisfied: false, reason: "Terlambat." }, { now: at(16) })).toEqual({ ok: false, error: "windowClosed" });
    expect(await db().complaint.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db().complaintVerdict.count({ where: { complaintId: id } })).toBe(0);
  });

  it("reopens a closed case on 'not satisfied' with new deadlines; the second reopening goes to the Inspektorat", async () => {
    const { id, trackingCode } = await record({ contact: { name: undefined, phone: "081377770404" } });
    await answer(id, at(1));
    await applyStep(db(), id, { to: "closed", reason: "Selesai." }, head(), { now: at(2) });
    expect(await submitVerdict(db(), trackingCode, { satisfied: false, reason: "ALASAN-PELAPOR-RAHASIA berkas masih hilang." }, { now: at(5) })).toEqual({
      ok: true,
      reopened: true,
      inspectorate: false,
    });
    let c = (await getCase(db(), id, scope(), at(5)))!;
    expect(c).toMatchObject({
      status: "verifying",
      reopenCount: 1,
      reopenedAt: at(5),
      verifiedAt: null,
      answeredAt: null,
      closedAt: null,
      publicAnswer: null,
      inspectorateAt: null,
    });
    expect(c.deadlines.answerBy).toEqual(at(19));
    expect(c.events.at(-1)).toMatchObject({ fromStatus: "closed", toStatus: "verifying", actorId: null });
    expect(c.events.at(-1)!.reason).toContain("berkas masih hilang");
    expect(
      await db().notificationOutbox.count({ where: { complaintId: id, recipient: "kepala-saluran@uji.example", subject: { contains: "dibuka kembali" } } }),
    ).toBe(1);
    // The reason never reaches the public view.
    const pub = (await getPublicComplaint(db(), trackingCode, at(5)))!;
    expect(JSON.stringify(publicComplaintJson(pub))).not.toContain("ALASAN-PELAPOR-RAHASIA");
    expect(pub.verdict.open).toBe(false);

    // A new answer, judged again: the second reopening also assigns the case to the Inspektorat.
    await applyStep(db(), id, { to: "unsubstantiated", reason: "Tidak terbukti.", evidence: "Arsip.", answer: "Berkas ada di arsip." }, head(), {
      now: at(6),
    });
    expect(await submitVerdict(db(), trackingCode, { satisfied: false, reason: "Tetap hilang." }, { now: at(7) })).toEqual({
      ok: true,
      reopened: true,
      inspectorate: true,
    });
    c = (await getCase(db(), id, scope(), at(7)))!;
    expect(c).toMatchObject({ status: "verifying", reopenCount: 2, inspectorateAt: at(7) });
    expect(await db().notificationOutbox.count({ where: { complaintId: id, recipient: "inspektur-saluran@uji.example" } })).toBe(1);
    // The reporter may judge the next answer too.
    await applyStep(
      db(),
      id,
      { to: "substantiated", reason: "Terbukti.", evidence: "Saksi." },
      { id: ids.inspector, scope: {}, role: "inspector" },
      { now: at(8) },
    );
    await applyStep(
      db(),
      id,
      { to: "action_taken", reason: "Teguran.", action: "written_reprimand", severity: "moderate", answer: "Petugas ditegur tertulis." },
      { id: ids.inspector, scope: {}, role: "inspector" },
      { now: at(8) },
    );
    expect(await submitVerdict(db(), trackingCode, { satisfied: true }, { now: at(9) })).toEqual({ ok: true, reopened: false, inspectorate: false });
    expect((await db().complaintVerdict.findMany({ where: { complaintId: id }, orderBy: { round: "asc" } })).map((v) => [v.round, v.satisfied])).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
  });

  it("flags a duplicate recorded twice on both cases, closes it as a duplicate, and leaves it out of the counts", async () => {
    const first = await record({ channel: "phone", receivedAt: at(-2), contact: { name: undefined, phone: "0813 7777 0505" } });
    const second = await record({ channel: "whatsapp", receivedAt: at(-1), contact: { name: undefined, phone: "+62 813-7777-0505" } });
    const far = await record({ channel: "phone", receivedAt: at(-10), contact: { name: undefined, phone: "081377770505" } });
    expect((await getCase(db(), first.id, scope(), t0))!.possibleDuplicates.map((d) => d.id)).toEqual([second.id]);
    expect((await getCase(db(), second.id, scope(), t0))!.possibleDuplicates.map((d) => d.id)).toEqual([first.id]);
    expect((await getCase(db(), far.id, scope(), t0))!.possibleDuplicates).toEqual([]);
    // Not a duplicate: refused, nothing written.
    expect(await closeAsDuplicate(db(), second.id, far.id, "Sama.", head(), { now: t0 })).toEqual({ ok: false, error: "notDuplicate" });
    expect(await closeAsDuplicate(db(), second.id, first.id, " ", head(), { now: t0 })).toEqual({ ok: false, error: "reasonRequired" });
    // Another unit's head cannot reach it.
    expect(await closeAsDuplicate(db(), second.id, first.id, "Sama.", { id: ids.head, scope: { unitId: ids.scoreUnit } }, { now: t0 })).toEqual({
      ok: false,
      error: "notFound",
    });
    const period = parsePeriod("2026-Q4")!;
    const countsBefore = (await complaintCountsByChannel(db(), "2026-Q4", ids.unit)).get(ids.unit)!;
    // The unit's figures ten days on, when the duplicate is unverified past its deadline: while it
    // counts it drags the verification share down; closed as a duplicate it leaves the score.
    const later = async () => (await computeScores(db(), period, at(10))).units.find((u) => u.slug === "uji-saluran")!;
    const scoreBefore = await later();
    expect(scoreBefore.complaintHandling).not.toBeNull();
    expect(await closeAsDuplicate(db(), second.id, first.id, "Pelapor yang sama.", head(), { now: t0 })).toEqual({ ok: true });
    const scoreAfter = await later();
    expect(scoreAfter.complaints.received).toBe(scoreBefore.complaints.received - 1);
    expect(scoreAfter.complaintHandling!).toBeGreaterThan(scoreBefore.complaintHandling!);
    const c = (await getCase(db(), second.id, scope(), t0))!;
    expect(c).toMatchObject({ status: "rejected", duplicateOfId: first.id, duplicateOf: { trackingCode: first.trackingCode } });
    expect(c.events.at(-1)).toMatchObject({ toStatus: "rejected", actorId: ids.head });
    expect(c.publicAnswer).toContain(first.trackingCode);
    const countsAfter = (await complaintCountsByChannel(db(), "2026-Q4", ids.unit)).get(ids.unit)!;
    expect(countsAfter.whatsapp).toBe(countsBefore.whatsapp - 1);
    const unitRow = (await computeScores(db(), period, t0)).units.find((u) => u.slug === "uji-saluran")!;
    expect(unitRow.complaints.byChannel).toEqual(countsAfter);
  });

  it("counts a case of every channel in the unit's complaint-handling score", async () => {
    const d = db();
    const created: number[] = [];
    for (const channel of CHANNELS) {
      if (channel === "web" || channel === "api") {
        const input: ComplaintInput = {
          unit: "uji-saluran-skor",
          category: "other",
          description: "Antrean tidak bergerak selama dua jam penuh.",
          occurredOn: "2026-11-01",
          anonymous: true,
          contact: undefined,
          staffName: undefined,
          room: undefined,
        };
        const outcome = await fileComplaint(d, input, { clientKey: "test", now: at(-5), channel });
        if (!outcome.ok) throw new Error(outcome.reason);
        created.push(outcome.id);
      } else {
        const outcome = await recordComplaint(
          d,
          recorded({
            unit: "uji-saluran-skor",
            channel,
            receivedAt: at(-5),
            anonymous: true,
            contact: undefined,
            laporTicket: channel === "lapor" ? "LPR-UJI-SKOR" : undefined,
          }),
          ids.head,
          { now: at(-5) },
        );
        if (!outcome.ok) throw new Error(outcome.reason);
        created.push(outcome.id);
      }
    }
    const period = parsePeriod("2026-Q4")!;
    // All seven unverified past the verification deadline: each one counts against the unit.
    let row = (await computeScores(d, period, at(3))).units.find((u) => u.slug === "uji-saluran-skor")!;
    expect(row.complaints.received).toBe(7);
    expect(row.complaints.byChannel).toEqual({ web: 1, api: 1, phone: 1, whatsapp: 1, in_person: 1, letter: 1, lapor: 1 });
    expect(row.complaintHandling).toBe(0);
    // Verify each of them on time in turn: every channel moves the score.
    for (const [i, id] of created.entries()) {
      await d.complaint.update({ where: { id }, data: { verifiedAt: at(-4) } });
      row = (await computeScores(d, period, at(3))).units.find((u) => u.slug === "uji-saluran-skor")!;
      expect(row.complaintHandling).toBeCloseTo(((i + 1) / 7) * 100, 9);
    }
    expect((await complaintCountsByChannel(d, "2026-Q4")).get(ids.scoreUnit)).toEqual(row.complaints.byChannel);
  });

  it("tells the escalation contact and the secretariat of a case unverified past its deadline, once", async () => {
    const d = db();
    await d.unit.update({
      where: { id: ids.unit },
      data: { escalationName: "Wakil Wali Kota", escalationTitle: "Wakil Wali Kota Bengkulu", escalationPhone: "+62 812-0000-0999" },
    });
    const admin = await d.user.create({ data: { email: "sekretariat-saluran@uji.example", name: "Sekretariat Uji", passwordHash: "x", role: "admin" } });
    const { id } = await record({ channel: "phone", receivedAt: at(-1), contact: { name: undefined, phone: "081377770909" } }, at(-1));
    const outbox = () =>
      d.notificationOutbox.findMany({ where: { complaintId: id, subject: { contains: "belum diverifikasi" } }, select: { channel: true, recipient: true } });
    // Within the deadline (5 working days from Sunday the 8th: Friday the 13th, 10:00): nothing.
    await notifyOverdueVerifications(d, { now: at(3.9) });
    expect(await outbox()).toEqual([]);
    // Past it: the escalation line by phone and the secretariat by email, once however often it runs.
    await notifyOverdueVerifications(d, { now: at(7) });
    await notifyOverdueVerifications(d, { now: at(8) });
    const sent = await outbox();
    expect(sent).toContainEqual({ channel: "phone", recipient: "+62 812-0000-0999" });
    expect(sent).toContainEqual({ channel: "email", recipient: admin.email });
    expect(sent.filter((m) => m.recipient === "+62 812-0000-0999")).toHaveLength(1);
    // A verified case is never reported.
    const verified = await record({ channel: "phone", receivedAt: at(-1), contact: { name: undefined, phone: "081377771010" } }, at(-1));
    await applyStep(d, verified.id, { to: "verifying", reason: "Diperiksa." }, head(), { now: at(0) });
    await applyStep(d, verified.id, { to: "unsubstantiated", reason: "Tidak.", evidence: "Arsip.", answer: "Tidak terbukti." }, head(), { now: at(1) });
    await notifyOverdueVerifications(d, { now: at(9) });
    expect(await d.notificationOutbox.count({ where: { complaintId: verified.id, subject: { contains: "belum diverifikasi" } } })).toBe(0);
    // The escalation line is public: in the directory, with this quarter's counts by channel.
    const entry = (await unitDirectory(d, t0)).find((u) => u.slug === "uji-saluran")!;
    expect(entry.escalation).toEqual({ name: "Wakil Wali Kota", title: "Wakil Wali Kota Bengkulu", phone: "+62 812-0000-0999" });
    expect(entry.complaints.period).toBe("2026-Q4");
    expect(entry.complaints.total).toBe(Object.values(entry.complaints.byChannel).reduce((a, b) => a + b, 0));
    expect(JSON.stringify(entry)).not.toContain("0813777");
  });
});
