// Cached public reads of improvement plans, dropped with the other public figures
// (revalidatePublicData) when a plan changes.
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db.server";
import { publicPlans, unitsWithApprovedPlan } from "./plans.server";
import { PUBLIC_DATA_TAG } from "./scores-cache.server";

const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30);

export const getPublicPlans = unstable_cache((slug: string) => publicPlans(db, slug), ["public-plans"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });

/** Slugs of units with an approved plan for a period, as an array (the cache stores JSON). */
export const getUnitsWithApprovedPlan = unstable_cache(async (period: string) => [...(await unitsWithApprovedPlan(db, period))], ["approved-plan-units"], {
  revalidate: seconds,
  tags: [PUBLIC_DATA_TAG],
});
