// Cached reads of the scores for the public pages and the API. The figures are computed from
// aggregates (O(units x months)); the cache makes a burst of visitors cost nothing more. Entries
// belong to the public data version (public-version.server.ts) and live PUBLIC_CACHE_SECONDS
// (default 30 s): a staff write shows on the next request on every instance, citizens' new
// answers within that time. Pass the version when the caller has read it already.
import { db } from "@/lib/db.server";
import { readPublicVersion } from "./public-version.server";
import { cityTrend, scoresFor, type ScoresReport, type TrendPoint } from "./scores.server";
import { VersionedCache } from "./versioned-cache.server";

const scores = new VersionedCache<ScoresReport>(200);
const trends = new VersionedCache<TrendPoint[]>(1);

export async function getScores(period: string, version?: number): Promise<ScoresReport> {
  return scores.get(period, version ?? (await readPublicVersion()), () => scoresFor(db, period));
}

export async function getCityTrend(version?: number): Promise<TrendPoint[]> {
  return trends.get("city", version ?? (await readPublicVersion()), () => cityTrend(db));
}

/**
 * Drops this instance's cached figures. Not needed after a staff write that bumps the version
 * (every instance then recomputes); kept for callers that predate the version.
 */
export function revalidatePublicData() {
  scores.clear();
  trends.clear();
}
