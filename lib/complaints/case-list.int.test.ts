// The desk's case list on both databases: every case of the scope reachable page by page, the
// search by code, phone in any spelling, email and words, and each filter in the query's where.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import type { Db } from "@/lib/db/db.server";
import type { ComplaintInput } from "@/lib/complaints/schema";
import { parseCaseQuery } from "./case-query";
import { findCases } from "./case-list.server";
import { REACHED_UNIT } from "./reached";
import { fileComplaint } from "./filing.server";
import { applyStep } from "./steps.server";

process.env.COMPLAINT_RATE_LIMIT = "0";

// Monday 2 November 2026, 10:00 in Bengkulu.
const t0 = new Date("2026-11-02T03:00:00Z");
const day = 86_400_000;
const at = (days: number) => new Date(t0.getTime() + days * day);

describeEachDatabase("the desk's case list", ({ db, provider }) => {
  const ids = { unitA: 0, unitB: 0, headA: 0 };
  const codes: string[] = [];
  const input = (i: number, over: Partial<ComplaintInput> = {}): ComplaintInput => ({
    unit: i % 3 === 0 ? "uji-cari-b" : "uji-cari-a",
    category: "delay",
    description: i === 7 ? "Berkas RUJUKAN saya hilang di loket tujuh." : `Antrean loket ${i} lama sekali tanpa penjelasan petugas.`,
    occurredOn: "2026-11-01",
    anonymous: false,
    contact: {
      name: undefined,
      phone: i === 7 ? "+62 812-7777-3101" : `0813${String(1000000 + i)}`,
      email: i === 8 ? "Pelapor.Delapan@example.org" : undefined,
    },
    staffName: undefined,
    room: undefined,
    ...over,
  });
  const find = (params: Record<string, string>, scope: { unitId?: number } = {}, options: { inspector?: boolean } = {}) =>
    findCases(db(), scope, parseCaseQuery(params, options), { now: at(20), provider, pageSize: 4 });

  beforeAll(async () => {
    const d: Db = db();
    const type = await d.unitType.findFirstOrThrow();
    for (const key of ["a", "b"] as const) {
      const unit = await d.unit.create({
        data: { slug: `uji-cari-${key}`, name: `Unit Cari ${key.toUpperCase()}`, typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0000" },
      });
      if (key === "a") ids.unitA = unit.id;
      else ids.unitB = unit.id;
    }
    ids.headA = (
      await d.user.create({ data: { email: "kepala-cari@uji.example", name: "Kepala Cari", passwordHash: "x", role: "unit_head", unitId: ids.unitA } })
    ).id;
    for (let i = 0; i < 12; i++) {
      const outcome = await fileComplaint(d, input(i), { clientKey: "test", now: at(i / 2) });
      if (!outcome.ok) throw new Error(outcome.reason);
      codes.push(outcome.trackingCode);
    }
  });

  const inUnits = { unitId: undefined } as { unitId?: number };
  const ours = <R extends { unit: { slug: string } }>(rows: R[]) => rows.filter((r) => r.unit.slug.startsWith("uji-cari-"));

  it("keeps the plain list's count per public data version, exact as citizens file, and never a search's", async () => {
    const d: Db = db();
    const type = await d.unitType.findFirstOrThrow();
    const unit = await d.unit.create({
      data: { slug: "uji-cari-c", name: "Unit Cari C", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0000" },
    });
    const scopeC = { unitId: unit.id, ...REACHED_UNIT };
    const file = async (description: string) => {
      const outcome = await fileComplaint(d, input(1, { unit: "uji-cari-c", description }), { clientKey: "test", now: at(9) });
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome.id;
    };
    // Versions of this test only: the kept counts belong to the process, shared by both databases here.
    const version = 1_000_000 + Math.floor(Math.random() * 1_000_000);
    const list = (params: Record<string, string>, v: number) =>
      findCases(d, scopeC, parseCaseQuery(params), { now: at(20), provider, pageSize: 4, version: v });
    const first = await file("Antrean loket pertama lama sekali.");
    expect((await list({}, version)).total).toBe(1);
    // A citizen's filing bumps no version: the cases after the kept count are counted on each request.
    await file("Kasus tambahan untuk hitungan yang disimpan.");
    expect((await list({}, version)).total).toBe(2);
    // A change that is not a filing is a staff write, which bumps the version: until then the kept part stands.
    await d.complaint.update({ where: { id: first }, data: { heldAt: at(9) } });
    expect((await list({}, version)).total).toBe(2);
    expect((await list({}, version + 1)).total).toBe(1);
    expect((await list({ q: "tambahan" }, version)).total).toBe(1); // a search counts every time
    expect((await list({ q: "loket" }, version)).total).toBe(0);
  });

  it("reaches every case of the scope page by page, the count the same as the cases", async () => {
    const scopeA = { unitId: ids.unitA };
    const all = await db().complaint.count({ where: scopeA });
    const first = await find({}, scopeA);
    expect(first.total).toBe(all);
    const seen = new Set<number>();
    for (let page = 1; page <= first.pages; page++) for (const r of (await find({ page: String(page) }, scopeA)).rows) seen.add(r.id);
    expect(seen.size).toBe(all);
    // A page past the last shows the last.
    expect((await find({ page: "999" }, scopeA)).page).toBe(first.pages);
    // The default order: the earliest deadline first.
    expect(first.rows.map((r) => r.receivedAt.getTime())).toEqual([...first.rows.map((r) => r.receivedAt.getTime())].sort((a, b) => a - b));
  });

  it("finds a case by its code, by the phone in any spelling, by email and by words", async () => {
    for (const q of [codes[7], codes[7].toLowerCase().replace(/-/g, " "), "081277773101", "+62 812-7777-3101", "0812 7777 3101", "rujukan loket"]) {
      const found = await find({ q }, inUnits);
      expect(
        found.rows.map((r) => r.trackingCode),
        q,
      ).toEqual([codes[7]]);
    }
    expect((await find({ q: "Pelapor.Delapan@example.org" })).rows.map((r) => r.trackingCode)).toEqual([codes[8]]);
    expect((await find({ q: "tidak-ada-kata-ini" })).total).toBe(0);
  });

  it("never finds another unit's case for a unit head, whatever the search", async () => {
    // Case 9 is unit B's.
    expect((await find({ q: codes[9] }, { unitId: ids.unitA })).total).toBe(0);
    expect((await find({ q: "08131000009" }, { unitId: ids.unitA })).total).toBe(0);
    expect((await find({ q: "08131000009" }, { unitId: ids.unitB })).total).toBe(1);
  });

  it("filters by unit, status, channel, overdue stage, the Inspektorat, reopened and date received", async () => {
    expect(ours((await find({ unit: "uji-cari-b" })).rows).every((r) => r.unit.slug === "uji-cari-b")).toBe(true);
    expect((await find({ unit: "uji-cari-b" })).total).toBe(4);
    await applyStep(
      db(),
      (await find({ q: codes[1] })).rows[0].id,
      { to: "verifying", reason: "periksa" },
      { id: ids.headA, scope: { unitId: ids.unitA } },
      { now: at(1) },
    );
    const verifying = await find({ status: "verifying", unit: "uji-cari-a" });
    expect(verifying.rows.map((r) => r.trackingCode)).toEqual([codes[1]]);
    expect((await find({ channel: "phone", unit: "uji-cari-a" })).total).toBe(0);
    expect((await find({ channel: "web", unit: "uji-cari-a" })).total).toBe(8);
    // At day 20 every case is past its 5 working days and 14 days: overdue to verify (but the
    // verifying one too), to answer, not yet to close (30 days).
    expect((await find({ overdue: "verify", unit: "uji-cari-a" })).total).toBe(8);
    expect((await find({ overdue: "answer", unit: "uji-cari-a" })).total).toBe(8);
    expect((await find({ overdue: "close", unit: "uji-cari-a" })).total).toBe(0);
    expect((await find({ overdue: "1", status: "open", unit: "uji-cari-a" })).total).toBe(8); // the old link: any stage
    const id = (await find({ q: codes[2] })).rows[0].id;
    await db().complaint.update({ where: { id }, data: { inspectorateAt: at(3), reopenCount: 2, reopenedAt: at(3) } });
    // (Filtered to this file's unit: other suites' cases share the database.)
    expect((await find({ inspektorat: "ya", unit: "uji-cari-a" })).rows.map((r) => r.trackingCode)).toEqual([codes[2]]);
    expect((await find({ inspektorat: "tidak", unit: "uji-cari-a" })).total).toBe(7);
    expect((await find({ reopened: "1", unit: "uji-cari-a" })).rows.map((r) => r.trackingCode)).toEqual([codes[2]]);
    // The inspector's list opens on the Inspektorat's cases.
    expect((await find({ unit: "uji-cari-a" }, {}, { inspector: true })).rows.map((r) => r.trackingCode)).toEqual([codes[2]]);
    expect((await find({ inspektorat: "semua" }, {}, { inspector: true })).total).toBeGreaterThan(1);
    // Received on 2 November (city day): cases 0 and 1 (at 0 and 0.5 days, 10:00 and 22:00 WIB).
    expect((await find({ from: "2026-11-02", to: "2026-11-02", unit: "uji-cari-b" })).rows.map((r) => r.trackingCode)).toEqual([codes[0]]);
    expect((await find({ from: "2026-11-02", to: "2026-11-02", unit: "uji-cari-a" })).rows.map((r) => r.trackingCode)).toEqual([codes[1]]);
    expect((await find({ from: "2026-11-03", unit: "uji-cari-a" })).total).toBe(7);
  });

  it("counts a search or a filter up to its bound, and still pages on past it", async () => {
    const bounded = (params: Record<string, string>) =>
      findCases(db(), { unitId: ids.unitA }, parseCaseQuery(params), { now: at(20), provider, pageSize: 2, countBound: 3 });
    // Unit A holds 8 of the 12 cases, each described "Antrean loket …" but case 7.
    const first = await bounded({ q: "antrean" });
    expect(first).toMatchObject({ bounded: true, total: 3 });
    const seen = new Set<number>();
    for (let page = 1; ; page++) {
      const p = await bounded({ q: "antrean", page: String(page) });
      p.rows.forEach((r) => seen.add(r.id));
      if (p.rows.length < 2) break;
    }
    expect(seen.size).toBe(7);
    // Under the bound the count is exact; the plain list of the scope is never bounded.
    expect(await bounded({ q: "rujukan" })).toMatchObject({ bounded: false, total: 1 });
    expect(await bounded({})).toMatchObject({ bounded: false, total: 8 });
  });
});
