// Cached reads of the scores for the public pages and the API. The figures are computed from
// aggregates (O(units x months)); the cache makes a burst of visitors cost nothing more. Entries
// belong to the public data version (public-version.server.ts) and live PUBLIC_CACHE_SECONDS
// (default 30 s): a staff write shows on the next request on every instance, citizens' new
// answers within that time. Pass the version when the caller has read it already.
import { db } from "@/lib/db/db.server";
import { readPublicVersion } from "@/lib/cache/public-version.server";
import {
  cityTrend,
  complaintCountsByChannel,
  scoresFor,
  type ChannelCounts,
  type FiguresSource,
  type ScoresReport,
  type TrendPoint,
} from "./read-model.server";
import { complaintFiguresOf, type UnitComplaintFigures } from "./handling.server";
import { VersionedCache } from "@/lib/cache/versioned-cache.server";
import { currentQuarter, latestPublished, type Period } from "@/lib/scores/period";

const scores = new VersionedCache<ScoresReport>(200);
const trends = new VersionedCache<TrendPoint[]>(1);
const published = new VersionedCache<string[]>(1);
const figures = new VersionedCache<Map<number, UnitComplaintFigures>>(200);
const complaintChannels = new VersionedCache<Map<number, ChannelCounts>>(50);

export async function getScores(period: string, version?: number): Promise<ScoresReport> {
  const v = version ?? (await readPublicVersion());
  return scores.get(period, v, () => scoresFor(db, period, new Date(), sharedFigures(v)));
}

// A quarter's complaint figures serve its own scores and the next quarter's (a unit without
// cases falls back to the previous quarter): the trend of every quarter reads each once.
function sharedFigures(version: number): FiguresSource {
  return (client, period, lengths, now) =>
    figures.get(`${period.key}|${lengths.verifyDays},${lengths.answerDays},${lengths.closeDays}`, version, () =>
      complaintFiguresOf(client, period, lengths, now),
    );
}

export async function getCityTrend(version?: number): Promise<TrendPoint[]> {
  const v = version ?? (await readPublicVersion());
  // Each quarter through the scores' own cache, at the same version: the dashboard's quarter and
  // the previous one (getScores) are not computed a second time for the trend (issue 28).
  return trends.get("city", v, () => cityTrend(db, new Date(), (key) => getScores(key, v)));
}

/** Every unit's counted complaints per channel in a period (the dashboard's breakdown for the whole city). */
export async function getComplaintCountsByChannel(period: string, version?: number): Promise<Map<number, ChannelCounts>> {
  return complaintChannels.get(period, version ?? (await readPublicVersion()), () => complaintCountsByChannel(db, period));
}

/** The keys of every published period. */
export async function getPublishedPeriods(version?: number): Promise<string[]> {
  return published.get("all", version ?? (await readPublicVersion()), async () =>
    (await db.publishedSnapshot.findMany({ select: { period: true } })).map((s) => s.period),
  );
}

export type OpeningPeriod = { period: Period; running: Period; official: boolean };

/**
 * The period home and the leaderboard open on: the official figures (the latest published
 * period), else the running quarter; the running quarter is one click away either way.
 */
export async function getOpeningPeriod(version: number, now = new Date()): Promise<OpeningPeriod> {
  const running = currentQuarter(now);
  const latest = latestPublished(await getPublishedPeriods(version));
  return latest ? { period: latest, running, official: true } : { period: running, running, official: false };
}

/**
 * Drops this instance's cached figures. Not needed after a staff write that bumps the version
 * (every instance then recomputes); kept for callers that predate the version.
 */
export function revalidatePublicData() {
  scores.clear();
  figures.clear();
  complaintChannels.clear();
  trends.clear();
  published.clear();
}
