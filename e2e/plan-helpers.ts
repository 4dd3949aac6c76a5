// Set-up of the plan and report specs: a unit of their own, with its own head, and survey
// responses (with their monthly aggregates) in past quarters that no other spec uses, so the
// spec owns its figures. Written straight to the test server's database.
import { publicDataChanged } from "./db-helpers";
import { e2eDb } from "./fixtures";

const KEYS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
export type Answers = Record<(typeof KEYS)[number], number>;
export type SeedResponse = {
  answers: Answers;
  gender?: string | null;
  ageBand?: string | null;
  education?: string | null;
  occupation?: string | null;
  comment?: string | null;
};

/** A new active unit (unique slug) and a unit head for it; returns their ids and the head's email. */
export function createUnitWithHead(tag: string): { unitId: number; slug: string; name: string; headEmail: string } {
  const unique = `${tag}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const slug = `e2e-${unique}`;
  const name = `Unit Uji ${unique}`;
  const headEmail = `kepala-${unique}@e2e.example`;
  const sqlite = e2eDb();
  try {
    const type = sqlite.prepare(`SELECT id FROM "UnitType" ORDER BY id LIMIT 1`).get() as { id: number };
    const now = new Date().toISOString();
    const unitId = Number(
      sqlite
        .prepare(
          `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", active, "createdAt", "updatedAt") VALUES (?, ?, ?, 'Kepala Uji', '+62 812-0000-9999', 1, ?, ?)`,
        )
        .run(slug, name, type.id, now, now).lastInsertRowid,
    );
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    sqlite
      .prepare(
        `INSERT INTO "User" (email, name, "passwordHash", role, "unitId", active, "passwordChangedAt", "createdAt", "updatedAt") VALUES (?, ?, 'not-a-hash', 'unit_head', ?, 1, ?, ?, ?)`,
      )
      .run(headEmail, `Kepala ${name}`, unitId, hourAgo, hourAgo, hourAgo);
    return { unitId, slug, name, headEmail };
  } finally {
    sqlite.close();
    publicDataChanged();
  }
}

/** Stores responses on the 10th of `month` ("YYYY-MM", city time) and adds them to its aggregate. */
export function addResponses(unitId: number, month: string, responses: SeedResponse[]) {
  const [y, m] = month.split("-").map(Number);
  const at = new Date(Date.UTC(y, m - 1, 10, 3)).toISOString();
  const sqlite = e2eDb();
  try {
    sqlite.transaction(() => {
      const insert = sqlite.prepare(
        `INSERT INTO "SurveyResponse" ("unitId", "submittedAt", ${KEYS.map((k) => `"${k}"`).join(", ")}, gender, "ageBand", education, occupation, comment, channel) VALUES (?, ?, ${KEYS.map(() => "?").join(", ")}, ?, ?, ?, ?, ?, 'web')`,
      );
      for (const r of responses)
        insert.run(
          unitId,
          at,
          ...KEYS.map((k) => r.answers[k]),
          r.gender ?? null,
          r.ageBand ?? null,
          r.education ?? null,
          r.occupation ?? null,
          r.comment ?? null,
        );
      sqlite.prepare(`INSERT OR IGNORE INTO "MonthlyAggregate" ("unitId", month) VALUES (?, ?)`).run(unitId, month);
      const sums = KEYS.flatMap((k) => [responses.length, responses.reduce((s, r) => s + r.answers[k], 0)]);
      sqlite
        .prepare(
          `UPDATE "MonthlyAggregate" SET respondents = respondents + ?, ${KEYS.map((k) => `"${k}Count" = "${k}Count" + ?, "${k}Sum" = "${k}Sum" + ?`).join(", ")} WHERE "unitId" = ? AND month = ?`,
        )
        .run(responses.length, ...sums, unitId, month);
    })();
  } finally {
    sqlite.close();
  }
}

/** `count` responses whose answers cycle so that each element's mean is close to `means[k]`. */
export function responsesWithMeans(count: number, means: Answers, extra: (i: number) => Partial<SeedResponse> = () => ({})): SeedResponse[] {
  return Array.from({ length: count }, (_, i) => {
    const answers = Object.fromEntries(
      KEYS.map((k) => {
        const mean = means[k];
        const low = Math.floor(mean);
        // The first (mean - low) share of respondents answers low + 1: the mean is met to 1/count.
        return [k, Math.min(4, Math.max(1, i < Math.round((mean - low) * count) ? low + 1 : low))];
      }),
    ) as Answers;
    return { answers, ...extra(i) };
  });
}
