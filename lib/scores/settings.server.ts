// Saving the scoring settings of a scope (the default or a period), audited and making the public
// figures fresh. Reading them is lib/scores/read-model.server.ts (settingsFor).
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import type { SettingsInput } from "./settings-schema";

export async function saveSettings(db: Db, input: SettingsInput, actorId: number | null) {
  const { scope, ...values } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.scoringSettings.findUnique({ where: { scope } });
    const after = await tx.scoringSettings.upsert({
      where: { scope },
      create: { scope, ...values, updatedById: actorId },
      update: { ...values, updatedById: actorId },
    });
    await recordAudit(tx, { actorId, action: "settings.update", entity: "settings", entityId: scope, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}
