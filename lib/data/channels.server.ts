// How a unit's (or the city's) answers of a period were collected: the survey page, a kiosk at
// the counter, or the API. Counted from the responses themselves (index on unit and time), left
// out of scoring like everything excluded; the public unit page reads it through a cache.
import { unstable_cache } from "next/cache";
import { db, type Db } from "@/lib/db.server";
import { boundsOf, type Period } from "@/lib/scoring/period";
import { PUBLIC_DATA_TAG } from "./scores-cache.server";

export type ChannelCounts = { web: number; kiosk: number; api: number };

export async function channelCounts(client: Db, period: Period, unit: { unitId?: number; slug?: string } = {}): Promise<ChannelCounts> {
  const { start, end } = boundsOf(period);
  const groups = await client.surveyResponse.groupBy({
    by: ["channel"],
    where: { excluded: false, submittedAt: { gte: start, lt: end }, ...(unit.unitId === undefined ? {} : { unitId: unit.unitId }), ...(unit.slug === undefined ? {} : { unit: { slug: unit.slug } }) },
    _count: { _all: true },
  });
  const counts: ChannelCounts = { web: 0, kiosk: 0, api: 0 };
  for (const g of groups) counts[g.channel] = g._count._all;
  return counts;
}

const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30);

/** For public pages: cached per instance for PUBLIC_CACHE_SECONDS, like the other public figures. */
export const getUnitChannels = unstable_cache((period: Period, slug: string) => channelCounts(db, period, { slug }), ["unit-channels"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });
