// Cached reads of the scores for the public pages and the API. The figures are computed from
// aggregates (O(units x months)); the cache makes a burst of visitors cost nothing more. Entries
// live PUBLIC_CACHE_SECONDS (default 30 s), so every instance behind a load balancer shows new
// responses within that time; publishing or changing settings drops them at once on the
// instance that did it (revalidatePublicData).
import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "@/lib/db.server";
import { cityTrend, scoresFor } from "./scores.server";

export const PUBLIC_DATA_TAG = "public-data";
const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30);

export const getScores = unstable_cache((period: string) => scoresFor(db, period), ["scores"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });

export const getCityTrend = unstable_cache(() => cityTrend(db), ["city-trend"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });

/** After a publication, a settings or checklist change, a unit edit: drop the cached figures. */
export function revalidatePublicData() {
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
