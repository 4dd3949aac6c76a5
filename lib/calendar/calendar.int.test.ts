// The non-working days on both databases: the migration's 2025-2027 days are there, the
// secretariat's edits are saved, replaced, removed and audited, and the complaint settings carry
// them into the deadlines.
import { afterEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { deadlineState } from "@/lib/complaints/lifecycle";
import { settingsAt } from "@/lib/complaints/queries.server";
import { deleteNonWorkingDay, listNonWorkingDays, loadNonWorkingDays, saveNonWorkingDay } from "./calendar.server";

const DAY = "2031-01-02";

describeEachDatabase("non-working days", ({ db }) => {
  afterEach(async () => {
    await db().nonWorkingDay.deleteMany({ where: { day: DAY } });
    await db().auditLog.deleteMany({ where: { entity: "nonWorkingDay", entityId: DAY } });
  });

  it("comes with the 2026 decree's Lebaran days, which move a verification deadline", async () => {
    const days = await loadNonWorkingDays(db());
    for (const d of ["2026-03-20", "2026-03-23", "2026-03-24", "2025-04-07", "2027-08-17"]) expect(days.has(d), d).toBe(true);
    const now = new Date("2026-03-13T03:00:00Z");
    const settings = await settingsAt(db(), now);
    const c = { status: "received" as const, receivedAt: now, verifiedAt: null, answeredAt: null, closedAt: null };
    expect(deadlineState(c, settings, now).deadlines.verifyBy.toISOString()).toBe("2026-03-27T03:00:00.000Z");
    expect(deadlineState(c, settings, new Date("2026-03-26T03:00:00Z")).overdue).toEqual([]); // no longer overdue on the 20th
  });

  it("saves, replaces and removes a day, audited", async () => {
    await saveNonWorkingDay(db(), { day: DAY, nameId: "Libur uji", nameEn: "Test holiday", kind: "holiday", confirmed: false }, null);
    await saveNonWorkingDay(db(), { day: DAY, nameId: "Cuti uji", nameEn: "Test leave", kind: "cuti_bersama", confirmed: true }, null);
    expect(await listNonWorkingDays(db(), 2031)).toMatchObject([{ day: DAY, nameId: "Cuti uji", kind: "cuti_bersama", confirmed: true }]);
    expect((await loadNonWorkingDays(db())).has(DAY)).toBe(true);
    expect(await deleteNonWorkingDay(db(), DAY, null)).toBe(true);
    expect(await deleteNonWorkingDay(db(), DAY, null)).toBe(false);
    expect(await listNonWorkingDays(db(), 2031)).toEqual([]);
    const audit = await db().auditLog.findMany({ where: { entity: "nonWorkingDay", entityId: DAY }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["calendar.create", "calendar.update", "calendar.delete"]);
  });
});
