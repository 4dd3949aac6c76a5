// How a unit's (or the city's) answers of a period were collected: the survey page, a kiosk at
// the counter, or the API. Counted from the responses themselves (index on unit and time), left
// out like everything excluded or held; the public unit page reads it through a cache.
import { db, type Db } from "@/lib/db/db.server";
import { boundsOf, type Period } from "@/lib/scores/period";
import { COUNTED_RESPONSES } from "./counted";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";

export type ChannelCounts = { web: number; kiosk: number; api: number };

export async function channelCounts(client: Db, period: Period, unit: { unitId?: number; slug?: string } = {}): Promise<ChannelCounts> {
  const { start, end } = boundsOf(period);
  const groups = await client.surveyResponse.groupBy({
    by: ["channel"],
    where: {
      ...COUNTED_RESPONSES,
      submittedAt: { gte: start, lt: end },
      ...(unit.unitId === undefined ? {} : { unitId: unit.unitId }),
      ...(unit.slug === undefined ? {} : { unit: { slug: unit.slug } }),
    },
    _count: { _all: true },
  });
  const counts: ChannelCounts = { web: 0, kiosk: 0, api: 0 };
  for (const g of groups) counts[g.channel] = g._count._all;
  return counts;
}

const unitChannels = new VersionedCache<ChannelCounts>(500);

/** For public pages: cached per instance like the other public figures (versioned-cache.server.ts). */
export async function getUnitChannels(period: Period, slug: string, version?: number): Promise<ChannelCounts> {
  return unitChannels.get(`${period.key} ${slug}`, version ?? (await readPublicVersion()), () => channelCounts(db, period, { slug }));
}

/**
 * For the workspace's dashboard: the city's counts, cached the same way (issue 28). Counting a
 * quarter's answers by channel reads every answer of the quarter (400 ms at 2,000,000 a year);
 * cached per public data version and PUBLIC_CACHE_SECONDS, it costs that once per lifetime, and an
 * exclusion or release (which bump the version) shows on the next request.
 */
export async function getCityChannels(period: Period, version?: number): Promise<ChannelCounts> {
  return unitChannels.get(`${period.key} (city)`, version ?? (await readPublicVersion()), () => channelCounts(db, period));
}
