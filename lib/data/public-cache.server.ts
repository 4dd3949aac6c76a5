// Cached reads of the public directory and unit trends, beside the cached scores
// (scores-cache.server.ts): same lifetime (PUBLIC_CACHE_SECONDS) and the same tag, so
// publishing a period or editing a unit refreshes them together.
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db.server";
import { PUBLIC_DATA_TAG } from "./scores-cache.server";
import { unitDirectory, unitTrends } from "./public.server";

const seconds = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30);

export const getUnitDirectory = unstable_cache(() => unitDirectory(db), ["unit-directory"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });

export const getUnitTrends = unstable_cache(() => unitTrends(db), ["unit-trends"], { revalidate: seconds, tags: [PUBLIC_DATA_TAG] });
