// The issued SKM reports as the public finds them: the latest version of each report (a unit's or
// the city's) per period, for the public list (/laporan) and the unit page. O(issued reports), a
// few per unit and year, cached per public data version (issuing a report bumps it).
import { db } from "@/lib/db/db.server";
import type { Db } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";
import { comparePeriodsDesc } from "@/lib/scores/period";
import { CITY_SEGMENT } from "./city";

/** The latest issued version of one report: `segment` is the unit's slug, or "kota" for the city's. */
export type PublishedReport = { period: string; segment: string; unitName: string | null; version: number; issuedAt: string };

/** Every issued report's latest version: newest period first, the city's first within a period, then units by name. */
export async function publishedReports(db: Db): Promise<PublishedReport[]> {
  const [units, city] = await Promise.all([
    db.skmReport.findMany({ select: { period: true, version: true, issuedAt: true, unit: { select: { slug: true, name: true, active: true } } } }),
    db.citySkmReport.findMany({ select: { period: true, version: true, issuedAt: true } }),
  ]);
  const latest = new Map<string, PublishedReport>();
  const keep = (report: PublishedReport) => {
    const key = `${report.period}/${report.segment}`;
    if ((latest.get(key)?.version ?? 0) < report.version) latest.set(key, report);
  };
  for (const r of city) keep({ period: r.period, segment: CITY_SEGMENT, unitName: null, version: r.version, issuedAt: r.issuedAt.toISOString() });
  for (const r of units)
    if (r.unit.active) keep({ period: r.period, segment: r.unit.slug, unitName: r.unit.name, version: r.version, issuedAt: r.issuedAt.toISOString() });
  return [...latest.values()].sort(
    (a, b) =>
      comparePeriodsDesc(a.period, b.period) ||
      Number(b.segment === CITY_SEGMENT) - Number(a.segment === CITY_SEGMENT) ||
      (a.unitName ?? "").localeCompare(b.unitName ?? "", "id"),
  );
}

const cache = new VersionedCache<PublishedReport[]>(1);

export async function getPublishedReports(version?: number): Promise<PublishedReport[]> {
  return cache.get("all", version ?? (await readPublicVersion()), () => publishedReports(db));
}
