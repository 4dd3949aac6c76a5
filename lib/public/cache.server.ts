// Cached reads of the public directory and unit trends, beside the cached scores
// (lib/scores/cache.server.ts): same lifetime and the same version, so a staff write shows on the
// next request on every instance.
import { db } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { unitDirectory, unitTrends, type DirectoryUnit, type UnitTrendPoint } from "./data.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";

const directory = new VersionedCache<DirectoryUnit[]>(1);
const trends = new VersionedCache<Record<string, UnitTrendPoint[]>>(1);

export async function getUnitDirectory(version?: number): Promise<DirectoryUnit[]> {
  return directory.get("all", version ?? (await readPublicVersion()), () => unitDirectory(db));
}

export async function getUnitTrends(version?: number): Promise<Record<string, UnitTrendPoint[]>> {
  return trends.get("all", version ?? (await readPublicVersion()), () => unitTrends(db));
}
