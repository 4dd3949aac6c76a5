// Cached public reads of improvement plans, per instance like the other public figures: entries
// belong to the public data version (plan writes bump it) and live PUBLIC_CACHE_SECONDS.
import { db } from "@/lib/db/db.server";
import { publicPlans, unitsWithApprovedPlan, type PublicPlan } from "./plans.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";

const plans = new VersionedCache<PublicPlan[] | null>(500);
const approved = new VersionedCache<string[]>(50);

export async function getPublicPlans(slug: string, version?: number): Promise<PublicPlan[] | null> {
  return plans.get(slug, version ?? (await readPublicVersion()), () => publicPlans(db, slug));
}

/** Slugs of units with an approved plan for a period. */
export async function getUnitsWithApprovedPlan(period: string, version?: number): Promise<string[]> {
  return approved.get(period, version ?? (await readPublicVersion()), async () => [...(await unitsWithApprovedPlan(db, period))]);
}
