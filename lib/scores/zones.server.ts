// Zone schemes as stored rows (issue 27): the built-in Ombudsman schemes (lib/scores/zones.ts),
// each replaceable by a row of the same key, and the schemes the secretariat added. Saving one is
// audited and makes the public figures fresh.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME_KEY, type Band, type ZoneScheme } from "./zones";

type SchemeRow = { key: string; nameId: string; nameEn: string; source: string; bands: unknown };

function fromRow(row: SchemeRow): ZoneScheme {
  return { key: row.key, name: { id: row.nameId, en: row.nameEn }, source: row.source, bands: row.bands as Band[] };
}

/** Every scheme on offer: the stored rows, and the built-ins no row replaces. */
export async function listSchemes(db: Db): Promise<ZoneScheme[]> {
  const rows = (await db.zoneScheme.findMany({ orderBy: { key: "asc" } })).map(fromRow);
  return [...BUILT_IN_SCHEMES.filter((b) => !rows.some((r) => r.key === b.key)), ...rows];
}

/** The scheme of a key: its row, else the built-in one, else (a key since removed) the default. */
export async function schemeByKey(db: Db, key: string): Promise<ZoneScheme> {
  const row = await db.zoneScheme.findUnique({ where: { key } });
  if (row) return fromRow(row);
  return BUILT_IN_SCHEMES.find((b) => b.key === key) ?? BUILT_IN_SCHEMES.find((b) => b.key === DEFAULT_SCHEME_KEY)!;
}

export async function saveScheme(db: Db, scheme: ZoneScheme, actorId: number | null) {
  const data = { nameId: scheme.name.id, nameEn: scheme.name.en, source: scheme.source, bands: scheme.bands as never, updatedById: actorId };
  return db.$transaction(async (tx) => {
    const before = await tx.zoneScheme.findUnique({ where: { key: scheme.key } });
    const after = await tx.zoneScheme.upsert({ where: { key: scheme.key }, create: { key: scheme.key, ...data }, update: data });
    await recordAudit(tx, { actorId, action: "zoneScheme.save", entity: "zoneScheme", entityId: scheme.key, before, after });
    await bumpPublicVersion(tx);
    return after;
  });
}
