// Read queries about service units.
import { db } from "@/lib/db.server";

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
 * product. All active units (O(units), a few KB) are held per process for PUBLIC_CACHE_SECONDS,
 * so a submission costs no read and an unknown slug never reaches the database; a unit edit or
 * deactivation is seen within that time on every instance. (A plain map rather than
 * unstable_cache: the framework's cache costs more per call than this whole lookup.)
 */
export async function getActiveUnitBySlug(slug: string): Promise<SurveyUnit | null> {
  return (await activeUnitsBySlug()).get(slug) ?? null;
}

const unitCacheMs = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30) * 1000;
let unitCache: { loadedAt: number; units: Promise<Map<string, SurveyUnit>> } | null = null;

function activeUnitsBySlug(): Promise<Map<string, SurveyUnit>> {
  if (!unitCache || Date.now() - unitCache.loadedAt > unitCacheMs) {
    const units = db.unit
      .findMany({ where: { active: true }, select: { id: true, slug: true, name: true } })
      .then((rows) => new Map(rows.map((u) => [u.slug, u])));
    unitCache = { loadedAt: Date.now(), units };
    units.catch(() => (unitCache = null)); // a failed load is retried by the next request
  }
  return unitCache.units;
}
