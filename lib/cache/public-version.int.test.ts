// Every staff write that changes a public page bumps the public data version in its own
// transaction (so every instance's caches see it on the next request); a refused write does
// not; on both databases.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { createUnit, markContactChecked, saveChecklist, setUnitActive, SlugTakenError, updateUnit } from "@/lib/units/manage.server";
import { excludeResponse } from "@/lib/survey/exclusion.server";
import { saveSettings } from "@/lib/scores/settings.server";
import { settingsInput } from "@/lib/scores/settings-schema";
import { DEFAULT_SETTINGS } from "@/lib/scores/compliance";
import { publishPeriod } from "@/lib/scores/read-model.server";
import { bumpPublicVersion, readPublicVersion } from "./public-version.server";

const now = new Date("2026-11-15T03:00:00Z");

describeEachDatabase("public data version", ({ db }) => {
  const demo = useDemo(db, now);

  it("is bumped once by each staff write, and not by a refused one", async () => {
    const type = await db().unitType.findFirstOrThrow({ where: { code: "kelurahan" } });
    const input = {
      name: "Kantor Uji Versi",
      slug: "uji-versi",
      typeId: type.id,
      kecamatanId: null,
      headName: "Kepala Uji",
      headPhone: "+62 812-0000-9990",
      headPhoneCheckedAt: null,
      yearlyServiceVolume: null,
      active: true,
    };
    const response = await db().surveyResponse.findFirstOrThrow({ where: { excluded: false }, orderBy: { id: "desc" } });
    const writes: [string, () => Promise<unknown>][] = [
      ["unit created", () => createUnit(db(), input, demo.adminId)],
      [
        "unit renamed",
        async () =>
          updateUnit(db(), (await db().unit.findUniqueOrThrow({ where: { slug: "uji-versi" } })).id, { ...input, name: "Kantor Uji Versi Baru" }, demo.adminId),
      ],
      ["unit deactivated", async () => setUnitActive(db(), (await db().unit.findUniqueOrThrow({ where: { slug: "uji-versi" } })).id, false, demo.adminId)],
      ["number checked", async () => markContactChecked(db(), (await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } })).id, demo.adminId, now)],
      ["settings", () => saveSettings(db(), settingsInput("2026-Q2", DEFAULT_SETTINGS), demo.adminId)],
      ["checklist", async () => saveChecklist(db(), (await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } })).id, "2026-Q2", {} as never, demo.adminId)],
      ["response excluded", () => excludeResponse(db(), response.id, "test", demo.adminId, {}, now)],
      ["period published", () => publishPeriod(db(), "2026-Q2", demo.adminId, now)],
    ];
    for (const [what, write] of writes) {
      const before = await readPublicVersion(db());
      await write();
      expect(await readPublicVersion(db()), what).toBe(before + 1);
    }
    const before = await readPublicVersion(db());
    await expect(createUnit(db(), input, demo.adminId)).rejects.toBeInstanceOf(SlugTakenError);
    expect(await readPublicVersion(db())).toBe(before);
  });

  it("is not bumped by a transaction that fails after the bump", async () => {
    const before = await readPublicVersion(db());
    await expect(
      db().$transaction(async (tx) => {
        await bumpPublicVersion(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await readPublicVersion(db())).toBe(before);
  });
});
