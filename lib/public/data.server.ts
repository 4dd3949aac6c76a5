// Read queries and the one write of the public pages (leaderboard, unit pages, contact
// directory, GET /api/v1/units). Everything here is O(units) or O(units x quarters) on the
// monthly aggregates, never on responses; the app reads it through lib/public/cache.server.ts.
// Takes the database as an argument so that the integration test runs it on both databases.
import type { Db } from "@/lib/db/db.server";
import type { Zone } from "@/lib/scores/compliance";
import { redLine } from "@/lib/scores/zones";
import { CHANNELS } from "@/lib/complaints/channels";
import { currentQuarter, quartersBetween } from "@/lib/scores/period";
import { complaintCountsByChannel, scoresFor, type ChannelCounts } from "@/lib/scores/read-model.server";
import { unitIdentity, unitIdentitySelect } from "@/lib/units/identity";

/** A unit of the public contact directory. Dates as ISO strings: the cache stores JSON. */
export type DirectoryUnit = {
  slug: string;
  name: string;
  type: string;
  typeName: { id: string; en: string };
  kecamatan: string | null;
  address: string | null;
  headName: string;
  headTitle: string | null;
  headPhone: string;
  headPhoneCheckedAt: string | null;
  /** The escalation line above the head (issue 12), public like the head's number; null when none. */
  escalation: { name: string; title: string | null; phone: string } | null;
  /** This quarter's complaints by channel (every channel counts; rejected and duplicates do not). Never a case or a reporter. */
  complaints: { period: string; total: number; byChannel: ChannelCounts };
};

/** Every active unit with its head's public contact (posted in the service room by order). */
export async function unitDirectory(db: Db, now = new Date()): Promise<DirectoryUnit[]> {
  const period = currentQuarter(now).key;
  const counts = await complaintCountsByChannel(db, period);
  const units = await db.unit.findMany({
    where: { active: true },
    select: {
      id: true,
      escalationName: true,
      escalationTitle: true,
      escalationPhone: true,
      ...unitIdentitySelect,
      address: true,
      headName: true,
      headTitle: true,
      headPhone: true,
      headPhoneCheckedAt: true,
    },
    orderBy: { name: "asc" },
  });
  return units.map((u) => ({
    ...unitIdentity(u),
    address: u.address,
    headName: u.headName,
    headTitle: u.headTitle,
    headPhone: u.headPhone,
    headPhoneCheckedAt: u.headPhoneCheckedAt?.toISOString() ?? null,
    escalation: u.escalationName && u.escalationPhone ? { name: u.escalationName, title: u.escalationTitle, phone: u.escalationPhone } : null,
    complaints: channelSummary(period, counts.get(u.id)),
  }));
}

function channelSummary(period: string, counts: ChannelCounts | undefined): DirectoryUnit["complaints"] {
  const byChannel = counts ?? (Object.fromEntries(CHANNELS.map((c) => [c, 0])) as ChannelCounts);
  return { period, total: Object.values(byChannel).reduce((a, b) => a + b, 0), byChannel };
}

export type UnitTrendPoint = {
  period: string;
  score: number | null;
  zone: Zone | null;
  ikm: number | null;
  respondents: number;
  ranked: boolean;
  redLine: number;
};

/**
 * Every unit's figures per quarter since the first data, keyed by slug (published quarters from
 * their snapshot, as on the leaderboard). One pass over the quarters serves every unit page.
 */
export async function unitTrends(db: Db, now = new Date()): Promise<Record<string, UnitTrendPoint[]>> {
  const first = await db.monthlyAggregate.findFirst({ orderBy: { month: "asc" }, select: { month: true } });
  if (!first) return {};
  const reports = await Promise.all(quartersBetween(first.month, now).map((q) => scoresFor(db, q.key, now)));
  const trends: Record<string, UnitTrendPoint[]> = {};
  for (const report of reports) {
    for (const u of report.units) {
      (trends[u.slug] ??= []).push({
        period: report.period,
        score: u.score,
        zone: u.zone,
        ikm: u.ikm?.converted ?? null,
        respondents: u.respondents,
        ranked: u.ranked,
        redLine: redLine(report.settings.zoneScheme), // the line of the quarter's own scheme
      });
    }
  }
  return trends;
}

/** Counts a citizen's report that the posted number does not answer; false for an unknown unit. */
export async function recordContactReport(db: Db, slug: string, now = new Date()): Promise<boolean> {
  const unit = await db.unit.findFirst({ where: { slug, active: true }, select: { id: true } });
  if (!unit) return false;
  await db.contactReport.create({ data: { unitId: unit.id, createdAt: now } });
  return true;
}
