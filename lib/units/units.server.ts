// Read queries about service units.
import { db } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";

/** Active units with their type and kecamatan, ordered by type then name. O(units). */
export async function listActiveUnits() {
  return db.unit.findMany({
    where: { active: true },
    select: {
      id: true,
      slug: true,
      name: true,
      type: { select: { code: true, nameId: true, nameEn: true } },
      kecamatan: { select: { slug: true, name: true } },
    },
    orderBy: [{ typeId: "asc" }, { name: "asc" }],
  });
}

export type SurveyUnit = { id: number; slug: string; name: string };

/**
 * An active unit by slug, for the survey page and every submission: the hottest read of the
 * product. All active units (O(units), a few KB) are held per process under the public data
 * version (public-version.server.ts): a unit created, renamed or deactivated in the workspace
 * bumps it, so its survey answers (or 404s) on the next request on every instance; an unknown
 * slug never reaches the database otherwise.
 */
export async function getActiveUnitBySlug(slug: string, version?: number): Promise<SurveyUnit | null> {
  return (await activeUnits.get("all", version ?? (await readPublicVersion()), loadActiveUnits)).get(slug) ?? null;
}

const activeUnits = new VersionedCache<Map<string, SurveyUnit>>(1);

async function loadActiveUnits(): Promise<Map<string, SurveyUnit>> {
  const rows = await db.unit.findMany({ where: { active: true }, select: { id: true, slug: true, name: true } });
  return new Map(rows.map((u) => [u.slug, u]));
}
