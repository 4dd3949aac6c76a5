// The SKM report's content on both databases: profile counts equal the stored responses, a
// published period keeps its counts after late data, issuing needs an approved plan, and a
// correction is a new version beside the old; complaints are counted by channel as by category;
// only the comments the secretariat selects reach an issued report, anonymised. The city's report
// carries the city's figures of the scores read model, live and published, and has versions of its own.
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { useDemo } from "@/test/demo";
import { boundsOf, currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { publishPeriod, scoresFor } from "@/lib/scores/read-model.server";
import { buildCityReport, buildUnitReport, commentCandidates, IssueError, issueReport } from "./content.server";
import { publishedReports } from "./published.server";
import { getCitySignatory, saveCitySignatory } from "./signatory.server";

const now = new Date("2026-11-15T03:00:00Z");
const lastQuarter = previousPeriod(currentQuarter(now)).key;

describeEachDatabase("SKM report", ({ db }) => {
  const demo = useDemo(db, now);

  /** Issues the last quarter's report of `slug` now, then its correction (with a note) a day later. */
  async function issueThenCorrect(slug: string, conclusion: string, correction: string) {
    const first = await issueReport(db(), slug, lastQuarter, { conclusion, note: null }, demo.adminId, now);
    const second = await issueReport(db(), slug, lastQuarter, { conclusion: correction, note: "kalimat" }, demo.adminId, new Date(now.getTime() + 86_400_000));
    return [first, second];
  }

  it("counts the profile from the stored responses and keeps the counts of a published period", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const { start, end } = boundsOf(parsePeriod(lastQuarter)!);
    const live = await buildUnitReport(db(), "rshd", lastQuarter, now);
    const stored = await db().surveyResponse.count({ where: { unitId: unit.id, excluded: false, submittedAt: { gte: start, lt: end } } });
    expect(Object.values(live.profile.gender).reduce((a, b) => a + b, 0)).toBe(stored);
    expect(live.figures.respondents).toBe(stored);
    expect(live.published).toBe(false);
    expect(live.plan?.period).toBe(lastQuarter);

    await publishPeriod(db(), lastQuarter, demo.adminId, now);
    const frozen = await buildUnitReport(db(), "rshd", lastQuarter, now);
    await db().surveyResponse.create({
      data: {
        unitId: unit.id,
        submittedAt: new Date(end.getTime() - 86_400_000),
        u1: 4,
        u2: 4,
        u3: 4,
        u4: 4,
        u5: 4,
        u6: 4,
        u7: 4,
        u8: 4,
        u9: 4,
        gender: "female",
      },
    });
    await db().complaint.create({
      data: {
        trackingCode: "LATE-TEST-0001",
        unitId: unit.id,
        category: "delay",
        description: "late complaint in the period",
        receivedAt: new Date(end.getTime() - 86_400_000),
      },
    });
    const after = await buildUnitReport(db(), "rshd", lastQuarter, now);
    expect(after.published).toBe(true);
    expect(after.profile).toEqual(frozen.profile);
    expect(after.complaintsByCategory).toEqual(frozen.complaintsByCategory);
    expect(after.figures).toEqual(frozen.figures);
  });

  it("issues only with an approved plan, and a correction is a second version beside the first", async () => {
    await expect(issueReport(db(), "dukcapil", lastQuarter, { conclusion: "Kesimpulan yang cukup panjang.", note: null }, demo.adminId, now)).rejects.toThrow(
      IssueError,
    );
    const [first, second] = await issueThenCorrect("rshd", "Kesimpulan pertama yang cukup panjang.", "Kesimpulan koreksi yang cukup panjang.");
    expect([first.version, second.version]).toEqual([1, 2]);
    const rows = await db().skmReport.findMany({ where: { unit: { slug: "rshd" }, period: lastQuarter }, orderBy: { version: "asc" } });
    expect(rows.map((r) => r.conclusion)).toEqual(["Kesimpulan pertama yang cukup panjang.", "Kesimpulan koreksi yang cukup panjang."]);
    expect(await db().auditLog.count({ where: { entity: "report", action: { in: ["report.issue", "report.correct"] } } })).toBe(2);
  });

  it("counts complaints by channel as by category, live and frozen with the publication", async () => {
    const current = currentQuarter(now);
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "rshd" } });
    const { start, end } = boundsOf(current);
    const live = await buildUnitReport(db(), "rshd", current.key, now);
    const stored = await db().complaint.groupBy({ by: ["channel"], where: { unitId: unit.id, receivedAt: { gte: start, lt: end } }, _count: { _all: true } });
    for (const row of stored) expect(live.complaintsByChannel?.[row.channel]).toBe(row._count._all);
    const sum = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
    expect(sum(live.complaintsByChannel)).toBe(sum(live.complaintsByCategory));
    // The period published by the first test froze its channels with its other counts.
    const frozen = await buildUnitReport(db(), "rshd", lastQuarter, now);
    expect(frozen.published).toBe(true);
    expect(sum(frozen.complaintsByChannel)).toBe(sum(frozen.complaintsByCategory));
  });

  it("the city's report has the city's IKM, NRR per element, respondents, score and zones of the scores read model, live and frozen", async () => {
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const current = currentQuarter(now);
    const [live, scores] = await Promise.all([buildCityReport(db(), current.key, now), scoresFor(db(), current.key, now)]);
    expect(live.kind).toBe("city");
    expect(live.published).toBe(false);
    expect(live.figures.ikm).toEqual(scores.city.ikm);
    expect(live.figures.elements).toEqual(scores.city.elements);
    expect(live.figures.respondents).toBe(scores.city.respondents);
    expect([live.figures.score, live.figures.zone]).toEqual([scores.city.score, scores.city.zone]);
    for (const z of ["red", "yellow", "green"] as const) expect(live.city.zones[z]).toHaveLength(scores.city.zones[z]);
    expect(live.city.units).toBe(scores.units.length);
    expect(live.figures.minimumSample).toBe(scores.units.reduce((n, u) => n + u.minimumSample, 0));
    // The respondents are the answers that count (neither excluded nor held); the profile counts every stored, non-excluded one, as a unit's does.
    const { start, end } = boundsOf(current);
    const inPeriod = { submittedAt: { gte: start, lt: end }, excluded: false };
    expect(live.figures.respondents).toBe(await db().surveyResponse.count({ where: { ...inPeriod, held: false } }));
    expect(sum(live.profile.gender)).toBe(await db().surveyResponse.count({ where: inPeriod }));
    expect(sum(live.complaintsByCategory)).toBe(await db().complaint.count({ where: { receivedAt: { gte: start, lt: end } } }));
    // A red unit's plan status is the one of the period.
    const plans = new Map(
      (await db().improvementPlan.findMany({ where: { period: current.key }, select: { status: true, unit: { select: { slug: true } } } })).map((p) => [
        p.unit.slug,
        p.status,
      ]),
    );
    for (const u of Object.values(live.city.zones).flat()) expect(u.planStatus).toBe(plans.get(u.slug) ?? null);

    // The period published by the first test: the snapshot's figures, and counts that late data do not change.
    const published = await scoresFor(db(), lastQuarter, now);
    const frozen = await buildCityReport(db(), lastQuarter, now);
    expect(frozen.published).toBe(true);
    expect([frozen.figures.ikm, frozen.figures.elements, frozen.figures.respondents]).toEqual([
      published.city.ikm,
      published.city.elements,
      published.city.respondents,
    ]);
    const unit = await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } });
    const late = new Date(boundsOf(parsePeriod(lastQuarter)!).end.getTime() - 3_600_000);
    await db().surveyResponse.create({
      data: { unitId: unit.id, submittedAt: late, u1: 1, u2: 1, u3: 1, u4: 1, u5: 1, u6: 1, u7: 1, u8: 1, u9: 1, gender: "male" },
    });
    const after = await buildCityReport(db(), lastQuarter, now);
    expect(after.figures).toEqual(frozen.figures);
    expect(after.profile).toEqual(frozen.profile);
  });

  it("issues the city's report without a plan, as versions of its own beside the units'", async () => {
    const units = await db().skmReport.count();
    // Signed by the Sekretaris Daerah as the secretariat filled it; an issued version keeps it.
    expect((await buildCityReport(db(), lastQuarter, now)).signatory).toBeNull();
    const signatory = { title: "Sekretaris Daerah Kota Bengkulu", name: "Contoh Fiktif, S.H., M.Si.", nip: "197001011990031001" };
    await saveCitySignatory(db(), signatory, demo.adminId);
    expect(await getCitySignatory(db())).toEqual(signatory);
    expect(await db().auditLog.count({ where: { action: "report.signatory_update" } })).toBeGreaterThan(0);
    const [first, second] = await issueThenCorrect("kota", "Kesimpulan kota yang cukup panjang.", "Kesimpulan kota yang dikoreksi.");
    expect((first.content as { signatory: unknown }).signatory).toEqual(signatory);
    await saveCitySignatory(db(), { ...signatory, name: "Pengganti Fiktif", nip: null }, demo.adminId);
    expect((await db().citySkmReport.findFirstOrThrow({ where: { period: lastQuarter, version: 1 } })).content).toMatchObject({ signatory });
    expect((await buildCityReport(db(), lastQuarter, now)).signatory).toEqual({ ...signatory, name: "Pengganti Fiktif", nip: null });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((first.content as { kind: string }).kind).toBe("city");
    expect((await db().citySkmReport.findMany({ where: { period: lastQuarter }, orderBy: { version: "asc" } })).map((r) => r.conclusion)).toEqual([
      "Kesimpulan kota yang cukup panjang.",
      "Kesimpulan kota yang dikoreksi.",
    ]);
    expect(await db().skmReport.count()).toBe(units);
    expect(await db().auditLog.count({ where: { entity: "report", entityId: { startsWith: `kota:${lastQuarter}:` } } })).toBe(2);
  });

  it("offers the period's comments anonymised and freezes only the selected ones, anonymised again, in the issued report", async () => {
    const type = await db().unitType.findFirstOrThrow();
    const unit = await db().unit.create({
      data: { slug: "komentar-uji", name: "Unit Komentar Uji", typeId: type.id, headName: "Kepala", headPhone: "+62 812-0000-0001" },
    });
    const other = await db().unit.findUniqueOrThrow({ where: { slug: "dukcapil" } });
    await db().improvementPlan.create({ data: { unitId: unit.id, period: lastQuarter, status: "approved", submittedAt: now, approvedAt: now } });
    const { start, end } = boundsOf(parsePeriod(lastQuarter)!);
    const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
    const answers = { u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 };
    const create = (data: Record<string, unknown>) => db().surveyResponse.create({ data: { unitId: unit.id, ...answers, ...data } as never });
    const named = await create({ submittedAt: day(20), u3: 1, comment: "Pak Budi di loket minta pulsa, WA 0812-3456-7890." });
    const plain = await create({ submittedAt: day(30), u8: 2, comment: "Kursi tunggu kurang." });
    await create({ submittedAt: day(31), comment: "   " });
    await create({ submittedAt: day(32), comment: "Dikecualikan.", excluded: true });
    await create({ submittedAt: day(33), comment: "Ditahan.", held: true });
    await create({ submittedAt: new Date(end.getTime() + 86_400_000), comment: "Periode berikutnya." });
    const foreign = await db().surveyResponse.create({ data: { unitId: other.id, submittedAt: day(20), ...answers, comment: "Unit lain." } });

    const candidates = await commentCandidates(db(), unit.id, lastQuarter);
    expect(candidates.map((c) => [c.id, c.element, c.text])).toEqual([
      [plain.id, "u8", "Kursi tunggu kurang."],
      [named.id, "u3", "Pak […] di loket minta pulsa, WA […]."],
    ]);
    expect(await commentCandidates(db(), unit.id, lastQuarter, 1)).toHaveLength(1);

    // The draft holds no comment; a comment of another unit cannot be selected.
    expect((await buildUnitReport(db(), "komentar-uji", lastQuarter, now)).comments).toBeUndefined();
    await expect(
      issueReport(
        db(),
        "komentar-uji",
        lastQuarter,
        { conclusion: "Kesimpulan yang cukup panjang.", note: null, comments: [{ responseId: foreign.id, text: "Unit lain." }] },
        demo.adminId,
        now,
      ),
    ).rejects.toThrow(IssueError);
    expect(await db().skmReport.count({ where: { unitId: unit.id } })).toBe(0);

    // The approved text is anonymised again: the secretariat's edit put a name back.
    const first = await issueReport(
      db(),
      "komentar-uji",
      lastQuarter,
      { conclusion: "Kesimpulan yang cukup panjang.", note: null, comments: [{ responseId: named.id, text: "Petugas loket (Ibu Sari) meminta pulsa." }] },
      demo.adminId,
      now,
    );
    expect((first.content as { comments: unknown }).comments).toEqual([
      { responseId: named.id, element: "u3", text: "Petugas loket (Ibu […]) meminta pulsa." },
    ]);
    // A correction without a note saying what it corrects is refused, and nothing is written.
    await expect(
      issueReport(db(), "komentar-uji", lastQuarter, { conclusion: "Kesimpulan koreksi yang cukup panjang.", note: "  " }, demo.adminId, now),
    ).rejects.toThrow(new IssueError("correction_note_required"));
    expect(await db().skmReport.count({ where: { unitId: unit.id } })).toBe(1);
    // A correction selects again.
    const second = await issueReport(
      db(),
      "komentar-uji",
      lastQuarter,
      {
        conclusion: "Kesimpulan koreksi yang cukup panjang.",
        note: "komentar",
        comments: [
          { responseId: named.id, text: "Petugas meminta pulsa." },
          { responseId: plain.id, text: "Kursi tunggu kurang." },
        ],
      },
      demo.adminId,
      now,
    );
    expect((second.content as { comments: unknown }).comments).toEqual([
      { responseId: plain.id, element: "u8", text: "Kursi tunggu kurang." },
      { responseId: named.id, element: "u3", text: "Petugas meminta pulsa." },
    ]);
    const frozenFirst = await db().skmReport.findFirstOrThrow({ where: { unitId: unit.id, version: 1 } });
    expect(JSON.stringify(frozenFirst.content)).not.toContain("Sari");
    expect(JSON.stringify(second.content)).not.toContain("0812");

    // The public finds the latest version only, beside the city's and the other units' reports.
    const published = await publishedReports(db());
    expect(published.filter((r) => r.segment === "komentar-uji")).toEqual([
      { period: lastQuarter, segment: "komentar-uji", unitName: "Unit Komentar Uji", version: 2, issuedAt: now.toISOString() },
    ]);
    // An inactive unit's reports leave the public list.
    await db().unit.update({ where: { id: unit.id }, data: { active: false } });
    expect((await publishedReports(db())).some((r) => r.segment === "komentar-uji")).toBe(false);
  });
});
