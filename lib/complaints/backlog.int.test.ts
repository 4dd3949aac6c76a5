// The dashboard's complaint backlog on both databases: a reopened case's deadlines run from the
// reopening (as the desk's), not from its first receipt; a held case is not the unit's backlog.
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { complaintBacklog } from "./backlog.server";
import { backfillNextDue } from "./next-due.server";

const now = new Date("2026-11-20T03:00:00Z");
const day = 86_400_000;

describeEachDatabase("complaint backlog", ({ db, provider }) => {
  let unitId = 0;
  beforeAll(async () => {
    const d = db();
    const type = await d.unitType.findFirstOrThrow();
    unitId = (
      await d.unit.create({
        data: { slug: `uji-backlog-${provider}`, name: "Unit Uji Backlog", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0303" },
      })
    ).id;
    const base = { unitId, category: "delay" as const, description: "Antrean lama sekali di loket pendaftaran.", channel: "web" as const };
    // Received 40 days ago, reopened yesterday by the reporter: back at verifying, nothing late yet.
    await d.complaint.create({
      data: {
        ...base,
        trackingCode: `BKLG-RE${provider === "sqlite" ? "SQ" : "PG"}-2222`,
        status: "verifying",
        receivedAt: new Date(now.getTime() - 40 * day),
        reopenedAt: new Date(now.getTime() - day),
        reopenCount: 1,
      },
    });
    // Received 40 days ago, never verified: late.
    await d.complaint.create({
      data: { ...base, trackingCode: `BKLG-OL${provider === "sqlite" ? "SQ" : "PG"}-3333`, status: "received", receivedAt: new Date(now.getTime() - 40 * day) },
    });
    // Held for review 40 days ago: not the unit's.
    await d.complaint.create({
      data: {
        ...base,
        trackingCode: `BKLG-HE${provider === "sqlite" ? "SQ" : "PG"}-4444`,
        status: "held",
        receivedAt: new Date(now.getTime() - 40 * day),
        heldAt: new Date(now.getTime() - 40 * day),
      },
    });
    // Rows written by hand, as the rows older than the column: their next deadlines as the app keeps them.
    await backfillNextDue(d, { now });
  });

  it("counts a reopened case's deadlines from the reopening and leaves held cases out", async () => {
    expect(await complaintBacklog(db(), { unitId }, now)).toMatchObject({ open: 2, overdue: 1 });
  });

  it("leaves a held case alone when the backfill recomputes every open case: it owes nothing until released", async () => {
    const where = { trackingCode: `BKLG-HE${provider === "sqlite" ? "SQ" : "PG"}-4444` };
    const select = { nextDueAt: true, updatedAt: true };
    const before = await db().complaint.findUniqueOrThrow({ where, select });
    await backfillNextDue(db(), { now, all: true });
    expect(await db().complaint.findUniqueOrThrow({ where, select })).toEqual({ nextDueAt: null, updatedAt: before.updatedAt });
  });
});
