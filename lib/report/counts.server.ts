// The counts an SKM report reads from the stored rows rather than the aggregates: the respondent
// profile (gender, age, education, occupation) and the complaints by category and by channel, per unit. At
// publication they are frozen with the period (PublishedReportCounts), so a published period's
// report keeps its figures whatever arrives later, like the scores' snapshot.
import type { Db } from "@/lib/db/db.server";
import { CHANNELS } from "@/lib/complaints/channels";
import { REACHED_UNIT } from "@/lib/complaints/reached";
import { COUNTED_RESPONSES } from "@/lib/survey/counted";
import { boundsOf, type Period } from "@/lib/scores/period";

export const PROFILE_FIELDS = ["gender", "ageBand", "education", "occupation"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const PROFILE_VALUES: Record<ProfileField, readonly string[]> = {
  gender: ["male", "female"],
  ageBand: ["17-24", "25-34", "35-44", "45-54", "55+"],
  education: ["sd", "smp", "sma", "d1_d3", "d4_s1", "s2_plus"],
  occupation: ["pns_tni_polri", "swasta", "wiraswasta", "pelajar", "lainnya"],
};
export const COMPLAINT_CATEGORIES = ["staff_behaviour", "delay", "illegal_fee", "facility", "procedure", "other"] as const;

export type UnitCounts = {
  profile: Record<ProfileField, Record<string, number>>;
  complaintsByCategory: Record<string, number>;
  /** Absent in the counts frozen by a publication made before channels were counted. */
  complaintsByChannel?: Record<string, number>;
};

type Tx = Pick<Db, "surveyResponse" | "complaint">;

function emptyCounts(): UnitCounts {
  return {
    profile: Object.fromEntries(
      PROFILE_FIELDS.map((f) => [f, Object.fromEntries([...PROFILE_VALUES[f], "unknown"].map((v) => [v, 0]))]),
    ) as UnitCounts["profile"],
    complaintsByCategory: Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])),
    complaintsByChannel: Object.fromEntries(CHANNELS.map((c) => [c, 0])),
  };
}

/** Live counts of the period per unit id (responses neither excluded nor held; every complaint received in it). */
export async function liveCounts(db: Tx, period: Period, unitId?: number): Promise<Map<number, UnitCounts>> {
  const { start, end } = boundsOf(period);
  const own = unitId === undefined ? {} : { unitId };
  const received = { ...own, receivedAt: { gte: start, lt: end }, ...REACHED_UNIT };
  const [complaints, channels, ...groups] = await Promise.all([
    db.complaint.groupBy({ by: ["unitId", "category"], where: received, _count: { _all: true } }),
    db.complaint.groupBy({ by: ["unitId", "channel"], where: received, _count: { _all: true } }),
    ...PROFILE_FIELDS.map((field) =>
      db.surveyResponse.groupBy({
        by: ["unitId", field],
        where: { ...own, ...COUNTED_RESPONSES, submittedAt: { gte: start, lt: end } },
        _count: { _all: true },
      }),
    ),
  ]);
  const byUnit = new Map<number, UnitCounts>();
  const of = (id: number) => byUnit.get(id) ?? byUnit.set(id, emptyCounts()).get(id)!;
  PROFILE_FIELDS.forEach((field, i) => {
    for (const row of groups[i] as unknown as ({ unitId: number; _count: { _all: number } } & Record<string, string | null>)[]) {
      const counts = of(row.unitId).profile[field];
      const value = row[field];
      counts[value && value in counts ? value : "unknown"] += row._count._all;
    }
  });
  for (const row of complaints) of(row.unitId).complaintsByCategory[row.category] += row._count._all;
  for (const row of channels) of(row.unitId).complaintsByChannel![row.channel] += row._count._all;
  if (unitId !== undefined) of(unitId);
  return byUnit;
}

/** Sums several units' counts (the city's report); the channels only where every unit has them. */
export function sumCounts(parts: readonly UnitCounts[]): UnitCounts {
  const sum = emptyCounts();
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
  };
  for (const part of parts) {
    for (const field of PROFILE_FIELDS) add(sum.profile[field], part.profile[field]);
    add(sum.complaintsByCategory, part.complaintsByCategory);
    if (part.complaintsByChannel) add(sum.complaintsByChannel!, part.complaintsByChannel);
  }
  if (parts.some((p) => !p.complaintsByChannel)) delete sum.complaintsByChannel;
  return sum;
}

/**
 * The counts of one unit, or of the whole city (`unitId` null: every unit's summed): frozen ones
 * for a published period (when frozen), live otherwise.
 */
export async function reportCounts(db: Db, period: Period, unitId: number | null, published: boolean): Promise<UnitCounts> {
  let units: Record<string, UnitCounts> | undefined;
  if (published) units = (await db.publishedReportCounts.findUnique({ where: { period: period.key } }))?.data as Record<string, UnitCounts> | undefined;
  if (!units) units = Object.fromEntries(await liveCounts(db, period, unitId ?? undefined));
  return unitId === null ? sumCounts(Object.values(units)) : (units[String(unitId)] ?? emptyCounts());
}

/** Freezes every unit's counts of a period; called in the publication's transaction. */
export async function freezeReportCounts(tx: Tx & Pick<Db, "publishedReportCounts">, period: Period): Promise<void> {
  const counts = await liveCounts(tx, period);
  await tx.publishedReportCounts.create({ data: { period: period.key, data: Object.fromEntries(counts) as never } });
}
